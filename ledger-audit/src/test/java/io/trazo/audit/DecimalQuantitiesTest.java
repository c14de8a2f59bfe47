package io.trazo.audit;

import static io.trazo.audit.AuditJourney.PLOT_ORGANIC;
import static io.trazo.audit.AuditJourney.q;
import static io.trazo.audit.AuditJourney.unquantified;
import static io.trazo.audit.CorrectJourneyTest.CHERRY_O;
import static io.trazo.audit.CorrectJourneyTest.PARCH_O;
import static io.trazo.demo.DemoParties.*;
import static io.trazo.ledger.encoding.Json.arr;
import static io.trazo.ledger.encoding.Json.obj;
import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.ledger.claim.ClaimType;
import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.event.Vocabulary;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * Protocol v2 quantities: decimal amounts are balanced exactly (200.5 kg is not 200 kg), and a quantity
 * element without an amount moves nothing, which the audit reports where it names certified stock.
 * Every number is worked by hand in the comments.
 */
class DecimalQuantitiesTest {

    private static final String HARVEST = "2026-10-07T06:45:00.000-05:00";
    private static final String RECEIPT = "2026-10-07T17:20:00.000-05:00";
    private static final String WET_MILL = "2026-10-08T11:00:00.000-05:00";
    private static final String SALE = "2026-10-22T11:30:00.000-05:00";

    @Test
    void aDecimalHarvestIsBalancedExactlyThroughItsConversionAndItsOverSaleByAQuarterKilogramIsCaught() {
        AuditJourney j = new AuditJourney();
        cherryAtTheCooperative(j, q(CHERRY_O, "200.5"));
        // 200.5 × 0.2 = 40.1 exactly: cherry → parchment at the nominal factor
        Digest wetMill = j.v2Event(COOPERATIVE, null, wetMilling(q(CHERRY_O, "200.5"), q(PARCH_O, "40.1")));
        // 40.1 in stock, 40.25 sold: −0.15 kg, which whole kilograms would round away or never see
        Digest sale = j.v2Event(EXPORTER, COOPERATIVE, handover("receiving", SALE, q(PARCH_O, "40.25")));
        AuditFold fold = j.fold();

        assertThat(fold.massBalance().balances(FARM_ORGANIC, ClaimType.ORGANIC)).singleElement().satisfies(b -> {
            assertThat(b.inputsKg()).isEqualByComparingTo("200.5");
            assertThat(b.inputsByCertificate().get(j.organic.hex())).isEqualByComparingTo("200.5");
            assertThat(b.outputsKg()).isEqualByComparingTo("200.5");
            assertThat(b.closingKg()).isEqualByComparingTo("0");
            assertThat(b.errors()).isEmpty();
        });
        List<PeriodBalance> coop = fold.massBalance().balances(COOPERATIVE, ClaimType.ORGANIC);
        assertThat(coop).extracting(PeriodBalance::form).containsExactly("cherry", "parchment");
        assertThat(coop.get(0).conversionOutKg()).isEqualByComparingTo("200.5");
        PeriodBalance parchment = coop.get(1);
        assertThat(parchment.conversionInKg()).isEqualByComparingTo("40.1");
        assertThat(parchment.expectedConversionInKg()).isEqualByComparingTo("40.1");
        assertThat(parchment.varianceKg()).isEqualByComparingTo("0");
        assertThat(parchment.outputsKg()).isEqualByComparingTo("40.25");
        assertThat(parchment.closingKg()).isEqualByComparingTo("-0.15");
        assertThat(parchment.errors()).singleElement().satisfies(f -> {
            assertThat(f.reason()).isEqualTo(AuditReason.NEGATIVE_BALANCE);
            assertThat(f.detail()).contains("holds -0.15 kg").contains(sale.hex());
        });
        assertThat(fold.lot(PARCH_O).orElseThrow().findings()).isEmpty();

        List<CSVRecord> rows = csv(Fsma204Csv.forLot(fold, PARCH_O));
        assertThat(rows).extracting(r -> r.get("Critical Tracking Event"), r -> r.get("Quantity"), r -> r.get("Trazo Record"))
                .contains(org.assertj.core.groups.Tuple.tuple("transformation", "40.1", wetMill.hex()),
                        org.assertj.core.groups.Tuple.tuple("receiving", "40.25", sale.hex()));
        assertThat(rows.get(0).get("Quantity")).isEqualTo("200.5");
    }

