package io.trazo.ledger.encoding;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link ShortestDecimal}'s reading of the shortest digits off a decimal, cross-checked against the
 * exact search of {@link Es6NumberFormat} on the binary64 the decimal rounds to ({@link ReferenceJcs}
 * is the spec-literal JCS that always takes that search).
 */
class ShortestDecimalTest {

    private static final int CASES = 50_000;

    @Test
    void jcsOfShortDecimalsMatchesTheExactSearchOverRandomDigitsAndExponents() {
        Random random = new Random(8785);
        List<String> mismatches = new ArrayList<>();
        int fast = 0;
        for (int i = 0; i < CASES; i++) {
            BigDecimal value = randomDecimal(random);
            if (!Double.isFinite(value.doubleValue())) {
                continue;
            }
            JsonNumber number = new JsonNumber(value, false);
            String expected = new String(ReferenceJcs.canonicalize(number), java.nio.charset.StandardCharsets.UTF_8);
            String actual = new String(Jcs.canonicalize(number), java.nio.charset.StandardCharsets.UTF_8);
            if (!actual.equals(expected)) {
                mismatches.add(value + " -> " + actual + ", expected " + expected);
            }
            fast += ShortestDecimal.ofExact(value).isPresent() ? 1 : 0;
        }
        assertThat(mismatches).isEmpty();
        assertThat(fast).as("cases that took the fast path").isGreaterThan(CASES / 2);
    }

    @Test
    void edgeDecimalsMatchTheExactSearch() {
        for (String text : List.of("0.1", "-0.1", "0.585", "69.85", "1e-7", "1e-6", "123456789012345", "1234567890123456",
                "9.99999999999999e20", "9.99999999999999e21", "1e21", "1e-300", "1e-301", "1e300", "1e301",
                "2.2250738585072014e-308", "1.7976931348623157e308", "100000000000000000000", "0.000001", "5e-324",
                "4.9e-324", "-0", "-0.0", "0e5", "123.4500000000", "1.00000000000000000001")) {
            BigDecimal value = new BigDecimal(text);
            JsonNumber number = new JsonNumber(value, false);
            if (Double.isFinite(value.doubleValue())) {
                assertThat(Jcs.canonicalize(number)).as(text).isEqualTo(ReferenceJcs.canonicalize(number));
            }
        }
    }

    @Test
    void zeroAndLongOrExtremeDecimalsAreLeftToTheExactPath() {
        assertThat(ShortestDecimal.ofExact(new BigDecimal("-0.000"))).isEmpty();
        assertThat(ShortestDecimal.ofExact(new BigDecimal("1.234567890123456"))).isEmpty();
        assertThat(ShortestDecimal.ofExact(new BigDecimal("1.5000000000000000000000"))).contains(new ShortestDecimal(false, "15", 1));
        assertThat(ShortestDecimal.ofExact(new BigDecimal("1e-302"))).isEmpty();
        assertThat(ShortestDecimal.ofExact(new BigDecimal("1e300"))).isEmpty();
        assertThat(ShortestDecimal.ofExact(new BigDecimal("123.4500"))).contains(new ShortestDecimal(false, "12345", 3));
        assertThat(ShortestDecimal.ofExact(new BigDecimal("-0.00585"))).contains(new ShortestDecimal(true, "585", -2));
    }

    @Test
    void plainTextReadsAsItsExactDecimalDoes() {
        Random random = new Random(7493);
        for (int i = 0; i < CASES; i++) {
            String text = randomPlainText(random);
            Optional<ShortestDecimal> fromText = ShortestDecimal.ofPlainText(text);
            Optional<ShortestDecimal> fromValue = ShortestDecimal.ofExact(new BigDecimal(text));
            assertThat(fromText).as(text).isEqualTo(fromValue);
        }
    }

    @Test
    void textThatIsNotAPlainDecimalIsRefused() {
        for (String text : List.of("", "+", "-", ".5", "5.", "1.2.3", "1e5", "1_000", "\u0663", " 1", "1 ", "0x10", "--1", "1-", "0", "-0.00")) {
            assertThat(ShortestDecimal.ofPlainText(text)).as(text).isEmpty();
        }
    }

    /** Mostly records' kind of decimals, with long digit strings, trailing zeros and far exponents mixed in. */
    private static BigDecimal randomDecimal(Random random) {
        int digits = random.nextInt(5) == 0 ? 1 + random.nextInt(22) : 1 + random.nextInt(15);
        StringBuilder unscaled = new StringBuilder(random.nextBoolean() ? "-" : "");
        unscaled.append((char) ('1' + random.nextInt(9)));
        for (int d = 1; d < digits; d++) {
            unscaled.append(random.nextInt(4) == 0 ? '0' : (char) ('0' + random.nextInt(10)));
        }
        int scale = switch (random.nextInt(4)) {
            case 0 -> random.nextInt(8);
            case 1 -> random.nextInt(40) - 20;
            case 2 -> random.nextInt(660) - 330;
            default -> digits - 1 + random.nextInt(3);
        };
        return new BigDecimal(new java.math.BigInteger(unscaled.toString()), scale);
    }

    private static String randomPlainText(Random random) {
        StringBuilder text = new StringBuilder(switch (random.nextInt(4)) {
            case 0 -> "-";
            case 1 -> "+";
            default -> "";
        });
        int integer = 1 + random.nextInt(random.nextInt(6) == 0 ? 20 : 4);
        for (int d = 0; d < integer; d++) {
            text.append((char) ('0' + (random.nextInt(3) == 0 ? 0 : random.nextInt(10))));
        }
        if (random.nextBoolean()) {
            text.append('.');
            int fraction = 1 + random.nextInt(random.nextInt(6) == 0 ? 20 : 5);
            for (int d = 0; d < fraction; d++) {
                text.append((char) ('0' + (random.nextInt(3) == 0 ? 0 : random.nextInt(10))));
            }
        }
        return text.toString();
    }
}
