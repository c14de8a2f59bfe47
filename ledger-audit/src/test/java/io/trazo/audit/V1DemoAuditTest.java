package io.trazo.audit;

import static io.trazo.demo.CoffeeJourney.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.demo.CoffeeJourney;
import io.trazo.ledger.record.RecordCodec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The v1 demo journey, kept byte for byte for its golden vectors, audited: it breaks the rules issue 17 names. */
class V1DemoAuditTest {

    static AuditFold fold;

    @BeforeAll
    static void fold() {
        fold = AuditFold.withDefaults();
        CoffeeJourney.records().forEach(w -> fold.accept(AuditRecord.of(RecordCodec.parse(w))));
    }

    @Test
    void theHarvestClaimsAreValidAtIdentityPreserved() {
        assertThat(fold.lot(CHERRY_WOMEN).orElseThrow().claims()).singleElement().satisfies(c -> {
            assertThat(c.valid()).isTrue();
            assertThat(c.level()).contains(CustodyLevel.IDENTITY_PRESERVED);
        });
        assertThat(fold.lot(CHERRY_ORGANIC).orElseThrow().claims()).hasSize(2).allSatisfy(c -> assertThat(c.valid()).isTrue());
    }

    @Test
    void mixingWomenProducedWithOrganicCherryDropsEveryClaimOnTheParchmentNamingTheOtherInput() {
        LotAudit parchment = fold.lot(PARCHMENT).orElseThrow();
        assertThat(parchment.holdings()).isEmpty();
        assertThat(parchment.findings()).filteredOn(f -> f.reason() == AuditReason.MIXED_WITH_NON_QUALIFYING)
                .extracting(Finding::detail).satisfiesExactlyInAnyOrder(
                        d -> assertThat(d).startsWith("organic").contains(CHERRY_WOMEN),
                        d -> assertThat(d).startsWith("women_produced").contains(CHERRY_ORGANIC),
                        d -> assertThat(d).startsWith("eudr_deforestation_free").contains(CHERRY_WOMEN));
        // where the summary's women-produced claim stands: valid on the harvest at IP, invalid on the parchment
        io.trazo.ledger.crypto.Digest women = fold.lot(CHERRY_WOMEN).orElseThrow().claims().get(0).certificate();
        ClaimStanding onCherry = ClaimStanding.of(fold, fold.lot(CHERRY_WOMEN).orElseThrow(), women);
        assertThat(onCherry.valid()).isTrue();
        assertThat(onCherry.level()).contains(CustodyLevel.IDENTITY_PRESERVED);
        ClaimStanding onParchment = ClaimStanding.of(fold, parchment, women);
        assertThat(onParchment.valid()).isFalse();
        assertThat(onParchment.level()).isEmpty();
        assertThat(onParchment.reasons()).singleElement().satisfies(f -> {
            assertThat(f.reason()).isEqualTo(AuditReason.MIXED_WITH_NON_QUALIFYING);
            assertThat(f.detail()).startsWith("women_produced on " + PARCHMENT).contains(CHERRY_ORGANIC);
        });
    }

    @Test
    void theParchmentToGreenYieldOf047IsOutsideTheIcoBand() {
        // 3 × 70 = 210 kg green from 446 kg parchment: 0.4709, against 0.8 (0.76–0.84)
        assertThat(fold.lot(GREEN_BAG_1).orElseThrow().findings()).extracting(Finding::reason, Finding::detail)
                .anySatisfy(t -> {
                    assertThat(t.toList().get(0)).isEqualTo(AuditReason.YIELD_OUT_OF_BAND);
                    assertThat((String) t.toList().get(1)).contains("parchment → green yield 0.4709").contains("210 kg from 446 kg");
                });
    }

    @Test
    void theWetMillAndTheRoastAreWithinTheirBands() {
        // 446 / 2230 = 0.2; 119 / 140 = 0.85
        assertThat(fold.lot(ROASTED).orElseThrow().findings()).extracting(Finding::reason)
                .doesNotContain(AuditReason.RATIO_MISMATCH).containsOnlyOnce(AuditReason.YIELD_OUT_OF_BAND);
    }
}
