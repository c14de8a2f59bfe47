package io.trazo.ledger.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.ledger.encoding.ShortestDecimal;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The pre-hash string's fast paths give what the general code gives: decimals written without the
 * shortest-digit search, and names sorted by UTF-16 unit instead of by decoded code point.
 */
class PreHashFastPathsTest {

    private static final int CASES = 50_000;

    /** The comparator as first written: by decoded code point. */
    private static final Comparator<String> BY_CODE_POINT = (a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    };

    @Test
    void plainDecimalTextCanonicalisesExactlyAsTheRegexAndBigDecimalDid() {
        Random random = new Random(89);
        for (int i = 0; i < CASES; i++) {
            String text = plainDecimal(random);
            assertThat(NumericValues.canonical(text)).as(text).isEqualTo(ReferenceNumericValues.canonical(text));
        }
        for (String text : List.of("0.0001", "0.00001", "-0.0", "+0.50", "1234567890123456.5", "999999999999999.0",
                "1000000000000000.0", "100000000000000000.0", "12345678901234.5", "0.000123456789012345", "-08:00",
                "2026-09/2026-11", "1e5", "1_0.5", "\u0661.5")) {
            assertThat(NumericValues.canonical(text)).as(text).isEqualTo(ReferenceNumericValues.canonical(text));
        }
    }

    @Test
    void jsonNumbersFormatFromTheirDigitsExactlyAsFromTheirBinary64() {
        Random random = new Random(90);
        int fast = 0;
        for (int i = 0; i < CASES; i++) {
            BigDecimal value = new BigDecimal(BigInteger.valueOf(random.nextLong() % pow10(1 + random.nextInt(17))),
                    random.nextInt(4) == 0 ? random.nextInt(60) - 30 : random.nextInt(8));
            Optional<String> shortest = ShortestDecimal.ofExact(value).flatMap(NumericValues::format);
            if (shortest.isPresent()) {
                fast++;
                assertThat(shortest.get()).as("%s", value)
                        .isEqualTo(ReferenceNumericValues.format(Double.parseDouble(value.toString())));
            }
        }
        assertThat(fast).as("cases that took the fast path").isGreaterThan(CASES / 2);
    }

    @Test
    void namesSortAsByCodePointAcrossSurrogatesLoneOrPairedAndPrivateUse() {
        Random random = new Random(91);
        char[] alphabet = {'a', 'b', 'z', '{', '\u00e9', '\ud7ff', '\ue000', '\uffff', '\ud83d', '\ude00', '\ud800', '\udc00'};
        for (int i = 0; i < CASES; i++) {
            String a = text(random, alphabet);
            String b = random.nextInt(4) == 0 ? a + text(random, alphabet) : text(random, alphabet);
            assertThat(Integer.signum(PreHashWriter.CODE_POINT_ORDER.compare(a, b))).as("%s vs %s", a, b)
                    .isEqualTo(Integer.signum(BY_CODE_POINT.compare(a, b)));
        }
        assertThat(PreHashWriter.CODE_POINT_ORDER.compare("\ud83d\ude00", "\uffff")).isPositive();
    }

    private static String plainDecimal(Random random) {
        StringBuilder text = new StringBuilder(random.nextInt(3) == 0 ? "-" : "");
        int integer = 1 + random.nextInt(random.nextInt(5) == 0 ? 19 : 4);
        for (int d = 0; d < integer; d++) {
            text.append((char) ('0' + (random.nextInt(3) == 0 ? 0 : random.nextInt(10))));
        }
        if (random.nextInt(4) != 0) {
            text.append('.');
            int fraction = 1 + random.nextInt(random.nextInt(5) == 0 ? 19 : 4);
            for (int d = 0; d < fraction; d++) {
                text.append((char) ('0' + (random.nextInt(3) == 0 ? 0 : random.nextInt(10))));
            }
        }
        return text.toString();
    }

    private static long pow10(int n) {
        long p = 1;
        for (int i = 0; i < Math.min(n, 18); i++) {
            p *= 10;
        }
        return p;
    }

    private static String text(Random random, char[] alphabet) {
        StringBuilder s = new StringBuilder();
        for (int i = random.nextInt(4); i > 0; i--) {
            s.append(alphabet[random.nextInt(alphabet.length)]);
        }
        return s.toString();
    }
}
