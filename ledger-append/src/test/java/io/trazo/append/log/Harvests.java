package io.trazo.append.log;

import static io.trazo.ledger.encoding.Json.arr;
import static io.trazo.ledger.encoding.Json.obj;

import io.trazo.demo.CoffeeJourney;
import io.trazo.demo.DemoParties;
import io.trazo.demo.JourneyBuilder;
import io.trazo.ledger.event.Vocabulary;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo journey (which registers every party) followed by {@code count} harvests, each on its own
 * lot: enough leaves for full tiles (256 per tile) without cross-lot links. Deterministic.
 */
public final class Harvests {

    private Harvests() {}

    public static List<byte[]> afterTheJourney(int count) {
        List<byte[]> all = new ArrayList<>(CoffeeJourney.records());
        JourneyBuilder j = new JourneyBuilder(new DemoParties());
        for (int n = 0; n < count; n++) {
            j.event(DemoParties.FARM_WOMEN, obj("type", "ObjectEvent", "eventTime", "2026-10-06T07:30:00.000-05:00",
                    "eventTimeZoneOffset", "-05:00", "action", "ADD", "bizStep", Vocabulary.trazoStep("harvesting"),
                    "quantityList", arr(obj("epcClass", "urn:trazo:lot:asomucafe-villamaria:cherry-h" + n, "quantity", 100 + n,
                            "uom", "KGM"))));
        }
        all.addAll(j.records());
        return all;
    }
}
