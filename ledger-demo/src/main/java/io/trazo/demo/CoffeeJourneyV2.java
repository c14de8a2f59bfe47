package io.trazo.demo;

import static io.trazo.demo.DemoParties.*;
import static io.trazo.ledger.encoding.Json.arr;
import static io.trazo.ledger.encoding.Json.obj;

import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.encoding.JsonNumber;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.encoding.JsonValue;
import io.trazo.ledger.event.Vocabulary;
import io.trazo.ledger.record.ProtocolVersion;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.RecordType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The v2 demo journey, done the way issue 17's audit expects: one women-led farm's washed Caturra, from
 * an EUDR-grade plot in Villamaría (Caldas) to a Portland roaster, never mixed, so its organic, Fairtrade,
 * women-produced and EUDR claims reach the retail bag at identity preserved; every yield sits on its ICO
 * factor; quantities are exact decimals; every site has a {@code location} record; the GS1 lots are
 * opened under {@code delegation}s; the farmgate price is published with the producer's consent.
 *
 * <p>It shares the v1 journey's parties and registry records (the same bytes), so both journeys can be
 * published into one ledger: the registry records are duplicates the second time, and every lot, plot
 * and certificate here is new. Deterministic, like the v1 journey: its records are golden vectors.
 */
public final class CoffeeJourneyV2 {

    public static final String PLOT = "urn:trazo:plot:asomucafe-villamaria:la-hondonada";
    public static final String CHERRY = "urn:trazo:lot:asomucafe-villamaria:cherry-2026-063";
    public static final String PARCHMENT = "urn:trazo:lot:coop-cafeteros-caldas:parchment-2026-131";
    public static final String GREEN = "urn:epc:class:lgtin:7709876.054321.EA2612-1";
    public static final String ROASTED = "urn:trazo:lot:rose-city-roasters:roast-2026-1203";
    public static final String RETAIL = "urn:epc:class:lgtin:0614141.077777.RC1203";
    /** The retail lot's GS1 Digital Link path, as its bag's QR code carries it. */
    public static final String RETAIL_PAGE = "/01/00614141777778/10/RC1203";
    public static final String FARM_SITE = "urn:epc:id:sgln:7709876.00001.0";
    public static final String WET_MILL = "urn:epc:id:sgln:7709876.00002.0";
    public static final String DRY_MILL = "urn:epc:id:sgln:7709876.00003.0";
    public static final String PORT = "urn:epc:id:sgln:7709876.00004.0";
    public static final String WAREHOUSE = "urn:epc:id:sgln:0614141.00002.0";
    public static final String ROASTERY = "urn:epc:id:sgln:0614141.00003.0";

    private static final String CONTEXT_URL = "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld";
    private static final ProtocolVersion V2 = ProtocolVersion.V2;

    private final JourneyBuilder j;
    private Digest organic;
    private Digest fairtrade;
    private Digest women;
    private Digest eudr;

    private CoffeeJourneyV2() {
        this.j = new JourneyBuilder(new DemoParties());
    }

    /** Every record of the journey in an order a ledger could accept: the v1 registry, then the v2 records. */
    public static List<byte[]> records() {
        List<byte[]> all = new ArrayList<>(CoffeeJourney.records().stream()
                .filter(w -> RecordCodec.parse(w).type().governance()).toList());
        CoffeeJourneyV2 journey = new CoffeeJourneyV2();
        journey.sites();
        journey.certificates();
        journey.custody();
        all.addAll(journey.j.records());
        return all;
    }

    private void sites() {
        // an actor registered by a v1 record owns no GS1 prefix (§8.7): governance delegates them instead
        j.governance(V2, RecordType.DELEGATION, "2026-01-05T12:00:00.000Z", obj("namespace", "gs1:7709876",
                "delegate", EXPORTER, "validFrom", "2026-01-05T12:00:00.000Z"));
        j.governance(V2, RecordType.DELEGATION, "2026-01-05T12:00:00.000Z", obj("namespace", "gs1:0614141",
                "delegate", ROASTER, "validFrom", "2026-01-05T12:00:00.000Z", "validUntil", "2028-01-05T12:00:00.000Z"));
        j.signed(V2, RecordType.PLOT, FARM_WOMEN, "2026-02-01T15:30:00.000Z", obj("plotId", PLOT, "owner", FARM_WOMEN,
                "name", "La Hondonada", "country", "CO", "areaHa", "1.9", "plusCode", "67Q62GR5+C4",
                "geometry", obj("type", "Point", "coordinates", arr("-75.492210", "5.041105"))));
        location(FARM_WOMEN, "7709876000017", "Finca La Hondonada", obj("street", "Vereda Montaño", "locality", "Villamaría",
                "region", "Caldas", "country", "CO"), "-75.492210", "5.041105", "farm");
        location(COOPERATIVE, "7709876000024", "Beneficio central de la Cooperativa de Caficultores de Caldas",
                obj("street", "Km 2 vía Chinchiná", "locality", "Chinchiná", "region", "Caldas", "country", "CO"), "-75.605812", "4.982671",
                "wet_mill");
        location(EXPORTER, "7709876000031", "Trilladora Exportadora Andina", obj("street", "Carrera 23 # 64-12", "locality", "Manizales",
                "region", "Caldas", "postalCode", "170004", "country", "CO"), "-75.490812", "5.055324", "dry_mill");
        location(EXPORTER, "7709876000048", "Bodega Exportadora Andina, Puerto de Buenaventura", obj("locality", "Buenaventura",
                "region", "Valle del Cauca", "country", "CO"), "-77.060581", "3.890927", "port");
        location(IMPORTER, "0614141000029", "Pacific Green Imports warehouse", obj("street", "2201 Adeline Street", "locality", "Oakland",
                "region", "CA", "postalCode", "94607", "country", "US"), "-122.284911", "37.813644", "warehouse");
        location(ROASTER, "0614141000036", "Rose City Roasters roastery", obj("street", "1220 SE Grand Avenue", "locality", "Portland",
                "region", "OR", "postalCode", "97214", "country", "US"), "-122.660912", "45.513274", "roastery");
    }

