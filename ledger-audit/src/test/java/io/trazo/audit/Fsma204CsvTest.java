package io.trazo.audit;

import static io.trazo.demo.CoffeeJourney.*;
import static io.trazo.ledger.encoding.Json.obj;
import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.demo.CoffeeJourney;
import io.trazo.demo.DemoParties;
import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.record.RecordCodec;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The FSMA 204 sortable spreadsheet of the v1 demo journey, read back with Commons CSV. */
class Fsma204CsvTest {

    static AuditFold fold;

    @BeforeAll
    static void fold() {
        fold = AuditFold.withDefaults();
        // first, the exporter's v2 location record for its Buenaventura yard, the SGLN its shipment names (7709876.00001.BUN)
        fold.accept(AuditRecord.unparsed(Digest.sha256("location".getBytes(StandardCharsets.UTF_8)), "location", DemoParties.EXPORTER,
                Instant.parse("2026-02-01T00:00:00Z"), obj("gln", "7709876000017", "owner", DemoParties.EXPORTER,
                        "name", "Patio de Buenaventura", "address", obj("locality", "Buenaventura", "country", "CO"), "function", "port")));
        CoffeeJourney.records().forEach(w -> fold.accept(AuditRecord.of(RecordCodec.parse(w))));
    }

    private static List<CSVRecord> read(byte[] csv) throws Exception {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(new String(csv, StandardCharsets.UTF_8))).getRecords();
    }

    @Test
    void theRetailLotHasOneRowPerCriticalTrackingEventOfItsUpstreamInTimeOrder() throws Exception {
        // harvest ×2, receipt at the co-op ×2, wet mill, receipt at the exporter, dry mill (bags 1 and 2 of 3),
        // shipping of the container's bags 1 and 2, receipt at Oakland ×2, receipt at the roaster ×2, roast, retail packs: 16
        List<CSVRecord> rows = read(Fsma204Csv.forLot(fold, RETAIL));
        assertThat(rows).hasSize(16);
        assertThat(rows).extracting(r -> r.get("Critical Tracking Event")).containsExactly("harvesting", "receiving", "harvesting",
                "receiving", "transformation", "receiving", "transformation", "transformation", "shipping", "shipping", "receiving",
                "receiving", "receiving", "receiving", "transformation", "transformation");
        assertThat(rows).extracting(r -> r.get("Event Date")).isSorted();
    }

    @Test
    void aHarvestRowNamesThePlotAsItsLotCodeSource() throws Exception {
        CSVRecord harvest = read(Fsma204Csv.forLot(fold, RETAIL)).get(0);
        assertThat(harvest.get("Traceability Lot Code")).isEqualTo(CHERRY_WOMEN);
        assertThat(harvest.get("Quantity")).isEqualTo("1250");
        assertThat(harvest.get("Unit of Measure")).isEqualTo("KGM");
        assertThat(harvest.get("Product Description")).isEqualTo("coffee, cherry");
        assertThat(harvest.get("Traceability Lot Code Source")).isEqualTo("Asociación de Mujeres Caficultoras de Villamaría (La Cumbre, CO)");
        assertThat(harvest.get("Event Date")).isEqualTo("2026-10-06T12:30:00Z");
    }

    @Test
    void theShipmentRowCarriesItsDocumentsAndTheRegisteredShipFromLocation() throws Exception {
        CSVRecord shipping = read(Fsma204Csv.forLot(fold, RETAIL)).stream().filter(r -> r.get("Critical Tracking Event").equals("shipping"))
                .findFirst().orElseThrow();
        assertThat(shipping.get("Traceability Lot Code")).isIn(GREEN_BAG_1, GREEN_BAG_2);
        assertThat(shipping.get("Ship-From Location")).isEqualTo("Exportadora Andina S.A.S. (Patio de Buenaventura, Buenaventura, CO)");
        assertThat(shipping.get("Ship-To Location")).isEqualTo("Naviera del Pacífico");
        assertThat(shipping.get("Reference Document Type")).isEqualTo("bill_of_lading;certificate_of_origin;phytosanitary_certificate");
        assertThat(shipping.get("Reference Document Number")).isEqualTo("NDP-BUN-2611-0042;ICO-CO-2026-88213;ICA-FITO-2026-55120");
        assertThat(shipping.get("Product Description")).isEqualTo("coffee, green");
    }

    @Test
    void aTransformationRowListsItsInputLotCodes() throws Exception {
        CSVRecord wetMill = read(Fsma204Csv.forLot(fold, RETAIL)).get(4);
        assertThat(wetMill.get("Traceability Lot Code")).isEqualTo(PARCHMENT);
        assertThat(wetMill.get("Input Traceability Lot Codes")).isEqualTo(CHERRY_WOMEN + " " + CHERRY_ORGANIC);
        assertThat(wetMill.get("Traceability Lot Code Source")).isEqualTo("Cooperativa de Caficultores de Caldas");
    }

    @Test
    void aDateRangeSelectsTheEventsWithinIt() throws Exception {
        List<CSVRecord> november = read(Fsma204Csv.forRange(fold, Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-12-01T00:00:00Z")));
        // Oakland receipt of 3 bags, roaster receipt of 2 bags, roast, retail packs
        assertThat(november).hasSize(7);
    }

    @Test
    void aCellThatASpreadsheetWouldEvaluateIsDefusedAndQuoted() {
        assertThat(Fsma204Csv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(Fsma204Csv.cell("a,b")).isEqualTo("\"a,b\"");
    }
}
