package io.trazo.ledger.record;

import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.demo.CoffeeJourney;
import io.trazo.ledger.encoding.Jcs;
import io.trazo.ledger.encoding.JsonArray;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.encoding.JsonString;
import io.trazo.ledger.encoding.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * {@link SignedRecord#canonical()} is computed from the unsigned JCS bytes by splicing the
 * signatures in; the reference is the plain definition, a second JCS of the whole parsed record.
 */
class CanonicalFlagTest {

    private static final UnaryOperator<List<String>> SORTED = names -> {
        List<String> sorted = new ArrayList<>(names);
        Collections.sort(sorted);
        return sorted;
    };
    private static final UnaryOperator<List<String>> REVERSED = names -> {
        List<String> reversed = new ArrayList<>(SORTED.apply(names));
        Collections.reverse(reversed);
        return reversed;
    };

    @Test
    void everyJourneyRecordIsCanonicalAndTheFlagSaysSo() {
        for (byte[] wire : CoffeeJourney.records()) {
            assertThat(flagMatchesReference(wire)).isTrue();
        }
    }

    @Test
    void whitespaceReformattedRecordsAreNotCanonical() {
        for (JsonObject json : journey()) {
            assertThat(flagMatchesReference(write(json, SORTED, ", ", ":"))).isFalse();
            assertThat(flagMatchesReference(write(json, SORTED, ",", ": "))).isFalse();
            byte[] canonical = Jcs.canonicalize(json);
            byte[] trailingSpace = Arrays.copyOf(canonical, canonical.length + 1);
            trailingSpace[canonical.length] = ' ';
            assertThat(flagMatchesReference(trailingSpace)).isFalse();
        }
    }

    @Test
    void keyReorderedRecordsAreNotCanonical() {
        for (JsonObject json : journey()) {
            assertThat(flagMatchesReference(write(json, REVERSED, ",", ":"))).isFalse();
            assertThat(flagMatchesReference(sigsLast(json))).isFalse();
            // Same length as the canonical form, so only the byte comparison can tell.
            assertThat(flagMatchesReference(write(json, names -> names.contains("sig") ? REVERSED.apply(names)
                    : SORTED.apply(names), ",", ":"))).isFalse();
        }
    }

    @Test
    void timeTextInsideStringsAndNestedTimeMembersDoNotMisplaceTheSignatures() {
        for (JsonObject json : journey()) {
            Map<String, JsonValue> body = new LinkedHashMap<>(((JsonObject) json.members().get("body")).members());
            body.put("note", new JsonString(",\"time\":\"2020-01-01T00:00:00Z\",\"type\":\"event\""));
            body.put("zz", new JsonObject(Map.of("time", new JsonString("2020-01-01T00:00:00Z"),
                    "tags", new JsonArray(List.of(new JsonString("\"time\":\""), new JsonString(",\"time\":\""))))));
            Map<String, JsonValue> members = new LinkedHashMap<>(json.members());
            members.put("body", new JsonObject(body));
            JsonObject withTimeText = new JsonObject(members);
            assertThat(flagMatchesReference(Jcs.canonicalize(withTimeText))).isTrue();
            assertThat(flagMatchesReference(sigsLast(withTimeText))).isFalse();
            assertThat(flagMatchesReference(write(withTimeText, SORTED, ", ", ":"))).isFalse();
        }
    }

    @Test
    void randomlyReorderedAndSpacedRecordsAgreeWithTheReference() {
        Random random = new Random(8785);
        int canonical = 0;
        for (int round = 0; round < 20; round++) {
            for (JsonObject json : journey()) {
                UnaryOperator<List<String>> order = random.nextInt(3) == 0 ? SORTED : names -> {
                    List<String> shuffled = new ArrayList<>(names);
                    Collections.shuffle(shuffled, random);
                    return shuffled;
                };
                String comma = random.nextInt(4) == 0 ? ", " : ",";
                String colon = random.nextInt(4) == 0 ? " :" : ":";
                if (flagMatchesReference(write(json, order, comma, colon))) {
                    canonical++;
                }
            }
        }
        assertThat(canonical).isPositive();
    }

    /** Asserts the flag equals the reference and returns it. */
    private static boolean flagMatchesReference(byte[] wire) {
        SignedRecord parsed = RecordCodec.parse(wire);
        boolean reference = Arrays.equals(wire, Jcs.canonicalize(parsed.json()));
        assertThat(parsed.canonical()).as(new String(wire, StandardCharsets.UTF_8)).isEqualTo(reference);
        return parsed.canonical();
    }

    private static List<JsonObject> journey() {
        return CoffeeJourney.records().stream().map(w -> RecordCodec.parse(w).json()).toList();
    }

    /** JCS except that the signatures come last, as a writer that appends them would put them. */
    private static byte[] sigsLast(JsonObject json) {
        return write(json, names -> {
            List<String> order = SORTED.apply(names);
            if (order.remove(RecordHashing.SIGNATURES_MEMBER)) {
                order.add(RecordHashing.SIGNATURES_MEMBER);
            }
            return order;
        }, ",", ":");
    }

    /** Writes {@code value} with the member order and separators given, strings and numbers as JCS writes them. */
    private static byte[] write(JsonValue value, UnaryOperator<List<String>> order, String comma, String colon) {
        StringBuilder out = new StringBuilder();
        write(value, order, comma, colon, out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void write(JsonValue value, UnaryOperator<List<String>> order, String comma, String colon,
            StringBuilder out) {
        if (value instanceof JsonObject object) {
            out.append('{');
            String separator = "";
            for (String name : order.apply(new ArrayList<>(object.members().keySet()))) {
                out.append(separator);
                write(new JsonString(name), order, comma, colon, out);
                out.append(colon);
                write(object.members().get(name), order, comma, colon, out);
                separator = comma;
            }
            out.append('}');
        } else if (value instanceof JsonArray array) {
            out.append('[');
            String separator = "";
            for (JsonValue element : array.elements()) {
                out.append(separator);
                write(element, order, comma, colon, out);
                separator = comma;
            }
            out.append(']');
        } else {
            out.append(new String(Jcs.canonicalize(value), StandardCharsets.UTF_8));
        }
    }
}