    private void location(String owner, String gln, String name, JsonObject address, String lon, String lat, String function) {
        j.signed(V2, RecordType.LOCATION, owner, "2026-02-02T15:00:00.000Z", obj("gln", gln, "owner", owner, "name", name,
                "address", address, "coordinates", arr(lon, lat), "function", function));
    }

    private void certificates() {
        // one certificate per harvest year, each naming the farm and its plot (docs/audit.md, certificate lifecycle)
        organic = certificate("BCA-ORG-2026-0588", "organic", "EU 2018/848 and USDA NOP", "12000");
        fairtrade = certificate("BCA-FT-2026-0311", "fairtrade", "Fairtrade Standard for Small-scale Producer Organizations", null);
        women = certificate("BCA-WP-2026-0102", "women_produced", "IWCA women-produced coffee", null);
        eudr = certificate("BCA-EUDR-2026-0240", "eudr_deforestation_free", "Regulation (EU) 2023/1115, cut-off 2020-12-31", null);
        // a lapse the certifier closed before the harvest: the claims made in October stand
        j.signed(V2, RecordType.CERTIFICATE_STATUS, CERTIFIER, "2026-06-02T14:00:00.000Z", obj("certificate", fairtrade.hex(),
                "status", "suspended", "effectiveFrom", "2026-06-01T00:00:00.000Z",
                "reason", "Annual premium report not submitted by the deadline"));
        j.signed(V2, RecordType.CERTIFICATE_STATUS, CERTIFIER, "2026-07-16T14:00:00.000Z", obj("certificate", fairtrade.hex(),
                "status", "reinstated", "effectiveFrom", "2026-07-15T00:00:00.000Z",
                "reason", "Premium report received and accepted"));
    }

    private Digest certificate(String number, String claim, String standard, String cap) {
        return j.signed(V2, RecordType.CERTIFICATE, CERTIFIER, "2026-03-10T15:00:00.000Z", obj("certificateId", number,
                "claim", claim, "standard", standard, "subject", obj("actor", FARM_WOMEN, "plots", arr(PLOT)),
                "scope", "Coffee cherry from the named plot, harvest 2026", "validFrom", "2026-03-01T00:00:00.000Z",
                "validUntil", "2027-03-01T00:00:00.000Z", "evidence", obj("sha256",
                        Digest.sha256(("audit report " + number).getBytes(StandardCharsets.UTF_8)).hex(), "mediaType", "application/pdf"),
                "volumeLimit", cap == null ? null : obj("amount", cap, "uom", "KGM")));
    }

