package io.trazo.audit;

import static io.trazo.demo.CoffeeJourneyV2.*;
import static io.trazo.demo.DemoParties.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.demo.CoffeeJourneyV2;
import io.trazo.ledger.claim.ClaimType;
import io.trazo.ledger.record.RecordCodec;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * The v2 demo journey (ledger-demo's {@link CoffeeJourneyV2}, the records the local stack publishes)
 * audited: one farm's lot, never mixed, so every claim reaches the bag at identity preserved, and every
 * balance closes at zero. Every expected number is worked out by hand in the comments.
 */
class V2DemoAuditTest {

    static AuditFold fold;

    @BeforeAll
    static void fold() {
        fold = AuditFold.withDefaults();
        CoffeeJourneyV2.records().forEach(w -> fold.accept(AuditRecord.of(RecordCodec.parse(w))));
    }

    @Test
    void theBagHoldsAllFourClaimsAtIdentityPreservedWithNoFindingAndNoTaint() {
        LotAudit bag = fold.lot(RETAIL).orElseThrow();
        assertThat(bag.holdings()).extracting(Holding::scheme).containsExactlyInAnyOrder(ClaimType.ORGANIC, ClaimType.FAIRTRADE,
                ClaimType.WOMEN_PRODUCED, ClaimType.EUDR_DEFORESTATION_FREE);
        assertThat(bag.holdings()).allSatisfy(h -> assertThat(h.level()).isEqualTo(CustodyLevel.IDENTITY_PRESERVED));
        assertThat(bag.claims()).hasSize(4).allSatisfy(c -> {
            assertThat(c.valid()).as(c.detail()).isTrue();
            assertThat(c.lot()).isEqualTo(CHERRY);
        });
        assertThat(bag.findings()).isEmpty();
        assertThat(bag.taints()).isEmpty();
        assertThat(bag.plots()).containsExactly(PLOT);
        assertThat(bag.custodian()).isEqualTo(ROASTER);
        assertThat(fold.findings()).isEmpty();
    }

    @Test
    void theFairtradeSuspensionWasLiftedBeforeTheHarvestSoItsClaimStandsAndTaintsNothing() {
        // suspended from 1 June, reinstated from 15 July; harvested 6 October
        assertThat(fold.lot(CHERRY).orElseThrow().claims()).filteredOn(c -> c.scheme().orElseThrow() == ClaimType.FAIRTRADE)
                .singleElement().satisfies(c -> assertThat(c.valid()).isTrue());
        assertThat(fold.lot(ROASTED).orElseThrow().taints()).isEmpty();
    }

    @Test
    void everyStepsYieldIsExactlyItsNominalFactor() {
        // 262.5 / 1312.5 = 0.2 (cherry → parchment), 210 / 262.5 = 0.8 (parchment → green), 176.4 / 210 = 0.84 (green → roasted)
        for (String lot : List.of(PARCHMENT, GREEN, ROASTED)) {
            assertThat(fold.lot(lot).orElseThrow().findings()).as(lot).isEmpty();
        }
        assertThat(fold.massBalance().balances(COOPERATIVE, ClaimType.ORGANIC).get(1).varianceKg()).isEqualByComparingTo("0");
        assertThat(fold.massBalance().balances(EXPORTER, ClaimType.ORGANIC).get(0).varianceKg()).isEqualByComparingTo("0");
        assertThat(fold.massBalance().balances(ROASTER, ClaimType.ORGANIC).get(1).varianceKg()).isEqualByComparingTo("0");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = ClaimType.class, names = {"ORGANIC", "FAIRTRADE", "WOMEN_PRODUCED", "EUDR_DEFORESTATION_FREE"})
    void eachSchemesBalanceClosesAtZeroAtEveryOperator(ClaimType scheme) {
        // the farm: 1312.5 kg cherry harvested under the certificate, 1312.5 kg handed to the cooperative
        assertThat(fold.massBalance().balances(FARM_WOMEN, scheme)).singleElement().satisfies(b -> {
            assertThat(b.form()).isEqualTo("cherry");
            assertThat(b.period()).isEqualTo("2026-Q4");
            assertThat(b.inputsByCertificate()).hasSize(1).allSatisfy((c, kg) -> assertThat(kg).isEqualByComparingTo("1312.5"));
            assertThat(b.outputsKg()).isEqualByComparingTo("1312.5");
            assertThat(b.closingKg()).isZero();
        });
        // the cooperative: 1312.5 kg cherry in and wet-milled; 1312.5 × 0.2 = 262.5 kg parchment out to the exporter
        List<PeriodBalance> coop = fold.massBalance().balances(COOPERATIVE, scheme);
        assertThat(coop).extracting(PeriodBalance::form).containsExactly("cherry", "parchment");
        assertThat(coop.get(0).conversionOutKg()).isEqualByComparingTo("1312.5");
        assertThat(coop.get(1).conversionInKg()).isEqualByComparingTo("262.5");
        assertThat(coop.get(1).expectedConversionInKg()).isEqualByComparingTo("262.5");
        assertThat(coop.get(1).outputsKg()).isEqualByComparingTo("262.5");
        // the exporter: 262.5 kg parchment in; 262.5 × 0.8 = 210 kg green, shipped to the importer
        List<PeriodBalance> exporter = fold.massBalance().balances(EXPORTER, scheme);
        assertThat(exporter).extracting(PeriodBalance::form).containsExactly("green", "parchment");
        assertThat(exporter.get(1).inputsKg()).isEqualByComparingTo("262.5");
        assertThat(exporter.get(0).conversionInKg()).isEqualByComparingTo("210");
        assertThat(exporter.get(0).outputsKg()).isEqualByComparingTo("210");
        // the importer: 210 kg in, 210 kg handed to the roaster
        assertThat(fold.massBalance().balances(IMPORTER, scheme)).singleElement().satisfies(b -> {
            assertThat(b.inputsKg()).isEqualByComparingTo("210");
            assertThat(b.outputsKg()).isEqualByComparingTo("210");
        });
        // the roaster: 210 kg green roasted into 210 × 0.84 = 176.4 kg, all of it packed into 504 bags of 350 g
        // (counted in H87, so the bags are not balanced in kilograms: the roasted stock leaves by conversion)
        List<PeriodBalance> roaster = fold.massBalance().balances(ROASTER, scheme);
        assertThat(roaster).extracting(PeriodBalance::form).containsExactly("green", "roasted");
        assertThat(roaster.get(0).conversionOutKg()).isEqualByComparingTo("210");
        assertThat(roaster.get(1).conversionInKg()).isEqualByComparingTo("176.4");
        assertThat(roaster.get(1).expectedConversionInKg()).isEqualByComparingTo("176.4");
        assertThat(roaster.get(1).variancePercent()).contains(new BigDecimal("0.00"));
        assertThat(roaster.get(1).conversionOutKg()).isEqualByComparingTo("176.4");
        for (String operator : List.of(FARM_WOMEN, COOPERATIVE, EXPORTER, IMPORTER, ROASTER)) {
            assertThat(fold.massBalance().balances(operator, scheme)).as(operator).allSatisfy(b -> {
                assertThat(b.openingKg()).isZero();
                assertThat(b.closingKg()).isZero();
                assertThat(b.downgradesKg()).isZero();
                assertThat(b.errors()).isEmpty();
            });
        }
    }

    @Test
    void theEudrExportOfTheBagIsThePlotAsAPointWithItsArea() {
        // 1.9 ha ≤ 4 ha, so a Point is enough; positions already have 6 decimals
        String geoJson = EudrGeoJson.forLotAsString(fold, RETAIL);
        assertThat(geoJson).contains("\"type\":\"Point\"").contains("-75.49221").contains("5.041105").contains("\"Area\":1.9")
                .contains("\"ProducerName\":\"Asociación de Mujeres Caficultoras de Villamaría\"");
    }
}
