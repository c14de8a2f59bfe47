package io.trazo.ledger.encoding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The parser's shortcuts give the values the general path gave: integers read as a long rather than
 * as a decimal text, and parsed objects that keep their member map instead of copying it, while an
 * object built from any other map still copies it; and the ASCII check that picks Jackson's byte reader
 * sees a byte of 0x80 or above wherever it is, and the backslash check, which lets ASCII input skip the
 * lone-surrogate scans, sees a backslash wherever it is and nothing else.
 */
class StrictJsonFastPathsTest {

    private static final int CASES = 20_000;

    @Test
    void integersReadAsLongsEqualTheirDecimalText() {
        Random random = new Random(94);
        for (int i = 0; i < CASES; i++) {
            String text = (random.nextBoolean() ? "-" : "") + digits(random, 1 + random.nextInt(16));
            BigDecimal expected = new BigDecimal(text);
            if (expected.abs().compareTo(BigDecimal.valueOf(JsonNumber.MAX_SAFE_INTEGER)) <= 0) {
                JsonValue parsed = ((JsonArray) StrictJson.parseRecord(("[" + text + "]").getBytes(StandardCharsets.UTF_8))).elements().get(0);
                assertThat(parsed).as(text).isEqualTo(new JsonNumber(expected, true));
            }
        }
        for (String text : new String[] {"0", "-0", "9007199254740991", "-9007199254740991", "1"}) {
            assertThat(((JsonArray) StrictJson.parseRecord(("[" + text + "]").getBytes(StandardCharsets.UTF_8))).elements().get(0))
                    .as(text).isEqualTo(new JsonNumber(new BigDecimal(text), true));
        }
    }

    @Test
    void parsedObjectsAreUnmodifiableAndObjectsFromOtherMapsStillCopyThem() {
        JsonObject parsed = (JsonObject) StrictJson.parseRecord("{\"b\":1,\"a\":{\"c\":[]}}".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> parsed.members().put("z", JsonNull.INSTANCE)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(parsed.members().keySet()).containsExactly("b", "a");

        Map<String, JsonValue> source = new LinkedHashMap<>(Map.of("a", JsonBoolean.TRUE));
        JsonObject built = new JsonObject(source);
        source.put("b", JsonBoolean.FALSE);
        assertThat(built.members()).containsOnlyKeys("a");
    }

    @Test
    void theWordAtATimeAsciiCheckFindsANonAsciiByteAtEveryPosition() {
        Random random = new Random(95);
        for (int length = 0; length <= 40; length++) {
            byte[] ascii = new byte[length];
            for (int i = 0; i < length; i++) {
                ascii[i] = (byte) random.nextInt(0x80);
            }
            assertThat(InputBytes.isAscii(ascii)).as("ASCII of length %d", length).isTrue();
            for (int at = 0; at < length; at++) {
                byte[] mixed = ascii.clone();
                mixed[at] = (byte) (0x80 | random.nextInt(0x80));
                assertThat(InputBytes.isAscii(mixed)).as("byte %02x at %d of %d", mixed[at], at, length).isFalse();
            }
        }
    }

    @Test
    void theWordAtATimeBackslashCheckFindsABackslashAtEveryPositionAndNoOtherByte() {
        Random random = new Random(96);
        for (int length = 0; length <= 40; length++) {
            byte[] none = new byte[length];
            for (int i = 0; i < length; i++) {
                int b;
                do {
                    b = random.nextInt(256);
                } while (b == '\\');
                none[i] = (byte) b;
            }
            assertThat(InputBytes.hasBackslash(none)).as("no backslash in %d bytes", length).isFalse();
            for (int at = 0; at < length; at++) {
                byte[] one = none.clone();
                one[at] = '\\';
                assertThat(InputBytes.hasBackslash(one)).as("backslash at %d of %d", at, length).isTrue();
            }
        }
        // bytes one off a backslash, and a word whose borrow runs across bytes, are no backslash
        assertThat(InputBytes.hasBackslash("[[[[]]]]]]]]]]]]".getBytes(StandardCharsets.US_ASCII))).isFalse();
        assertThat(InputBytes.hasBackslash(new byte[] {0x5D, 0x5B, 0x5C + 0x100 - 0x100 + 1, 0, 0, 0, 0, 0, 0x5D})).isFalse();
    }

    private static String digits(Random random, int n) {
        StringBuilder s = new StringBuilder().append((char) ('1' + random.nextInt(9)));
        for (int d = 1; d < n; d++) {
            s.append((char) ('0' + random.nextInt(10)));
        }
        return s.toString();
    }
}