    @Test
    void anUnquantifiedCertifiedOutputCreditsNothingAndTheLotSaysSoAsDoesItsUnquantifiedHandover() {
        AuditJourney j = new AuditJourney();
        cherryAtTheCooperative(j, q(CHERRY_O, "200.5"));
        Digest wetMill = j.v2Event(COOPERATIVE, null, wetMilling(q(CHERRY_O, "200.5"), unquantified(PARCH_O)));
        Digest handover = j.v2Event(EXPORTER, COOPERATIVE, handover("receiving", SALE, unquantified(PARCH_O)));
        AuditFold fold = j.fold();

        LotAudit parchment = fold.lot(PARCH_O).orElseThrow();
        assertThat(parchment.holdings()).extracting(Holding::scheme).containsExactly(ClaimType.ORGANIC);
        // no yield and no ratio finding: an output of unknown mass has no yield to judge
        assertThat(parchment.findings()).extracting(Finding::reason).containsExactly(AuditReason.QUANTITY_NOT_STATED,
                AuditReason.QUANTITY_NOT_STATED);
        assertThat(parchment.findings().get(0).records()).containsExactly(wetMill);
        assertThat(parchment.findings().get(0).detail()).contains(PARCH_O).contains("organic").contains("states no quantity");
        assertThat(parchment.findings().get(1).records()).containsExactly(handover);
        assertThat(parchment.custodian()).isEqualTo(EXPORTER);
        // the cherry leaves the cooperative's stock; no parchment enters it, and none moves to the exporter
        assertThat(fold.massBalance().balances(COOPERATIVE, ClaimType.ORGANIC)).singleElement().satisfies(b -> {
            assertThat(b.form()).isEqualTo("cherry");
            assertThat(b.conversionOutKg()).isEqualByComparingTo("200.5");
            assertThat(b.closingKg()).isEqualByComparingTo("0");
        });
        assertThat(fold.massBalance().balances(EXPORTER, ClaimType.ORGANIC)).isEmpty();
        // the spreadsheet leaves the quantity empty rather than inventing one
        assertThat(csv(Fsma204Csv.forLot(fold, PARCH_O))).filteredOn(r -> r.get("Trazo Record").equals(wetMill.hex()))
                .singleElement().satisfies(r -> assertThat(r.get("Quantity")).isEmpty());
    }

    @Test
    void anUnquantifiedCertifiedInputLeavesItsStockUndebitedAndTheOutputsShareUnknownAndBothLotsSaySo() {
        AuditJourney j = new AuditJourney();
        cherryAtTheCooperative(j, q(CHERRY_O, "200.5"));
        Digest wetMill = j.v2Event(COOPERATIVE, null, wetMilling(unquantified(CHERRY_O), q(PARCH_O, "40.1")));
        AuditFold fold = j.fold();

        assertThat(fold.lot(CHERRY_O).orElseThrow().findings()).singleElement().satisfies(f -> {
            assertThat(f.reason()).isEqualTo(AuditReason.QUANTITY_NOT_STATED);
            assertThat(f.detail()).contains("not debited");
            assertThat(f.records()).containsExactly(wetMill);
        });
        // the parchment's audit carries its input's finding too, as a lot's audit does for everything upstream
        assertThat(fold.lot(PARCH_O).orElseThrow().findings()).hasSize(2).allSatisfy(f -> {
            assertThat(f.reason()).isEqualTo(AuditReason.QUANTITY_NOT_STATED);
            assertThat(f.records()).containsExactly(wetMill);
        }).anySatisfy(f -> assertThat(f.detail()).startsWith(PARCH_O).contains(CHERRY_O).contains("share is unknown"));
        // 200.5 kg of certified cherry stay in the cooperative's stock; no parchment is credited
        assertThat(fold.massBalance().balances(COOPERATIVE, ClaimType.ORGANIC)).singleElement().satisfies(b -> {
            assertThat(b.form()).isEqualTo("cherry");
            assertThat(b.closingKg()).isEqualByComparingTo("200.5");
        });
    }

