package io.trazo.demo;

import static io.trazo.demo.DemoParties.*;
import static io.trazo.demo.JourneyBuilder.quantity;
import static io.trazo.ledger.encoding.Json.arr;
import static io.trazo.ledger.encoding.Json.obj;

import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.crypto.PublicKey;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.encoding.JsonValue;
import io.trazo.ledger.event.Vocabulary;
import io.trazo.ledger.record.RecordType;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A believable farm-to-cup journey of Caldas coffee: two farms near the Nevado del Ruiz (one run by a
 * women's association, one certified organic) deliver cherry that merges at a cooperative wet mill;
 * the parchment is dried, dry-milled and split into export bags, packed into a container, shipped from
 * Buenaventura, received and cleared at Oakland, unpacked, roasted in Portland and sold.
 *
 * <p>Handovers are co-signed by both parties. The journey is deterministic: the same records, byte for
 * byte, on every run, so its hashes can serve as golden values.
 */
public final class CoffeeJourney {

    public static final String CHERRY_WOMEN = "urn:trazo:lot:asomucafe-villamaria:cherry-2026-041";
    public static final String CHERRY_ORGANIC = "urn:trazo:lot:finca-el-mirador:cherry-2026-017";
    public static final String PARCHMENT = "urn:trazo:lot:coop-cafeteros-caldas:parchment-2026-112";
    public static final String GREEN_BAG_1 = "urn:epc:class:lgtin:7709876.054321.EA2611-1";
    public static final String GREEN_BAG_2 = "urn:epc:class:lgtin:7709876.054321.EA2611-2";
    public static final String GREEN_BAG_3 = "urn:epc:class:lgtin:7709876.054321.EA2611-3";
    public static final String CONTAINER = "urn:epc:id:sscc:7709876.0000004211";
    public static final String ROASTED = "urn:trazo:lot:rose-city-roasters:roast-2026-1187";
    public static final String RETAIL = "urn:epc:class:lgtin:0614141.077777.RC1187";
    public static final String PLOT_WOMEN = "urn:trazo:plot:asomucafe-villamaria:la-cumbre";
    public static final String PLOT_ORGANIC = "urn:trazo:plot:finca-el-mirador:el-mirador-alto";

    private final DemoParties parties;
    private final JourneyBuilder j;

    private CoffeeJourney(DemoParties parties) {
        this.parties = parties;
        this.j = new JourneyBuilder(parties);
    }

    /** Every record of the journey, registry first, in an order a ledger could have accepted them. */
    public static List<byte[]> records() {
        CoffeeJourney journey = new CoffeeJourney(new DemoParties());
        journey.registry();
        journey.custody();
        return journey.j.records();
    }

    /**
     * The journey's retail sale with one signature byte changed, as a forger would present it: the same
     * content and record hash, but a signature the roaster never made. It must be rejected with
     * {@code BAD_SIGNATURE}.
     */
    public static byte[] forgery() {
        List<byte[]> all = records();
        String sale = new String(all.get(all.size() - 1), StandardCharsets.UTF_8);
        int at = sale.indexOf("\"sig\":\"") + 10;
        char forged = sale.charAt(at) == 'A' ? 'B' : 'A';
        return (sale.substring(0, at) + forged + sale.substring(at + 1)).getBytes(StandardCharsets.UTF_8);
    }

    public static PublicKey trustRoot() {
        return new DemoParties().governance().publicKey();
    }

    private void registry() {
        actor(FARM_WOMEN, "Asociación de Mujeres Caficultoras de Villamaría", "farm", "CO", "true");
        actor(FARM_ORGANIC, "Finca El Mirador", "farm", "CO", null);
        actor(COOPERATIVE, "Cooperativa de Caficultores de Caldas", "cooperative,mill", "CO", null);
        actor(EXPORTER, "Exportadora Andina S.A.S.", "mill,exporter", "CO", null);
        actor(CARRIER, "Naviera del Pacífico", "carrier,forwarder", "PA", null);
        actor(IMPORTER, "Pacific Green Imports LLC", "importer", "US", null);
        actor(CUSTOMS, "Harbor Customs Brokers", "customs_broker", "US", null);
        actor(ROASTER, "Rose City Roasters", "roaster,retailer", "US", null);
        actor(CERTIFIER, "BioCert Andes", "certifier", "CO", null);
        for (String actor : new String[] {FARM_WOMEN, FARM_ORGANIC, COOPERATIVE, EXPORTER, CARRIER, IMPORTER, CUSTOMS,
                ROASTER, CERTIFIER}) {
            var key = parties.key(actor).publicKey();
            j.governance(RecordType.KEY, "2026-01-05T12:00:00.000Z", obj("keyId", key.keyId().value(), "actor", actor,
                    "publicKey", key.base64Url(), "validFrom", "2026-01-05T12:00:00.000Z", "validUntil", "2028-01-05T12:00:00.000Z"));
        }
        j.signed(RecordType.PLOT, FARM_WOMEN, "2026-02-01T15:00:00.000Z", obj("plotId", PLOT_WOMEN, "owner", FARM_WOMEN,
                "name", "La Cumbre", "country", "CO", "areaHa", "2.8", "plusCode", "67Q62GQ9+3F",
                "geometry", obj("type", "Point", "coordinates", arr("-75.4813", "5.0377"))));
        j.signed(RecordType.PLOT, FARM_ORGANIC, "2026-02-01T16:00:00.000Z", obj("plotId", PLOT_ORGANIC, "owner", FARM_ORGANIC,
                "name", "El Mirador Alto", "country", "CO", "areaHa", "5.6", "plusCode", "67Q62FWX+RJ",
                "geometry", obj("type", "Polygon", "coordinates", arr(arr(arr("-75.5020", "5.0460"), arr("-75.5000", "5.0460"),
                        arr("-75.5000", "5.0482"), arr("-75.5020", "5.0482"), arr("-75.5020", "5.0460"))))));
    }

    private Digest organic;
    private Digest women;
    private Digest eudr;

    private void custody() {
        organic = certificate("BCA-ORG-2026-0413", "organic", "EU 2018/848 and USDA NOP", FARM_ORGANIC, PLOT_ORGANIC, "volume");
        women = certificate("BCA-WP-2026-0087", "women_produced", "IWCA women-produced coffee", FARM_WOMEN, PLOT_WOMEN, null);
        eudr = certificate("BCA-EUDR-2026-0192", "eudr_deforestation_free", "Regulation (EU) 2023/1115, cut-off 2020-12-31",
                FARM_ORGANIC, PLOT_ORGANIC, null);
        j.event(FARM_WOMEN, null, event("ObjectEvent", "2026-10-06T07:30:00.000-05:00", "-05:00", "ADD",
                Vocabulary.trazoStep("harvesting"), null, PLOT_WOMEN,
                "quantityList", arr(quantity(CHERRY_WOMEN, 1250, "KGM"))), List.of(claim(women, CHERRY_WOMEN)), List.of());
        j.event(FARM_ORGANIC, null, event("ObjectEvent", "2026-10-07T06:45:00.000-05:00", "-05:00", "ADD",
                Vocabulary.trazoStep("harvesting"), null, PLOT_ORGANIC,
                "quantityList", arr(quantity(CHERRY_ORGANIC, 980, "KGM"))),
                List.of(claim(organic, CHERRY_ORGANIC), claim(eudr, CHERRY_ORGANIC)), List.of());
        j.event(COOPERATIVE, FARM_WOMEN, event("ObjectEvent", "2026-10-06T16:10:00.000-05:00", "-05:00", "OBSERVE",
                "receiving", null, null, "quantityList", arr(quantity(CHERRY_WOMEN, 1250, "KGM"))), List.of(), List.of());
        j.event(COOPERATIVE, FARM_ORGANIC, event("ObjectEvent", "2026-10-07T15:20:00.000-05:00", "-05:00", "OBSERVE",
                "receiving", null, null, "quantityList", arr(quantity(CHERRY_ORGANIC, 980, "KGM"))), List.of(), List.of());
        j.event(COOPERATIVE, transformation("2026-10-08T09:00:00.000-05:00", "-05:00", Vocabulary.trazoStep("wet_milling"),
                arr(quantity(CHERRY_WOMEN, 1250, "KGM"), quantity(CHERRY_ORGANIC, 980, "KGM")),
                arr(quantity(PARCHMENT, 446, "KGM")), "0.2"));
        j.event(COOPERATIVE, event("ObjectEvent", "2026-10-20T17:00:00.000-05:00", "-05:00", "OBSERVE",
                Vocabulary.trazoStep("drying"), null, null, "quantityList", arr(quantity(PARCHMENT, 446, "KGM"))));
        j.event(EXPORTER, COOPERATIVE, event("ObjectEvent", "2026-10-22T11:00:00.000-05:00", "-05:00", "OBSERVE",
                "receiving", null, null, "quantityList", arr(quantity(PARCHMENT, 446, "KGM"))), List.of(), List.of());
        j.event(EXPORTER, transformation("2026-10-24T10:00:00.000-05:00", "-05:00", Vocabulary.trazoStep("dry_milling"),
                arr(quantity(PARCHMENT, 446, "KGM")),
                arr(quantity(GREEN_BAG_1, 70, "KGM"), quantity(GREEN_BAG_2, 70, "KGM"), quantity(GREEN_BAG_3, 70, "KGM")), "0.47"));
        j.event(EXPORTER, event("AggregationEvent", "2026-10-27T08:00:00.000-05:00", "-05:00", "ADD", "packing", null, null,
                "parentID", CONTAINER, "childQuantityList", arr(quantity(GREEN_BAG_1, 70, "KGM"),
                        quantity(GREEN_BAG_2, 70, "KGM"), quantity(GREEN_BAG_3, 70, "KGM"))));
        j.event(EXPORTER, CARRIER, event("ObjectEvent", "2026-10-29T14:00:00.000-05:00", "-05:00", "OBSERVE", "shipping",
                "in_transit", null, "epcList", arr(CONTAINER), "bizTransactionList",
                arr(obj("type", "bol", "bizTransaction", "urn:trazo:bol:naviera-del-pacifico:NDP-BUN-2611-0042")),
                "readPoint", obj("id", "urn:epc:id:sgln:7709876.00001.BUN")), List.of(), List.of(
                        document("bill_of_lading", "NDP-BUN-2611-0042"), document("certificate_of_origin", "ICO-CO-2026-88213"),
                        document("phytosanitary_certificate", "ICA-FITO-2026-55120")));
        j.event(IMPORTER, CARRIER, event("ObjectEvent", "2026-11-12T09:30:00.000-08:00", "-08:00", "OBSERVE", "receiving",
                "in_progress", null, "epcList", arr(CONTAINER), "readPoint", obj("id", "urn:epc:id:sgln:0614141.00001.OAK")),
                List.of(), List.of());
        j.event(CUSTOMS, event("ObjectEvent", "2026-11-13T13:00:00.000-08:00", "-08:00", "OBSERVE",
                Vocabulary.trazoStep("customs_clearing"), null, null, "epcList", arr(CONTAINER)));
        j.event(IMPORTER, event("AggregationEvent", "2026-11-14T08:00:00.000-08:00", "-08:00", "DELETE", "unpacking", null,
                null, "parentID", CONTAINER, "childQuantityList", arr(quantity(GREEN_BAG_1, 70, "KGM"),
                        quantity(GREEN_BAG_2, 70, "KGM"), quantity(GREEN_BAG_3, 70, "KGM"))));
        j.event(ROASTER, IMPORTER, event("ObjectEvent", "2026-11-17T10:00:00.000-08:00", "-08:00", "OBSERVE", "receiving",
                null, null, "quantityList", arr(quantity(GREEN_BAG_1, 70, "KGM"), quantity(GREEN_BAG_2, 70, "KGM"))),
                List.of(), List.of());
        j.event(ROASTER, transformation("2026-11-19T07:00:00.000-08:00", "-08:00", Vocabulary.trazoStep("roasting"),
                arr(quantity(GREEN_BAG_1, 70, "KGM"), quantity(GREEN_BAG_2, 70, "KGM")), arr(quantity(ROASTED, 119, "KGM")), "0.85"));
        j.event(ROASTER, transformation("2026-11-20T09:00:00.000-08:00", "-08:00", "commissioning",
                arr(quantity(ROASTED, 119, "KGM")), arr(quantity(RETAIL, 350, "H87")), null));
        j.event(ROASTER, event("TransactionEvent", "2026-11-21T12:00:00.000-08:00", "-08:00", "ADD", "retail_selling",
                "retail_sold", null, "quantityList", arr(quantity(RETAIL, 24, "H87")), "bizTransactionList",
                arr(obj("type", "po", "bizTransaction", "urn:trazo:po:rose-city-roasters:PO-77812"))));
    }

    private void actor(String id, String name, String roles, String country, String womenLed) {
        j.governance(RecordType.ACTOR, "2026-01-05T12:00:00.000Z", obj("id", id, "name", name,
                "roles", arr((Object[]) roles.split(",")), "attributes", obj("country", country, "womenLed", womenLed)));
    }

    private Digest certificate(String number, String claim, String standard, String actor, String plot, String volume) {
        return j.signed(RecordType.CERTIFICATE, CERTIFIER, "2026-03-10T14:00:00.000Z", obj("certificateId", number,
                "claim", claim, "standard", standard, "subject", obj("actor", actor, "plots", arr(plot)),
                "scope", "Green and cherry coffee from the named plots", "validFrom", "2026-03-01T00:00:00.000Z",
                "validUntil", "2027-03-01T00:00:00.000Z", "evidence", obj("sha256",
                        Digest.sha256(("audit report " + number).getBytes(StandardCharsets.UTF_8)).hex(), "mediaType", "application/pdf"),
                "volumeLimit", volume == null ? null : obj("amount", "12000", "uom", "KGM")));
    }

    private static JsonObject event(String type, String time, String offset, String action, String bizStep, String disposition,
            String plot, Object... rest) {
        Object[] head = {"type", type, "eventTime", time, "eventTimeZoneOffset", offset, "action", action,
                "bizStep", bizStep, "disposition", disposition, "bizLocation", plot == null ? null : obj("id", plot)};
        Object[] all = new Object[head.length + rest.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(rest, 0, all, head.length, rest.length);
        return obj(all);
    }

    private static JsonObject transformation(String time, String offset, String bizStep, JsonValue in, JsonValue out, String ratio) {
        return obj("type", "TransformationEvent", "eventTime", time, "eventTimeZoneOffset", offset, "bizStep", bizStep,
                "inputQuantityList", in, "outputQuantityList", out,
                "ilmd", ratio == null ? null : obj("trazo:conversionRatio", ratio));
    }

    private static JsonValue claim(Digest certificate, String lot) {
        return obj("certificate", certificate.hex(), "lots", arr(lot));
    }

    private static JsonValue document(String type, String id) {
        return obj("type", type, "id", id, "sha256", Digest.sha256(("document " + id).getBytes(StandardCharsets.UTF_8)).hex());
    }
}
