package io.trazo.ledger.encoding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * ASCII input is handed to Jackson as bytes, anything else as decoded chars. Both paths must give
 * the same outcome for every ASCII document, valid or not: the same value, or the same refusal
 * (reason, pointer and message, which fixtures and reports show).
 */
class StrictJsonAsciiPathTest {

    private static final int CASES = 30_000;
    private static final String NOISE = "{}[],:\"\\u0123456789abcdefABCDEF.eE+- \t\n\rtrufalsn/x";
    private static final StrictJson PARSER = new StrictJson(new StrictJson.Limits(4096, 6));

    @Test
    void asciiBytesParseExactlyAsTheirDecodedChars() {
        Random random = new Random(1601);
        RandomJson trees = new RandomJson(1602);
        int refused = 0;
        for (int i = 0; i < CASES; i++) {
            byte[] doc = Jcs.canonicalize(trees.tree(random.nextInt(8)));
            for (int b = 0; b < doc.length; b++) {
                if (doc[b] < 0) {
                    doc[b] = (byte) NOISE.charAt(random.nextInt(NOISE.length()));
                }
            }
            for (int m = random.nextInt(4); m > 0 && doc.length > 0; m--) {
                doc[random.nextInt(doc.length)] = (byte) NOISE.charAt(random.nextInt(NOISE.length()));
            }
            refused += sameOutcome(doc) ? 1 : 0;
        }
        for (String doc : List.of("", " ", "{\"a\":\"\\ud800\"}", "{\"a\":1,\"a\":2}", "[1] x", "12345678901234567",
                "1e400", "1e20", "[[[[[[[[1]]]]]]]]", "{\"ok\":{\"\\ud800\":1}}",
                "{\"\\ud83d\\ude00\":\"\\ud83d\\ude00\"}", "{\"\\u00e9\":1,\"\\u00E9\":2}", "[\"\\udc00\"]", "{\"a\":[1,2,{\"b\":null}]}", "\"\\u0000\"", "tru", "{\"a\" 1}")) {
            sameOutcome(doc.getBytes(StandardCharsets.US_ASCII));
        }
        assertThat(refused).as("refused documents among the cases").isBetween(CASES / 10, CASES * 9 / 10);
    }

    /** Asserts both paths agree; true if they both refused. */
    private static boolean sameOutcome(byte[] doc) {
        String text = new String(doc, StandardCharsets.US_ASCII);
        Object fast = outcome(() -> PARSER.parse(doc));
        Object general = outcome(() -> PARSER.parseDecoded(doc));
        assertThat(fast).as(text).isEqualTo(general);
        return fast instanceof String;
    }

    private static Object outcome(java.util.function.Supplier<JsonValue> parse) {
        try {
            return parse.get();
        } catch (JsonFormatException e) {
            return e.reason() + " at '" + e.path() + "': " + e.getMessage();
        }
    }
}