    private void custody() {
        List<JsonValue> claims = List.of(claim(organic), claim(fairtrade), claim(women), claim(eudr));
        j.event(V2, FARM_WOMEN, null, event("ObjectEvent", "2026-10-06T07:30:00.000-05:00", "ADD", "harvesting", PLOT,
                "quantityList", arr(kg(CHERRY, "1312.5")), "ilmd", obj("trazo:productForm", "cherry", "trazo:variety", "Caturra",
                        "trazo:altitudeM", 1850, "trazo:harvestPeriod", "2026-09/2026-11", "trazo:municipality", "Villamaría"),
                "trazo:pricePaid", obj("amount", "4600", "currency", "COP", "unit", "KGM", "basis", "farmgate", "date", "2026-10-06",
                        "producerConsent", true)), claims, List.of());
        j.event(V2, COOPERATIVE, FARM_WOMEN, event("ObjectEvent", "2026-10-06T16:10:00.000-05:00", "OBSERVE", "receiving", WET_MILL,
                "quantityList", arr(kg(CHERRY, "1312.5"))), List.of(), List.of());
        // 1312.5 kg of cherry × 0.2 = 262.5 kg of parchment (ICO: 5 to 7 kg of cherry make 1 kg of green, via parchment × 0.8)
        transform(COOPERATIVE, "2026-10-08T09:00:00.000-05:00", "wet_milling", WET_MILL, CHERRY, "1312.5", PARCHMENT, "262.5",
                obj("trazo:productForm", "parchment", "trazo:conversionRatio", "0.2", "trazo:process", "washed"));
        j.event(V2, EXPORTER, COOPERATIVE, event("ObjectEvent", "2026-10-22T11:00:00.000-05:00", "OBSERVE", "receiving", DRY_MILL,
                "quantityList", arr(kg(PARCHMENT, "262.5"))), List.of(), List.of());
        // 262.5 × 0.8 = 210 kg of green (ICO: dry parchment × 0.8)
        transform(EXPORTER, "2026-10-24T10:00:00.000-05:00", "dry_milling", DRY_MILL, PARCHMENT, "262.5", GREEN, "210",
                obj("trazo:productForm", "green", "trazo:conversionRatio", "0.8"));
        j.event(V2, EXPORTER, IMPORTER, event("ObjectEvent", "2026-10-29T14:00:00.000-05:00", "OBSERVE", "shipping", PORT,
                "quantityList", arr(kg(GREEN, "210")), "bizTransactionList",
                arr(obj("type", "bol", "bizTransaction", "urn:trazo:bol:naviera-del-pacifico:NDP-BUN-2612-0107"))), List.of(),
                List.of(document("bill_of_lading", "NDP-BUN-2612-0107"), document("certificate_of_origin", "ICO-CO-2026-90417"),
                        document("phytosanitary_certificate", "ICA-FITO-2026-57788")));
        j.event(V2, IMPORTER, null, event("ObjectEvent", "2026-11-13T13:00:00.000-08:00", "OBSERVE", "inspecting", WAREHOUSE,
                "quantityList", arr(kg(GREEN, "210"))), List.of(), List.of(document("nop_import_certificate", "104-2026117734-000215")));
        j.event(V2, ROASTER, IMPORTER, event("ObjectEvent", "2026-11-17T10:00:00.000-08:00", "OBSERVE", "receiving", ROASTERY,
                "quantityList", arr(kg(GREEN, "210"))), List.of(), List.of());
        // 210 × 0.84 = 176.4 kg roasted (ICO: roasted × 1.19 = green)
        transform(ROASTER, "2026-11-19T07:00:00.000-08:00", "roasting", ROASTERY, GREEN, "210", ROASTED, "176.4",
                obj("trazo:productForm", "roasted", "trazo:conversionRatio", "0.84", "trazo:roastDate", "2026-11-19"));
        // 176.4 kg in 350 g bags: 504 bags; counted in units, so no mass balance or yield applies
        j.event(V2, ROASTER, null, event("TransformationEvent", "2026-11-20T09:00:00.000-08:00", null, "commissioning", ROASTERY,
                "inputQuantityList", arr(kg(ROASTED, "176.4")), "outputQuantityList",
                arr(obj("epcClass", RETAIL, "quantity", 504, "uom", "H87")), "ilmd", obj("trazo:productForm", "roasted")), List.of(),
                List.of());
    }

    private void transform(String actor, String time, String step, String site, String in, String inKg, String out, String outKg,
            JsonObject ilmd) {
        j.event(V2, actor, null, event("TransformationEvent", time, null, step, site, "inputQuantityList", arr(kg(in, inKg)),
                "outputQuantityList", arr(kg(out, outKg)), "ilmd", ilmd), List.of(), List.of());
    }

    /** A v2 event declaring Trazo's extension prefix, which v2 does not imply (§9.2). */
    private static JsonObject event(String type, String time, String action, String step, String where, Object... rest) {
        String bizStep = Vocabulary.TRAZO_BIZSTEPS.contains(step) ? Vocabulary.trazoStep(step) : step;
        Object[] head = {"@context", arr(CONTEXT_URL, obj("trazo", "https://ns.trazo.dev/epcis/")), "type", type, "eventTime", time,
                "eventTimeZoneOffset", time.substring(time.length() - 6), "action", action, "bizStep", bizStep,
                "bizLocation", obj("id", where)};
        Object[] all = new Object[head.length + rest.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(rest, 0, all, head.length, rest.length);
        return obj(all);
    }

    private static JsonObject kg(String lot, String amount) {
        return obj("epcClass", lot, "quantity", new JsonNumber(new BigDecimal(amount), false), "uom", "KGM");
    }

    private static JsonValue claim(Digest certificate) {
        return obj("certificate", certificate.hex());
    }

    private static JsonValue document(String type, String id) {
        return obj("type", type, "id", id, "sha256", Digest.sha256(("document " + id).getBytes(StandardCharsets.UTF_8)).hex());
    }
}
