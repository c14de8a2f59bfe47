package io.trazo.query.bench;

import static io.trazo.demo.DemoParties.*;
import static io.trazo.ledger.encoding.Json.arr;
import static io.trazo.ledger.encoding.Json.obj;

import io.trazo.demo.CoffeeJourney;
import io.trazo.demo.DemoParties;
import io.trazo.demo.JourneyBuilder;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.encoding.JsonString;
import io.trazo.ledger.encoding.JsonValue;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.RecordType;
import io.trazo.ledger.record.SignedRecord;
import io.trazo.ledger.event.Vocabulary;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Realistic, valid journeys for the benchmark: each unit is two export lots (10 farm harvests merged at a
 * wet mill, dried, dry-milled into bags, shipped in a container, cleared and unpacked), whose bags are
 * roasted together, cupped, commissioned into a retail lot, stored and sold. A retail lot's ancestry is
 * 65 records across three merges (issue 17's audit target names a 65-record upstream). Each harvest
 * carries the claims its farm's demo certificates support (women-produced; EUDR deforestation-free), so
 * an audit judges 20 claims per retail lot; none claims the volume-capped organic certificate, whose cap
 * a store of this size would exceed. Signed with the demo keys, which the demo registry registers.
 */
final class JourneyGenerator {

    static final int FARMS_PER_EXPORT = 10;
    static final int RECORDS_PER_UNIT = 65;
    private static final Instant START = Instant.parse("2026-03-01T00:00:00Z");
    private final DemoParties parties = new DemoParties();
    private final Map<String, String> certificates = demoCertificates();

    /** The demo journey's certificate record hashes by claim (the benchmark store holds the demo journey). */
    private static Map<String, String> demoCertificates() {
        Map<String, String> byClaim = new HashMap<>();
        for (byte[] wire : CoffeeJourney.records()) {
            SignedRecord r = RecordCodec.parse(wire);
            if (r.type() == RecordType.CERTIFICATE) {
                byClaim.put(((JsonString) r.body().get("claim").orElseThrow()).value(), r.hash().hex());
            }
        }
        return byClaim;
    }

    private JsonValue claim(String kind, String lot) {
        return obj("certificate", certificates.get(kind), "lots", arr(lot));
    }

    static String retail(int unit) {
        return "urn:epc:class:lgtin:0614141.077777.R" + unit;
    }

    /** The records of one unit, in an order a ledger accepts them. */
    List<byte[]> unit(int u) {
        JourneyBuilder j = new JourneyBuilder(parties);
        Instant t = START.plus(u * 20L, ChronoUnit.SECONDS);
        List<String> bags = new ArrayList<>();
        for (int e = 0; e < 2; e++) {
            bags.add(export(j, u, e, t.plus(e, ChronoUnit.MINUTES)));
        }
        Instant r = t.plus(60, ChronoUnit.DAYS);
        j.event(ROASTER, null, transformation(r, Vocabulary.trazoStep("roasting"), arr(qty(bags.get(0), 70), qty(bags.get(1), 70)),
                arr(qty(roasted(u), 119))), List.of(), List.of());
        j.event(ROASTER, null, object(r.plus(4, ChronoUnit.HOURS), "OBSERVE", Vocabulary.trazoStep("cupping"), null, null,
                arr(qty(roasted(u), 119))), List.of(), List.of());
        j.event(ROASTER, null, transformation(r.plus(1, ChronoUnit.DAYS), "commissioning", arr(qty(roasted(u), 119)),
                arr(obj("epcClass", retail(u), "quantity", 350, "uom", "H87"))), List.of(), List.of());
        j.event(ROASTER, null, object(r.plus(1, ChronoUnit.DAYS).plus(2, ChronoUnit.HOURS), "OBSERVE", "storing", null, null,
                arr(obj("epcClass", retail(u), "quantity", 350, "uom", "H87"))), List.of(), List.of());
        j.event(ROASTER, null, obj("type", "TransactionEvent", "eventTime", time(r.plus(2, ChronoUnit.DAYS)), "eventTimeZoneOffset", "+00:00",
                "action", "ADD", "bizStep", "retail_selling", "disposition", "retail_sold", "quantityList",
                arr(obj("epcClass", retail(u), "quantity", 24, "uom", "H87")), "bizTransactionList",
                arr(obj("type", "po", "bizTransaction", "urn:trazo:po:rose-city-roasters:PO-" + u))), List.of(), List.of());
        return j.records();
    }

    private String export(JourneyBuilder j, int u, int e, Instant t) {
        List<Object> cherries = new ArrayList<>();
        for (int f = 0; f < FARMS_PER_EXPORT; f++) {
            String farm = f % 2 == 0 ? FARM_WOMEN : FARM_ORGANIC;
            String plot = f % 2 == 0 ? CoffeeJourney.PLOT_WOMEN : CoffeeJourney.PLOT_ORGANIC;
            String lot = (f % 2 == 0 ? "urn:trazo:lot:asomucafe-villamaria:cherry-" : "urn:trazo:lot:finca-el-mirador:cherry-") + u + "-" + e + "-" + f;
            Instant h = t.plus(f, ChronoUnit.HOURS);
            List<JsonValue> claims = f % 2 == 0 ? List.of(claim("women_produced", lot)) : List.of(claim("eudr_deforestation_free", lot));
            j.event(farm, null, object(h, "ADD", Vocabulary.trazoStep("harvesting"), null, plot, arr(qty(lot, 500 + f))), claims, List.of());
            j.event(COOPERATIVE, farm, object(h.plus(30, ChronoUnit.MINUTES), "OBSERVE", "receiving", null, null, arr(qty(lot, 500 + f))),
                    List.of(), List.of());
            cherries.add(qty(lot, 500 + f));
        }
        String parchment = "urn:trazo:lot:coop-cafeteros-caldas:parchment-" + u + "-" + e;
        Instant m = t.plus(1, ChronoUnit.DAYS);
        j.event(COOPERATIVE, null, transformation(m, Vocabulary.trazoStep("wet_milling"), arr(cherries.toArray()), arr(qty(parchment, 800))),
                List.of(), List.of());
        j.event(COOPERATIVE, null, object(m.plus(10, ChronoUnit.DAYS), "OBSERVE", Vocabulary.trazoStep("drying"), null, null,
                arr(qty(parchment, 800))), List.of(), List.of());
        j.event(EXPORTER, COOPERATIVE, object(m.plus(12, ChronoUnit.DAYS), "OBSERVE", "receiving", null, null, arr(qty(parchment, 800))),
                List.of(), List.of());
        String bag = "urn:epc:class:lgtin:7709876.054321.U" + u + "E" + e + "-1";
        String bag2 = "urn:epc:class:lgtin:7709876.054321.U" + u + "E" + e + "-2";
        j.event(EXPORTER, null, transformation(m.plus(14, ChronoUnit.DAYS), Vocabulary.trazoStep("dry_milling"), arr(qty(parchment, 800)),
                arr(qty(bag, 70), qty(bag2, 70))), List.of(), List.of());
        // serials from 5,000,000,000 up: clear of the demo journey's container (…0000004211), which the benchmark store also holds
        String container = String.format("urn:epc:id:sscc:7709876.%010d", 5_000_000_000L + u * 2L + e);
        Instant c = m.plus(16, ChronoUnit.DAYS);
        j.event(EXPORTER, null, aggregation(c, "ADD", "packing", container, bag, bag2), List.of(), List.of());
        j.event(EXPORTER, CARRIER, containerEvent(c.plus(2, ChronoUnit.DAYS), "shipping", "in_transit", container), List.of(), List.of());
        j.event(IMPORTER, CARRIER, containerEvent(c.plus(20, ChronoUnit.DAYS), "receiving", "in_progress", container), List.of(), List.of());
        j.event(CUSTOMS, null, containerEvent(c.plus(21, ChronoUnit.DAYS), Vocabulary.trazoStep("customs_clearing"), null, container),
                List.of(), List.of());
        j.event(IMPORTER, null, aggregation(c.plus(22, ChronoUnit.DAYS), "DELETE", "unpacking", container, bag, bag2), List.of(), List.of());
        j.event(ROASTER, IMPORTER, object(c.plus(25, ChronoUnit.DAYS), "OBSERVE", "receiving", null, null, arr(qty(bag, 70))), List.of(), List.of());
        return bag;
    }

    private static String roasted(int u) {
        return "urn:trazo:lot:rose-city-roasters:roast-" + u;
    }

    private static JsonObject qty(String lot, long kg) {
        return obj("epcClass", lot, "quantity", kg, "uom", "KGM");
    }

    private static String time(Instant t) {
        return t.truncatedTo(ChronoUnit.MILLIS).toString().replace("Z", ".000Z").replaceAll("\\.(\\d{3})\\.000Z", ".$1Z");
    }

    private static JsonObject object(Instant t, String action, String bizStep, String disposition, String plot, Object quantities) {
        return obj("type", "ObjectEvent", "eventTime", time(t), "eventTimeZoneOffset", "+00:00", "action", action, "bizStep", bizStep,
                "disposition", disposition, "bizLocation", plot == null ? null : obj("id", plot), "quantityList", quantities);
    }

    private static JsonObject containerEvent(Instant t, String bizStep, String disposition, String container) {
        return obj("type", "ObjectEvent", "eventTime", time(t), "eventTimeZoneOffset", "+00:00", "action", "OBSERVE", "bizStep", bizStep,
                "disposition", disposition, "epcList", arr(container));
    }

    private static JsonObject aggregation(Instant t, String action, String bizStep, String container, String bag, String bag2) {
        return obj("type", "AggregationEvent", "eventTime", time(t), "eventTimeZoneOffset", "+00:00", "action", action, "bizStep", bizStep,
                "parentID", container, "childQuantityList", arr(qty(bag, 70), qty(bag2, 70)));
    }

    private static JsonObject transformation(Instant t, String bizStep, Object in, Object out) {
        return obj("type", "TransformationEvent", "eventTime", time(t), "eventTimeZoneOffset", "+00:00", "bizStep", bizStep,
                "inputQuantityList", in, "outputQuantityList", out);
    }
}
