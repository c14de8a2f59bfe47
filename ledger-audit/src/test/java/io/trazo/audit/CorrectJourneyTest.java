package io.trazo.audit;

import static io.trazo.audit.AuditJourney.PLOT_ORGANIC;
import static io.trazo.audit.AuditJourney.PLOT_WOMEN;
import static io.trazo.audit.AuditJourney.q;
import static io.trazo.demo.DemoParties.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.ledger.claim.ClaimType;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The v2 demo journey done right: the women's and the organic farm's coffee are milled apart, every
 * yield is within its band, every plot has EUDR-grade geometry. Every number below is worked out by
 * hand in the comments.
 */
class CorrectJourneyTest {

    static final String CHERRY_W = "urn:trazo:lot:asomucafe-villamaria:cherry-2026-041";
    static final String CHERRY_O = "urn:trazo:lot:finca-el-mirador:cherry-2026-017";
    static final String PARCH_W = "urn:trazo:lot:coop-cafeteros-caldas:parchment-2026-112";
    static final String PARCH_O = "urn:trazo:lot:coop-cafeteros-caldas:parchment-2026-113";
    static final String GREEN_W = "urn:epc:class:lgtin:7709876.054321.EA2611-1";
    static final String GREEN_O = "urn:epc:class:lgtin:7709876.054321.EA2611-2";
    static final String ROASTED_O = "urn:trazo:lot:rose-city-roasters:roast-2026-1187";

    static AuditJourney journey;
    static AuditFold fold;

    /** The journey, also used by the adversarial tests as their starting point. */
    static AuditJourney build() {
        AuditJourney j = new AuditJourney();
        // the women's claim lists no lots: it covers the harvested lot (§8.1)
        j.harvest(FARM_WOMEN, "2026-10-06T07:30:00.000-05:00", PLOT_WOMEN, CHERRY_W, 1250, j.women);
        j.harvest(FARM_ORGANIC, "2026-10-07T06:45:00.000-05:00", PLOT_ORGANIC, CHERRY_O, 980, j.organic, j.eudr);
        j.receive(COOPERATIVE, FARM_WOMEN, "2026-10-07T16:10:00.000-05:00", CHERRY_W, 1250);
        j.receive(COOPERATIVE, FARM_ORGANIC, "2026-10-07T17:20:00.000-05:00", CHERRY_O, 980);
        // 1250 × 0.2 = 250 and 980 × 0.2 = 196: cherry → parchment, nominal 0.2, band 0.18–0.22
        j.transform(COOPERATIVE, "2026-10-08T09:00:00.000-05:00", "wet_milling", "parchment", List.of(q(CHERRY_W, 1250)),
                List.of(q(PARCH_W, 250)), "0.2");
        j.transform(COOPERATIVE, "2026-10-08T11:00:00.000-05:00", "wet_milling", "parchment", List.of(q(CHERRY_O, 980)),
                List.of(q(PARCH_O, 196)), "0.2");
        j.receive(EXPORTER, COOPERATIVE, "2026-10-22T11:00:00.000-05:00", PARCH_W, 250);
        j.receive(EXPORTER, COOPERATIVE, "2026-10-22T11:30:00.000-05:00", PARCH_O, 196);
        // 250 × 0.8 = 200; 196 × 0.8 = 156.8, declared 157: 157 / 196 = 0.801, band 0.76–0.84
        j.transform(EXPORTER, "2026-10-24T10:00:00.000-05:00", "dry_milling", "green", List.of(q(PARCH_W, 250)),
                List.of(q(GREEN_W, 200)), "0.8");
        j.transform(EXPORTER, "2026-10-24T12:00:00.000-05:00", "dry_milling", "green", List.of(q(PARCH_O, 196)),
                List.of(q(GREEN_O, 157)), "0.801");
        j.ship(EXPORTER, IMPORTER, "2026-10-29T14:00:00.000-05:00", GREEN_O, 157);
        j.ship(EXPORTER, IMPORTER, "2026-10-29T15:00:00.000-05:00", GREEN_W, 200);
        j.receive(ROASTER, IMPORTER, "2026-11-17T10:00:00.000-05:00", GREEN_O, 157);
        return j;
    }

    /** Roasting: 157 × 0.84 = 131.88 expected, 132 roasted: 132 / 157 = 0.8408, band 0.80–0.88. */
    static void roast(AuditJourney j, long roasted) {
        j.transform(ROASTER, "2026-11-19T07:00:00.000-05:00", "roasting", "roasted", List.of(q(GREEN_O, 157)),
                List.of(q(ROASTED_O, roasted)), new BigDecimal(roasted).divide(new BigDecimal(157), 4, java.math.RoundingMode.HALF_EVEN).toPlainString());
    }

    @BeforeAll
    static void fold() {
        journey = build();
        roast(journey, 132);
        fold = journey.fold();
    }

