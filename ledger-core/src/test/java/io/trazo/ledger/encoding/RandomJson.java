package io.trazo.ledger.encoding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Seeded generator of JSON trees that StrictJson would accept, biased towards awkward strings. */
final class RandomJson {

    private static final String AWKWARD = "\"\\/\b\f\n\r\t\u0000\u001f\u007f\u0080\u00e9\u2028\u20ac\uFB33\uFFFD";

    private final Random random;

    RandomJson(long seed) {
        this.random = new Random(seed);
    }

    JsonValue tree(int depth) {
        int kind = random.nextInt(depth <= 0 ? 4 : 6);
        return switch (kind) {
            case 0 -> new JsonString(string());
            case 1 -> number();
            case 2 -> random.nextBoolean() ? JsonBoolean.of(random.nextBoolean()) : JsonNull.INSTANCE;
            case 3 -> new JsonString(string());
            case 4 -> {
                List<JsonValue> elements = new ArrayList<>();
                for (int i = random.nextInt(5); i > 0; i--) {
                    elements.add(tree(depth - 1));
                }
                yield new JsonArray(elements);
            }
            default -> {
                Map<String, JsonValue> members = new LinkedHashMap<>();
                for (int i = random.nextInt(6); i > 0; i--) {
                    members.put(string(), tree(depth - 1));
                }
                yield new JsonObject(members);
            }
        };
    }

    /** The same tree with every object's members in a fresh random order. */
    JsonValue shuffled(JsonValue value) {
        if (value instanceof JsonObject object) {
            List<Map.Entry<String, JsonValue>> entries = new ArrayList<>(object.members().entrySet());
            Collections.shuffle(entries, random);
            Map<String, JsonValue> members = new LinkedHashMap<>();
            entries.forEach(e -> members.put(e.getKey(), shuffled(e.getValue())));
            return new JsonObject(members);
        }
        if (value instanceof JsonArray array) {
            return new JsonArray(array.elements().stream().map(this::shuffled).toList());
        }
        return value;
    }

    private String string() {
        StringBuilder s = new StringBuilder();
        for (int i = random.nextInt(8); i > 0; i--) {
            switch (random.nextInt(5)) {
                case 0 -> s.append((char) ('a' + random.nextInt(26)));
                case 1 -> s.append(AWKWARD.charAt(random.nextInt(AWKWARD.length())));
                case 2 -> s.appendCodePoint(0x10000 + random.nextInt(0x100000));
                case 3 -> s.append((char) random.nextInt(0x20));
                default -> s.appendCodePoint(bmpNonSurrogate());
            }
        }
        return s.toString();
    }

    private int bmpNonSurrogate() {
        int c = 0x20 + random.nextInt(0xFFFE - 0x20);
        return Character.isSurrogate((char) c) ? 'z' : c;
    }

    private JsonNumber number() {
        return switch (random.nextInt(4)) {
            case 0 -> JsonNumber.of(random.nextLong() % (JsonNumber.MAX_SAFE_INTEGER + 1));
            case 1 -> JsonNumber.of(random.nextInt(200) - 100);
            case 2 -> fraction(random.nextGaussian() * Math.pow(10, random.nextInt(50) - 25));
            default -> fraction(Double.longBitsToDouble(random.nextLong()));
        };
    }

    /** Keeps out what StrictJson refuses: non-finite values and those whose canonical form is an unsafe integer. */
    private static JsonNumber fraction(double d) {
        boolean printsAsUnsafeInteger = Math.abs(d) > JsonNumber.MAX_SAFE_INTEGER && Math.abs(d) < 1e21;
        return new JsonNumber(new BigDecimal(Double.isFinite(d) && !printsAsUnsafeInteger ? d : 0.5), false);
    }
}
