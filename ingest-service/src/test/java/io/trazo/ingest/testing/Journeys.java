package io.trazo.ingest.testing;

import static io.trazo.demo.DemoParties.CARRIER;
import static io.trazo.demo.DemoParties.COOPERATIVE;
import static io.trazo.demo.DemoParties.EXPORTER;
import static io.trazo.demo.DemoParties.FARM_ORGANIC;
import static io.trazo.demo.DemoParties.FARM_WOMEN;
import static io.trazo.ledger.encoding.Json.arr;
import static io.trazo.ledger.encoding.Json.obj;

import io.trazo.demo.CoffeeJourney;
import io.trazo.demo.DemoParties;
import io.trazo.demo.JourneyBuilder;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.encoding.JsonValue;
import io.trazo.ledger.event.Vocabulary;
import java.util.ArrayList;
import java.util.List;

/**
 * Many journeys like the demo's, each on its own lots: two harvests, two co-signed receivings, a
 * wet-mill merge of both cherry lots, drying, a co-signed handover, a dry-mill split into three bags,
 * packing into a container and a co-signed shipment. The merge and the split touch lots whose keys
 * ({@link io.trazo.append.RecordKeys}) fall on different partitions, so ingest must defer and
 * retry them, as it would in production. Deterministic: journey {@code n} has the same bytes on every run.
 */
public final class Journeys {

    /** Records per generated journey. */
    public static final int RECORDS_PER_JOURNEY = 10;

    private Journeys() {}

    /** The demo journey (which registers every actor and key), then {@code count} generated journeys. */
    public static List<byte[]> withDemo(int count) {
        List<byte[]> all = new ArrayList<>(CoffeeJourney.records());
        all.addAll(generated(0, count));
        return all;
    }

    /** Journeys {@code from} to {@code from + count - 1}, in an order a ledger could accept; needs the demo's registry. */
    public static List<byte[]> generated(int from, int count) {
        JourneyBuilder j = new JourneyBuilder(new DemoParties());
        for (int n = from; n < from + count; n++) {
            journey(j, n);
        }
        return j.records();
    }

    private static void journey(JourneyBuilder j, int n) {
        String women = "urn:trazo:lot:asomucafe-villamaria:cherry-g" + n;
        String organic = "urn:trazo:lot:finca-el-mirador:cherry-g" + n;
        String parchment = "urn:trazo:lot:coop-cafeteros-caldas:parchment-g" + n;
        String[] bags = {"urn:trazo:lot:exportadora-andina:green-g" + n + "-1", "urn:trazo:lot:exportadora-andina:green-g" + n + "-2",
                "urn:trazo:lot:exportadora-andina:green-g" + n + "-3"};
        String container = String.format("urn:epc:id:sscc:7709876.%010d", 5_000_000L + n);
        j.event(FARM_WOMEN, object("2026-10-06T07:30:00.000-05:00", "ADD", Vocabulary.trazoStep("harvesting"), q(women, 1250)));
        j.event(FARM_ORGANIC, object("2026-10-07T06:45:00.000-05:00", "ADD", Vocabulary.trazoStep("harvesting"), q(organic, 980)));
        j.event(COOPERATIVE, FARM_WOMEN, object("2026-10-07T16:10:00.000-05:00", "OBSERVE", "receiving", q(women, 1250)), List.of(), List.of());
        j.event(COOPERATIVE, FARM_ORGANIC, object("2026-10-07T15:20:00.000-05:00", "OBSERVE", "receiving", q(organic, 980)), List.of(),
                List.of());
        j.event(COOPERATIVE, transformation("2026-10-08T09:00:00.000-05:00", Vocabulary.trazoStep("wet_milling"),
                arr(q(women, 1250), q(organic, 980)), arr(q(parchment, 446))));
        j.event(COOPERATIVE, object("2026-10-20T17:00:00.000-05:00", "OBSERVE", Vocabulary.trazoStep("drying"), q(parchment, 446)));
        j.event(EXPORTER, COOPERATIVE, object("2026-10-22T11:00:00.000-05:00", "OBSERVE", "receiving", q(parchment, 446)), List.of(),
                List.of());
        j.event(EXPORTER, transformation("2026-10-24T10:00:00.000-05:00", Vocabulary.trazoStep("dry_milling"), arr(q(parchment, 446)),
                arr(q(bags[0], 70), q(bags[1], 70), q(bags[2], 70))));
        j.event(EXPORTER, obj("type", "AggregationEvent", "eventTime", "2026-10-27T08:00:00.000-05:00", "eventTimeZoneOffset", "-05:00",
                "action", "ADD", "bizStep", "packing", "parentID", container, "childQuantityList", arr(q(bags[0], 70), q(bags[1], 70),
                        q(bags[2], 70))));
        j.event(EXPORTER, CARRIER, obj("type", "ObjectEvent", "eventTime", "2026-10-29T14:00:00.000-05:00", "eventTimeZoneOffset", "-05:00",
                "action", "OBSERVE", "bizStep", "shipping", "disposition", "in_transit", "epcList", arr(container)), List.of(), List.of());
    }

    private static JsonObject object(String time, String action, String bizStep, JsonValue quantity) {
        return obj("type", "ObjectEvent", "eventTime", time, "eventTimeZoneOffset", "-05:00", "action", action, "bizStep", bizStep,
                "quantityList", arr(quantity));
    }

    private static JsonObject transformation(String time, String bizStep, JsonValue in, JsonValue out) {
        return obj("type", "TransformationEvent", "eventTime", time, "eventTimeZoneOffset", "-05:00", "bizStep", bizStep,
                "inputQuantityList", in, "outputQuantityList", out);
    }

    private static JsonObject q(String lot, long kg) {
        return obj("epcClass", lot, "quantity", kg, "uom", "KGM");
    }
}
