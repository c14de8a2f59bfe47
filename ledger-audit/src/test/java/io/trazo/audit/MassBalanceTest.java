package io.trazo.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.ledger.claim.ClaimType;
import io.trazo.ledger.crypto.Digest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Period arithmetic of the mass-balance fold, with the store of one operator worked by hand. */
class MassBalanceTest {

    private static final String MILL = "urn:trazo:actor:coop-cafeteros-caldas";
    private static final MassBalance.Key GREEN = new MassBalance.Key(MILL, ClaimType.RAINFOREST_ALLIANCE, "green");
    private static final Digest CERT = hash("certificate");

    @Test
    void aQuartersClosingIsTheNextQuartersOpening() {
        MassBalance mb = new MassBalance(Periods.QUARTER);
        mb.input(GREEN, Instant.parse("2026-09-30T23:00:00Z"), kg("500"), Set.of(CERT), hash("in"));
        mb.output(GREEN, Instant.parse("2026-10-01T01:00:00Z"), kg("300"), true, hash("out"));
        List<PeriodBalance> b = mb.balances(MILL, ClaimType.RAINFOREST_ALLIANCE);
        assertThat(b).extracting(PeriodBalance::period).containsExactly("2026-Q3", "2026-Q4");
        assertThat(b.get(0).closingKg()).isEqualByComparingTo("500");
        assertThat(b.get(1).openingKg()).isEqualByComparingTo("500");
        assertThat(b.get(1).closingKg()).isEqualByComparingTo("200");
        assertThat(b).allSatisfy(p -> assertThat(p.errors()).isEmpty());
    }

    @Test
    void underMassBalanceAnEventMayGoNegativeButThePeriodMayNotEndNegative() {
        MassBalance mb = new MassBalance(Periods.QUARTER);
        mb.output(GREEN, Instant.parse("2026-10-02T00:00:00Z"), kg("100"), false, hash("early sale"));
        mb.input(GREEN, Instant.parse("2026-10-03T00:00:00Z"), kg("150"), Set.of(CERT), hash("late purchase"));
        assertThat(mb.balances(MILL, ClaimType.RAINFOREST_ALLIANCE).get(0).errors()).isEmpty();
        mb.output(GREEN, Instant.parse("2026-12-30T00:00:00Z"), kg("80"), false, hash("year-end sale"));
        PeriodBalance q4 = mb.balances(MILL, ClaimType.RAINFOREST_ALLIANCE).get(0);
        // −100 + 150 − 80 = −30 at the end of the quarter
        assertThat(q4.closingKg()).isEqualByComparingTo("-30");
        assertThat(q4.errors()).singleElement().satisfies(f -> {
            assertThat(f.reason()).isEqualTo(AuditReason.NEGATIVE_BALANCE);
            assertThat(f.detail()).contains("closes 2026-Q4 with -30 kg");
            assertThat(f.records()).contains(hash("year-end sale"));
        });
    }

    @Test
    void theVarianceComparesActualConversionWithTheFactor() {
        MassBalance mb = new MassBalance(Periods.QUARTER);
        mb.conversionIn(GREEN, Instant.parse("2026-10-02T00:00:00Z"), kg("150"), new BigDecimal("160"), hash("dry mill"));
        PeriodBalance p = mb.balances(MILL, ClaimType.RAINFOREST_ALLIANCE).get(0);
        // 150 − 160 = −10 kg, −10 / 160 = −6.25 %
        assertThat(p.varianceKg()).isEqualByComparingTo("-10");
        assertThat(p.variancePercent()).contains(new BigDecimal("-6.25"));
    }

    @Test
    void anErrorCitesABoundedNumberOfRecordsSoARunOfErrorsStaysLinear() {
        MassBalance mb = new MassBalance(Periods.QUARTER);
        for (int i = 0; i < 500; i++) {
            mb.input(GREEN, Instant.parse("2026-10-02T00:00:00Z"), kg("1"), Set.of(CERT), hash("in " + i));
        }
        for (int i = 0; i < 600; i++) {
            mb.output(GREEN, Instant.parse("2026-10-03T00:00:00Z"), kg("1"), true, hash("out " + i));
        }
        List<Finding> errors = mb.balances(MILL, ClaimType.RAINFOREST_ALLIANCE).get(0).errors();
        // balances −1 to −100: one error per sale past the stock, each citing the sale and the latest credits
        assertThat(errors).hasSize(100).allSatisfy(f -> assertThat(f.records()).hasSizeLessThanOrEqualTo(MassBalance.MAX_CITED));
        assertThat(errors.get(99).records()).endsWith(hash("out 599")).contains(hash("in 499"));
    }

    private static BigDecimal kg(String amount) {
        return new BigDecimal(amount);
    }

    private static Digest hash(String s) {
        return Digest.sha256(s.getBytes(StandardCharsets.UTF_8));
    }
}