    @Test
    void everyClaimIsValidAtIdentityPreservedAndNothingIsFound() {
        LotAudit roasted = fold.lot(ROASTED_O).orElseThrow();
        assertThat(roasted.claims()).hasSize(2).allSatisfy(c -> {
            assertThat(c.valid()).as(c.detail()).isTrue();
            assertThat(c.level()).contains(CustodyLevel.IDENTITY_PRESERVED);
            assertThat(c.lot()).isEqualTo(CHERRY_O);
        });
        assertThat(roasted.holdings()).extracting(Holding::scheme)
                .containsExactlyInAnyOrder(ClaimType.ORGANIC, ClaimType.EUDR_DEFORESTATION_FREE);
        assertThat(roasted.findings()).isEmpty();
        assertThat(roasted.taints()).isEmpty();
        assertThat(roasted.plots()).containsExactly(PLOT_ORGANIC);
        assertThat(roasted.custodian()).isEqualTo(ROASTER);
        assertThat(fold.findings()).isEmpty();
    }

    @Test
    void theWomenProducedLotKeepsItsClaimBecauseItWasNeverMixed() {
        LotAudit green = fold.lot(GREEN_W).orElseThrow();
        assertThat(green.holdings()).singleElement().satisfies(h -> {
            assertThat(h.scheme()).isEqualTo(ClaimType.WOMEN_PRODUCED);
            assertThat(h.level()).isEqualTo(CustodyLevel.IDENTITY_PRESERVED);
            assertThat(h.certificates()).containsExactly(journey.women);
        });
        assertThat(green.claims()).singleElement().satisfies(c -> assertThat(c.lot()).isEqualTo(CHERRY_W));
        assertThat(green.form()).contains(ProductForm.GREEN);
        assertThat(green.custodian()).isEqualTo(IMPORTER);
    }

    @Test
    void theOrganicMassBalanceClosesAtZeroAtEveryOperatorWithTheConversionsVarianceWorkedOut() {
        // the farm: 980 kg cherry harvested, 980 kg handed to the cooperative
        assertThat(fold.massBalance().balances(FARM_ORGANIC, ClaimType.ORGANIC)).singleElement().satisfies(b -> {
            assertThat(b.form()).isEqualTo("cherry");
            assertThat(b.period()).isEqualTo("2026-Q4");
            assertThat(b.inputsKg()).isEqualByComparingTo("980");
            assertThat(b.inputsByCertificate()).containsOnlyKeys(journey.organic.hex());
            assertThat(b.inputsByCertificate().get(journey.organic.hex())).isEqualByComparingTo("980");
            assertThat(b.outputsKg()).isEqualByComparingTo("980");
            assertThat(b.closingKg()).isZero();
            assertThat(b.errors()).isEmpty();
        });
        // the exporter: 196 kg parchment in and converted; 157 kg green out of an expected 196 × 0.8 = 156.8
        List<PeriodBalance> exporter = fold.massBalance().balances(EXPORTER, ClaimType.ORGANIC);
        assertThat(exporter).extracting(PeriodBalance::form).containsExactly("green", "parchment");
        PeriodBalance green = exporter.get(0);
        assertThat(green.conversionInKg()).isEqualByComparingTo("157");
        assertThat(green.expectedConversionInKg()).isEqualByComparingTo("156.8");
        assertThat(green.varianceKg()).isEqualByComparingTo("0.2");
        assertThat(green.variancePercent()).contains(new BigDecimal("0.13")); // 0.2 / 156.8 = 0.1276 %
        assertThat(green.outputsKg()).isEqualByComparingTo("157");
        assertThat(green.closingKg()).isZero();
        PeriodBalance parchment = exporter.get(1);
        assertThat(parchment.inputsKg()).isEqualByComparingTo("196");
        assertThat(parchment.conversionOutKg()).isEqualByComparingTo("196");
        assertThat(parchment.closingKg()).isZero();
        // the roaster: 157 kg green in and roasted into 132 kg, expected 157 × 0.84 = 131.88, variance 0.12 kg = 0.09 %
        PeriodBalance roasted = fold.massBalance().balances(ROASTER, ClaimType.ORGANIC).get(1);
        assertThat(roasted.form()).isEqualTo("roasted");
        assertThat(roasted.conversionInKg()).isEqualByComparingTo("132");
        assertThat(roasted.expectedConversionInKg()).isEqualByComparingTo("131.88");
        assertThat(roasted.variancePercent()).contains(new BigDecimal("0.09"));
        assertThat(roasted.closingKg()).isEqualByComparingTo("132");
    }

    @Test
    void theWomenProducedBalanceOfTheCooperativeConvertsAtTheNominalFactor() {
        // 1250 kg cherry in, 1250 out to the wet mill; 250 kg parchment = 1250 × 0.2 exactly, handed on: 0 left
        List<PeriodBalance> coop = fold.massBalance().balances(COOPERATIVE, ClaimType.WOMEN_PRODUCED);
        assertThat(coop).extracting(PeriodBalance::form).containsExactly("cherry", "parchment");
        assertThat(coop).allSatisfy(p -> {
            assertThat(p.openingKg()).isEqualByComparingTo("0");
            assertThat(p.closingKg()).isEqualByComparingTo("0");
        });
        assertThat(coop.get(1).varianceKg()).isEqualByComparingTo("0");
        assertThat(coop.get(1).outputsKg()).isEqualByComparingTo("250");
    }
}
