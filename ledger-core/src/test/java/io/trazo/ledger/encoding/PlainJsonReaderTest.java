package io.trazo.ledger.encoding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link PlainJsonReader} may only ever accept: whatever it reads must be the value Jackson's path
 * gives for the same bytes (which must not refuse them), its canonical flag must be exactly
 * "the bytes are JCS of that value", and {@link RecordJson}'s cut must be exactly
 * {@link Jcs#canonicalizeWithout}. Giving up is always allowed; the counts below keep the reader from
 * passing by giving up on everything.
 */
class PlainJsonReaderTest {

    private static final int CASES = 20_000;
    private static final StrictJson.Limits LIMITS = new StrictJson.Limits(4096, 6);
    private static final StrictJson PARSER = new StrictJson(LIMITS);
    private static final String NOISE = "{}[],:\"0123456789.eE+- \t\n\rtrufalsnx";

    private int accepted;
    private int acceptedCanonical;

    @Test
    void whatThePlainReaderAcceptsIsWhatTheTokeniserReadsAndCanonicalMeansJcs() {
        Random random = new Random(1701);
        RandomJson trees = new RandomJson(1702);
        int canonicalInputs = 0;
        for (int i = 0; i < CASES; i++) {
            JsonValue tree = trees.tree(1 + random.nextInt(6));
            byte[] canonical = plain(Jcs.canonicalize(tree), random);
            check(canonical);
            canonicalInputs++;
            check(spaced(canonical, random));
            check(inMemberOrder(trees.shuffled(tree), random));
            byte[] noisy = canonical.clone();
            for (int m = 1 + random.nextInt(3); m > 0; m--) {
                noisy[random.nextInt(noisy.length)] = (byte) NOISE.charAt(random.nextInt(NOISE.length()));
            }
            check(noisy);
        }
        assertThat(acceptedCanonical).as("canonical documents read by the plain reader").isGreaterThan(canonicalInputs / 8);
        assertThat(accepted - acceptedCanonical).as("non-canonical documents read by the plain reader").isGreaterThan(CASES / 4);
    }

    @Test
    void edgeCasesOfNumbersNamesAndLayout() {
        for (String doc : List.of("{}", "[]", "{\"a\":-0}", "{\"a\":0}", "{\"a\":-0.0}", "{\"a\":1.50}", "{\"a\":1.5}", "{\"a\":0.000001}",
                "{\"a\":0.0000001}", "{\"a\":1e2}", "{\"a\":1E2}", "{\"b\":1,\"a\":2}", "{\"a\":1,\"a\":1}", "{\"a\":01}", "{\"a\":-}",
                "{\"a\":1.}", "{\"a\":.5}", "{\"a\":+1}", "[1,]", "[,1]", "{\"a\":tru}", "{\"a\":nul}", "{\"a\":\"x\u007f\"}", " {}", "{} ",
                "{}x", "{}{}", "[[[[[[1]]]]]]", "[[[[[1]]]]]", "{\"a\":12345678901234567}", "{\"a\":9007199254740992}",
                "{\"a\":-9007199254740991}", "{\"a\":9007199254740991}", "{\"a\":123456789012.345}", "{\"a\":1234567890123.456}",
                "{\"a\":100000000000000.0}", "{\"a\":\"\t\"}", "{\"a\":\"\\n\"}", "{\"a\" :1}", "{\"a\":1 }", "{\"a\"}", "{\"a\":}", "{\"a\":1,}",
                "{\"sigs\":[],\"a\":1}", "{\"a\":1,\"sigs\":[2,{\"x\":3}]}", "{\"sigs\":{}}", "{\"A\":1,\"a\":2}", "{\"a\":2,\"A\":1}", "{\"\":1}", "[\"")) {
            check(doc.getBytes(StandardCharsets.ISO_8859_1));
        }
        // what ends a plain run, at every place within the eight-byte steps and the bytes after them
        for (String special : List.of("\\u0041", "\\\"", "\u00e9", "\u20ac", "\t", "\u007f", "\"")) {
            for (int k = 0; k < 20; k++) {
                check(("{\"a\":\"" + "x".repeat(k) + special + "y".repeat(20 - k) + "\"}").getBytes(StandardCharsets.UTF_8));
            }
        }
        assertThat(read("{\"b\":1,\"a\":2}").canonical).isFalse();
        assertThat(read("{\"a\":1.50}").canonical).isFalse();
        assertThat(read("{\"a\":-0}").canonical).isFalse();
        assertThat(read("{\"a\":1 }").canonical).isFalse();
        assertThat(read("{\"a\":1.5,\"b\":[true,false,null,\"x\"]}").canonical).isTrue();
        assertThat(read("{\"a\":0.000001}").canonical).isTrue();
    }

    private static PlainJsonReader.Read read(String doc) {
        return PlainJsonReader.read(doc.getBytes(StandardCharsets.ISO_8859_1), LIMITS);
    }

    private void check(byte[] doc) {
        String text = new String(doc, StandardCharsets.ISO_8859_1);
        PlainJsonReader.Read read = PlainJsonReader.read(doc, LIMITS);
        if (read == null) {
            return;
        }
        accepted++;
        Object general;
        try {
            general = PARSER.parseTokens(doc);
        } catch (JsonFormatException e) {
            general = e.reason() + ": " + e.getMessage();
        }
        assertThat(read.value).as(text).isEqualTo(general);
        if (general instanceof JsonValue value) {
            assertThat(inOrder(read.value)).as("members in order in " + text).isEqualTo(inOrder(value));
        }
        boolean jcs = Arrays.equals(Jcs.canonicalize(read.value), doc);
        assertThat(read.canonical).as("canonical flag of " + text).isEqualTo(jcs);
        if (jcs && read.value instanceof JsonObject object) {
            acceptedCanonical++;
            RecordJson record = RecordJson.read(doc);
            assertThat(record.shownCanonical()).as(text).isTrue();
            List<String> names = new ArrayList<>(object.members().keySet());
            names.add("absent");
            for (String name : names) {
                assertThat(new String(record.canonicalWithout(name), StandardCharsets.UTF_8)).as(text + " without " + name)
                        .isEqualTo(new String(Jcs.canonicalizeWithout(object, name), StandardCharsets.UTF_8));
                java.security.MessageDigest inPlace = sha256();
                record.canonicalWithoutInto(name, inPlace);
                assertThat(inPlace.digest()).as(text + " hashed without " + name)
                        .isEqualTo(sha256().digest(Jcs.canonicalizeWithout(object, name)));
            }
        }
    }

    @Test
    void decimalsReadAsTheTokeniserReadsThemAndAreCanonicalExactlyWhenJcsWritesThemSo() {
        int read = accepted;
        for (String sign : List.of("", "-")) {
            for (String whole : List.of("0", "1", "7", "10", "100", "123456789", "12345678901234", "123456789012345")) {
                for (int zeros = 0; zeros <= 8; zeros++) {
                    for (String digits : List.of("", "0", "5", "50", "05", "123", "1230", "999999")) {
                        String fraction = "0".repeat(zeros) + digits;
                        if (!fraction.isEmpty()) {
                            check(("{\"a\":" + sign + whole + "." + fraction + "}").getBytes(StandardCharsets.ISO_8859_1));
                            check(("[" + sign + whole + "." + fraction + "]").getBytes(StandardCharsets.ISO_8859_1));
                        }
                    }
                }
            }
        }
        assertThat(accepted - read).as("decimals the plain reader read").isGreaterThan(1000);
        assertThat(acceptedCanonical).as("of them canonical").isGreaterThan(100);
    }

    @Test
    void objectsOfAnySizeKeepTheirMembersInOrderAndRefuseADuplicateWhereverItIs() {
        for (int n = 0; n <= 2 * FewMembers.MAX + 1; n++) {
            StringBuilder doc = new StringBuilder("{");
            for (int i = 0; i < n; i++) {
                doc.append(i == 0 ? "" : ",").append("\"m").append((char) ('z' - i)).append("\":").append(i);
            }
            check(doc.append('}').toString().getBytes(StandardCharsets.ISO_8859_1));
            for (int at = 0; at < n; at++) {
                // a duplicate, before and after the object outgrows the small form
                String twice = doc.substring(0, doc.length() - 1) + ",\"m" + (char) ('z' - at) + "\":0}";
                assertThat(read(twice)).as(twice).isNull();
                check(twice.getBytes(StandardCharsets.ISO_8859_1));
            }
        }
    }

    @Test
    void aReadObjectsMembersBehaveAsAnInsertionOrderedMap() {
        JsonObject read = (JsonObject) read("{\"type\":\"x\",\"v\":2,\"a\":[],\"tyqe\":null}").value;
        Map<String, JsonValue> expected = new java.util.LinkedHashMap<>();
        expected.put("type", new JsonString("x"));
        expected.put("v", JsonNumber.of(2));
        expected.put("a", new JsonArray(List.of()));
        expected.put("tyqe", JsonNull.INSTANCE);
        Map<String, JsonValue> members = read.members();
        assertThat(members).isEqualTo(expected).hasSameHashCodeAs(expected).hasToString(expected.toString());
        assertThat(expected).isEqualTo(members);
        assertThat(members.keySet()).containsExactlyElementsOf(expected.keySet()).contains("tyqe").doesNotContain("typ", "types");
        assertThat(members.entrySet()).containsExactlyElementsOf(expected.entrySet());
        assertThat(members.values()).containsExactlyElementsOf(expected.values());
        assertThat(members.get("tyqe")).isEqualTo(JsonNull.INSTANCE);
        assertThat(members.get("typ")).isNull();
        assertThat(members.containsKey("v")).isTrue();
        assertThat(members.containsKey("w")).isFalse();
        List<String> seen = new ArrayList<>();
        members.forEach((name, value) -> seen.add(name + "=" + value));
        assertThat(seen).containsExactly("type=" + new JsonString("x"), "v=" + JsonNumber.of(2), "a=" + new JsonArray(List.of()),
                "tyqe=" + JsonNull.INSTANCE);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> members.put("b", JsonNull.INSTANCE))
                .isInstanceOf(UnsupportedOperationException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> members.keySet().iterator().remove())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    /** Every object's member names, depth first, in the order its map gives them by each way of walking it. */
    private static String inOrder(JsonValue value) {
        StringBuilder out = new StringBuilder();
        if (value instanceof JsonObject object) {
            out.append('{').append(object.members().keySet()).append(';');
            object.members().forEach((name, member) -> out.append(name).append(',').append(inOrder(member)));
            object.members().entrySet().forEach(e -> out.append(e.getKey()).append(';'));
            out.append('}');
        } else if (value instanceof JsonArray array) {
            array.elements().forEach(e -> out.append(inOrder(e)));
        }
        return out.toString();
    }

    private static java.security.MessageDigest sha256() {
        try {
            return java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    /** The bytes with what the plain reader never reads (non-ASCII, escapes) replaced by plain letters. */
    private static byte[] plain(byte[] jcs, Random random) {
        String text = new String(jcs, StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++; // an escape stands for one char
                out.append((char) ('a' + random.nextInt(26)));
            } else {
                out.append(c < 0x80 ? c : (char) ('a' + random.nextInt(26)));
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Whitespace inserted after a few structural bytes outside strings. */
    private static byte[] spaced(byte[] doc, Random random) {
        StringBuilder out = new StringBuilder();
        boolean inString = false;
        for (byte b : doc) {
            out.append((char) b);
            inString ^= b == '"';
            if (!inString && (b == '{' || b == ',' || b == ':' || b == '[') && random.nextInt(4) == 0) {
                out.append(" \t\n\r".charAt(random.nextInt(4)));
            }
        }
        return out.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** JCS except that members keep the tree's own order. */
    private static byte[] inMemberOrder(JsonValue value, Random random) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return plain(out.toString().getBytes(StandardCharsets.UTF_8), random);
    }

    private static void write(JsonValue value, StringBuilder out) {
        if (value instanceof JsonObject object) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, JsonValue> e : object.members().entrySet()) {
                out.append(first ? "" : ",").append(new String(Jcs.canonicalize(new JsonString(e.getKey())), StandardCharsets.UTF_8)).append(':');
                write(e.getValue(), out);
                first = false;
            }
            out.append('}');
        } else if (value instanceof JsonArray array) {
            out.append('[');
            for (int i = 0; i < array.elements().size(); i++) {
                out.append(i == 0 ? "" : ",");
                write(array.elements().get(i), out);
            }
            out.append(']');
        } else {
            out.append(new String(Jcs.canonicalize(value), StandardCharsets.UTF_8));
        }
    }
}