    @Test
    void anUnquantifiedCertifiedHarvestPutsNothingInStockAndTheLotSaysSo() {
        AuditJourney j = new AuditJourney();
        cherryAtTheCooperative(j, unquantified(CHERRY_O));
        AuditFold fold = j.fold();
        LotAudit cherry = fold.lot(CHERRY_O).orElseThrow();
        assertThat(cherry.holdings()).extracting(Holding::scheme).contains(ClaimType.ORGANIC);
        assertThat(cherry.findings()).extracting(Finding::reason).containsOnly(AuditReason.QUANTITY_NOT_STATED);
        assertThat(cherry.findings()).anySatisfy(f -> assertThat(f.detail()).contains("harvest")).anySatisfy(f -> assertThat(f.detail())
                .contains("handover"));
        assertThat(fold.massBalance().balances(FARM_ORGANIC, ClaimType.ORGANIC)).isEmpty();
        assertThat(fold.massBalance().balances(COOPERATIVE, ClaimType.ORGANIC)).isEmpty();
    }

    @Test
    void aMassBalanceShareIsExactWhenItTerminatesAndRoundedAtTheThirtyFourthDigitOtherwiseNeverTruncatedToAKilogram() {
        // 60.5 kg out of a mix with 100 kg certified in 300 kg: 60.5 / 3 = 20.1666…, which integer kilograms made 20
        assertThat(Movements.share(new BigDecimal("60.5"), new BigDecimal("100"), new BigDecimal("300")))
                .isEqualByComparingTo("20.16666666666666666666666666666667");
        assertThat(Movements.share(new BigDecimal("60"), new BigDecimal("100"), new BigDecimal("300"))).isEqualByComparingTo("20");
        // all of it certified: the output itself, not a quotient
        assertThat(Movements.share(new BigDecimal("40.1"), new BigDecimal("200.5"), new BigDecimal("200.5"))).isEqualTo(new BigDecimal("40.1"));
    }

    private static List<CSVRecord> csv(byte[] csv) {
        try {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                    .parse(new StringReader(new String(csv, StandardCharsets.UTF_8))).getRecords();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The organic farm harvests {@code quantity} of certified cherry and hands it to the cooperative, in v2. */
    private static void cherryAtTheCooperative(AuditJourney j, JsonObject quantity) {
        j.v2Event(FARM_ORGANIC, null, obj("type", "ObjectEvent", "eventTime", HARVEST, "eventTimeZoneOffset", "-05:00", "action", "ADD",
                "bizStep", Vocabulary.trazoStep("harvesting"), "bizLocation", obj("id", PLOT_ORGANIC), "quantityList", arr(quantity),
                "ilmd", obj("trazo:productForm", "cherry")), j.organic);
        j.v2Event(COOPERATIVE, FARM_ORGANIC, handover("receiving", RECEIPT, quantity));
    }

    private static JsonObject handover(String step, String time, JsonObject quantity) {
        return obj("type", "ObjectEvent", "eventTime", time, "eventTimeZoneOffset", "-05:00", "action", "OBSERVE", "bizStep", step,
                "quantityList", arr(quantity));
    }

    private static JsonObject wetMilling(JsonObject in, JsonObject out) {
        return obj("type", "TransformationEvent", "eventTime", WET_MILL, "eventTimeZoneOffset", "-05:00",
                "bizStep", Vocabulary.trazoStep("wet_milling"), "inputQuantityList", arr(in), "outputQuantityList", arr(out),
                "ilmd", obj("trazo:productForm", "parchment", "trazo:conversionRatio", "0.2"));
    }
}
