package io.trazo.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ConversionTableTest {

    private static final String MILL = "urn:trazo:actor:exportadora-andina";

    @Test
    void theDefaultsAreTheIssuesFactorsWithTheirBands() {
        ConversionTable t = ConversionTable.defaults();
        Instant now = Instant.parse("2026-10-01T00:00:00Z");
        assertThat(t.factor(MILL, ProductForm.PARCHMENT, ProductForm.GREEN, now).orElseThrow().nominal()).isEqualByComparingTo("0.8");
        assertThat(t.factor(MILL, ProductForm.DRIED_CHERRY, ProductForm.GREEN, now).orElseThrow().nominal()).isEqualByComparingTo("0.5");
        assertThat(t.factor(MILL, ProductForm.GREEN, ProductForm.ROASTED, now).orElseThrow().nominal()).isEqualByComparingTo("0.84");
        ConversionFactor cherry = t.factor(MILL, ProductForm.CHERRY, ProductForm.PARCHMENT, now).orElseThrow();
        assertThat(cherry.admits(new BigDecimal("0.18"))).isTrue();
        assertThat(cherry.admits(new BigDecimal("0.22"))).isTrue();
        assertThat(cherry.admits(new BigDecimal("0.2201"))).isFalse();
        ConversionFactor toGreen = t.factor(MILL, ProductForm.CHERRY, ProductForm.GREEN, now).orElseThrow();
        assertThat(toGreen.admits(BigDecimal.ONE.divide(BigDecimal.valueOf(7), 6, java.math.RoundingMode.UP))).isTrue();
        assertThat(toGreen.admits(new BigDecimal("0.2"))).isTrue();
        assertThat(t.factor(MILL, ProductForm.GREEN, ProductForm.CHERRY, now)).isEmpty();
    }

    @Test
    void anOrganisationsOwnFactorAppliesFromItsEffectiveDateAndOnlyToIt() {
        ConversionTable t = ConversionTable.defaults().override(MILL,
                ConversionFactor.of(ProductForm.PARCHMENT, ProductForm.GREEN, "0.78", "0.74", "0.8"), Instant.parse("2026-11-01T00:00:00Z"));
        assertThat(t.factor(MILL, ProductForm.PARCHMENT, ProductForm.GREEN, Instant.parse("2026-10-31T23:59:59Z")).orElseThrow().nominal())
                .isEqualByComparingTo("0.8");
        assertThat(t.factor(MILL, ProductForm.PARCHMENT, ProductForm.GREEN, Instant.parse("2026-11-01T00:00:00Z")).orElseThrow().nominal())
                .isEqualByComparingTo("0.78");
        assertThat(t.factor("urn:trazo:actor:other", ProductForm.PARCHMENT, ProductForm.GREEN, Instant.parse("2026-12-01T00:00:00Z"))
                .orElseThrow().nominal()).isEqualByComparingTo("0.8");
    }

    @Test
    void aFactorOutsideItsOwnBandIsRefused() {
        assertThatThrownBy(() -> ConversionFactor.of(ProductForm.PARCHMENT, ProductForm.GREEN, "0.9", "0.7", "0.8"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
