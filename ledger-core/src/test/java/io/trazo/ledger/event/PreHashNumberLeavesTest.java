package io.trazo.ledger.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.ledger.encoding.JsonFormatException;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.encoding.StrictJson;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * JSON numbers reach the pre-hash writer already in canonical form and are written as they are,
 * where {@link ReferencePreHashWriter} canonicalises every leaf again: on random events whose numbers
 * (integers up to 2<sup>53</sup>, fractions, exponents, negatives) stand where the canonical order
 * expects values, timestamps and groups, and in extensions and the typed lists, both write the same
 * string or refuse alike.
 */
class PreHashNumberLeavesTest {

    private static final int CASES = 20_000;
    private static final String[] PLACES = {
        "\"quantityList\":[{\"epcClass\":\"urn:epc:class:lgtin:4012345.012345.998877\",\"quantity\":%s,\"uom\":\"KGM\"}]",
        "\"sensorElementList\":[{\"sensorMetadata\":{\"time\":%s},\"sensorReport\":[{\"type\":\"Temperature\",\"value\":%s}]}]",
        "\"ex:weight\":%s", "\"ilmd\":{\"ex:altitude\":%s,\"ex:list\":[%s,%s]}", "\"bizStep\":%s", "\"readPoint\":{\"id\":%s}",
        "\"bizTransactionList\":[{\"type\":%s,\"bizTransaction\":%s}]", "\"eventTimeZoneOffset\":%s", "\"childEPCs\":[%s]",
        "\"ex:text\":\" %s \"", "\"ex:nested\":{\"ex:deeper\":{\"value\":%s}}"};
    private static final JsonContext CONTEXT = JsonContext.of(java.util.Map.of("ex", "https://ns.example.com/"));

    @Test
    void numbersWrittenAsTheyCameGiveTheStringThatCanonicalisingThemAgainGives() {
        Random random = new Random(98);
        int compared = 0;
        for (int i = 0; i < CASES; i++) {
            StringBuilder json = new StringBuilder("{\"type\":\"ObjectEvent\",\"eventTime\":\"2026-11-15T09:00:00Z\"");
            for (int p = 1 + random.nextInt(4); p > 0; p--) {
                String place = PLACES[random.nextInt(PLACES.length)];
                json.append(',').append(place.replace("%s", number(random)));
            }
            JsonObject event;
            try {
                event = (JsonObject) StrictJson.parseRecord(json.append('}').toString().getBytes(StandardCharsets.UTF_8));
            } catch (JsonFormatException e) {
                continue; // a repeated member or an unsafe integer: not an event anyone can sign
            }
            String type = "ObjectEvent";
            String fast = outcome(() -> PreHashWriter.write(type, EventTree.of(event, CONTEXT, s -> s)));
            String general = outcome(() -> ReferencePreHashWriter.write(type, EventTree.of(event, CONTEXT, s -> s)));
            assertThat(fast).as("%s", json).isEqualTo(general);
            compared++;
        }
        assertThat(compared).as("events compared").isGreaterThan(CASES / 2);
    }

    private static String number(Random random) {
        return switch (random.nextInt(8)) {
            case 0 -> Long.toString(random.nextLong() % (1L << 53));
            case 1 -> Long.toString(random.nextInt(2000) - 1000);
            case 2 -> (random.nextBoolean() ? "-" : "") + random.nextInt(100000) + "." + random.nextInt(100000);
            case 3 -> random.nextInt(1000) + "e" + (random.nextInt(60) - 30);
            case 4 -> "0." + "0".repeat(random.nextInt(8)) + (1 + random.nextInt(999));
            case 5 -> random.nextInt(10) + "." + random.nextInt(10) + "E+" + random.nextInt(25);
            case 6 -> Long.toString((1L << 53) - random.nextInt(1000)) + (random.nextBoolean() ? ".0" : "");
            default -> random.nextInt(100) + ".50";
        };
    }

    private static String outcome(Supplier<String> write) {
        try {
            return write.get();
        } catch (EventHashException e) {
            return "refused: " + e.getMessage();
        }
    }
}
