package io.trazo.ledger.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.ledger.encoding.JsonArray;
import io.trazo.ledger.encoding.JsonNumber;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.encoding.JsonString;
import io.trazo.ledger.encoding.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * {@link BareValues} names only the paths that may lead to a vocabulary property, and the pre-hash
 * applies its replacements while reading the event instead of walking a replaced copy: on random
 * events built from the vocabulary's own member names (and awkward ones: empty, containing a slash,
 * prefixed), both give the candidates and the pre-hash string that the first version gave.
 */
class BareValuesWalkTest {

    private static final int CASES = 5_000;
    private static final String[] KEYS = {"bizStep", "disposition", "sourceList", "destinationList", "bizTransactionList",
        "type", "sensorElementList", "sensorReport", "exception", "component", "errorDeclaration", "reason", "ilmd",
        "readPoint", "id", "quantityList", "uom", "", "sensorElementList/sensorReport", "sourceList/type", "ex:kind", "cbv:x"};
    private static final String[] VALUES = {"shipping", "in_transit", "owning_party", "Temperature", "ALARM_CONDITION",
        "gs1:WaterActivity", "cbv:BizStep-receiving", "ex:shipping", "urn:epcglobal:cbv:bizstep:shipping", "po",
        "https://ref.gs1.org/cbv/Disp-active", "active", "inspecting", "x", " shipping ", "urn:epc:id:sgln:0614141.00888.0",
        "", "cbv:BizStep-", "BizStep-shipping", "g"};
    private static final JsonContext CONTEXT = JsonContext.of(Map.of("ex", "https://ns.example.com/", "cbv", "https://ref.gs1.org/cbv/"));

    @Test
    void candidatesAndPreHashAreThoseOfTheCopyingWalk() {
        Random random = new Random(92);
        int replaced = 0;
        for (int i = 0; i < CASES; i++) {
            JsonObject event = event(random);
            BareValues bare = BareValues.of(event, CONTEXT);
            assertThat(bare.candidates()).as("%s", event).isEqualTo(ReferenceBareValues.candidates(event, CONTEXT));
            String reference = PreHashWriter.write("ObjectEvent",
                    EventTree.of(ReferenceBareValues.expand(event, CONTEXT), CONTEXT, UnaryOperator.identity()));
            String preHash = EventHashId.preHash(event, CONTEXT);
            assertThat(preHash).as("%s", event).isEqualTo(reference);
            if (!preHash.equals(PreHashWriter.write("ObjectEvent", EventTree.of(event, CONTEXT, UnaryOperator.identity())))) {
                replaced++;
            }
        }
        assertThat(replaced).as("events in which some bare value was replaced").isGreaterThan(CASES / 8);
    }

    private static JsonObject event(Random random) {
        Map<String, JsonValue> members = new LinkedHashMap<>();
        members.put("type", new JsonString("ObjectEvent"));
        members.put("eventTime", new JsonString("2026-11-15T09:00:00.000-08:00"));
        members.putAll(object(random, 0).members());
        return new JsonObject(members);
    }

    private static JsonObject object(Random random, int depth) {
        Map<String, JsonValue> members = new LinkedHashMap<>();
        for (int n = 1 + random.nextInt(5); n > 0; n--) {
            String key = KEYS[random.nextInt(KEYS.length)];
            if (!key.equals("type") || depth > 0) {
                members.put(key, value(random, depth));
            }
        }
        return new JsonObject(members);
    }

    private static JsonValue value(Random random, int depth) {
        int kind = random.nextInt(depth < 3 ? 6 : 3);
        if (kind == 0) {
            return new JsonNumber(BigDecimal.valueOf(random.nextInt(2000), random.nextInt(3)), false);
        }
        if (kind <= 2) {
            return new JsonString(VALUES[random.nextInt(VALUES.length)]);
        }
        if (kind == 3) {
            List<JsonValue> elements = new ArrayList<>();
            for (int n = random.nextInt(3); n >= 0; n--) {
                elements.add(random.nextBoolean() ? object(random, depth + 1) : new JsonString(VALUES[random.nextInt(VALUES.length)]));
            }
            return new JsonArray(elements);
        }
        return object(random, depth + 1);
    }
}
