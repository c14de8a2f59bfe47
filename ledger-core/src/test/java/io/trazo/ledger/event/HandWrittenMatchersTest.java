package io.trazo.ledger.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The hand-written scanners of the event hash against the regex and {@code DateTimeFormatter}
 * implementations they replaced ({@link ReferenceEpcUris}, {@link ReferenceEventTimestamps},
 * {@link ReferenceNumericValues}),
 * over generated inputs biased towards the boundaries of each rule.
 */
class HandWrittenMatchersTest {

    private static final int CASES = 300_000;
    private static final List<String> SCHEMES = List.of("id:sgtin", "id:sscc", "id:sgln", "id:grai", "id:giai",
            "id:gsrn", "id:gsrnp", "id:gdti", "id:cpi", "id:sgcn", "id:ginc", "id:gsin", "id:itip", "id:upui",
            "id:pgln", "class:lgtin", "idpat:sgtin", "idpat:upui", "idpat:grai", "idpat:gdti", "idpat:sgcn",
            "idpat:cpi", "idpat:itip", "id:nope", "class:sgtin", "id:SSCC");
    private static final java.util.Map<String, Integer> KEY_DIGITS = java.util.Map.of("id:sgtin", 13, "id:sscc", 17,
            "class:lgtin", 13, "id:upui", 13, "id:gsrn", 17, "id:gsrnp", 17, "id:gsin", 16, "id:itip", 13);
    /** X literals, characters X refuses, and the pieces of escapes. */
    private static final String SERIAL_CHARS = "!')(*+,.:;=_-09AZaz%%%%/#? \u00e9\u0663\uff10";
    private static final String HEX = "0123456789ABCDEFabcdefgG\u0663";

    @Test
    void epcUrisConvertExactlyAsTheRegexesDid() {
        Random random = new Random(20);
        int converted = 0;
        for (int i = 0; i < CASES; i++) {
            String uri = epcUri(random);
            var expected = ReferenceEpcUris.toDigitalLink(uri);
            assertThat(EpcUris.toDigitalLink(uri)).as(uri).isEqualTo(expected);
            converted += expected.isPresent() ? 1 : 0;
        }
        assertThat(converted).as("generated URIs that convert").isGreaterThan(CASES / 40);
    }

    @Test
    void timestampsNormaliseExactlyAsTheFormatterDid() {
        Random random = new Random(3339);
        int valid = 0;
        for (int i = 0; i < CASES; i++) {
            String text = timestamp(random);
            var expected = ReferenceEventTimestamps.normalise(text);
            assertThat(EventTimestamps.normalise(text)).as(text).isEqualTo(expected);
            valid += expected.isPresent() ? 1 : 0;
        }
        assertThat(valid).as("generated timestamps that normalise").isGreaterThan(CASES / 20);
    }

    @Test
    void numbersCanonicaliseExactlyAsTheRegexAndBigDecimalDid() {
        Random random = new Random(754);
        for (int i = 0; i < CASES; i++) {
            StringBuilder text = new StringBuilder(pick(random, "", "", "", "+", "-", "--", " "));
            int length = random.nextInt(4) == 0 ? random.nextInt(20) : 1 + random.nextInt(4);
            for (int d = 0; d < length; d++) {
                text.append(random.nextInt(25) == 0 ? pick(random, ".", "_", "e", "\u0663", "x", "9")
                        : String.valueOf((char) ('0' + random.nextInt(10))));
            }
            String value = text.toString();
            assertThat(NumericValues.canonical(value)).as(value).isEqualTo(ReferenceNumericValues.canonical(value));
        }
    }

    @Test
    void doublesFormatExactlyAsBigDecimalFormattedThem() {
        Random random = new Random(854);
        for (int i = 0; i < CASES; i++) {
            double value = switch (random.nextInt(4)) {
                case 0 -> Double.longBitsToDouble(random.nextLong());
                case 1 -> (double) random.nextLong() / (1L << random.nextInt(64));
                case 2 -> Math.scalb((double) random.nextInt(), random.nextInt(80));
                default -> random.nextInt(2001) - 1000 + (random.nextBoolean() ? 0.0 : -0.0);
            };
            if (Double.isFinite(value)) {
                assertThat(NumericValues.format(value)).as("%s", value).isEqualTo(ReferenceNumericValues.format(value));
            }
        }
        for (double edge : new double[] {-0.0, 0x1p63, -0x1p63, Math.nextDown(0x1p63), 0x1p53 + 2, Long.MAX_VALUE}) {
            assertThat(NumericValues.format(edge)).isEqualTo(ReferenceNumericValues.format(edge));
        }
    }

    @Test
    void yearsAtTheEdgesAreWrittenAsUuuuWritesThem() {
        for (String text : List.of("0000-01-01T00:30:00+01:00", "0000-01-01T00:00:00.0000Z", "9999-12-31T23:59:59.9995Z",
                "9999-12-31T20:00:00-04:00", "2024-02-29T23:59:59.99999-18:00", "2023-02-29T00:00:00Z")) {
            assertThat(EventTimestamps.normalise(text)).as(text).isEqualTo(ReferenceEventTimestamps.normalise(text));
        }
    }

    private static String epcUri(Random random) {
        StringBuilder uri = new StringBuilder(random.nextInt(50) == 0 ? "urn:epc:x" : "urn:epc:");
        String scheme = SCHEMES.get(random.nextInt(SCHEMES.size()));
        uri.append(scheme).append(':');
        int parts = 1 + random.nextInt(5);
        int prefixLength = 6 + random.nextInt(7);
        int keyLength = random.nextBoolean() ? KEY_DIGITS.getOrDefault(scheme, 12) : 6 + random.nextInt(14);
        for (int p = 0; p < parts; p++) {
            if (p > 0) {
                uri.append(random.nextInt(30) == 0 ? "" : ".");
            }
            // a serial straight after the prefix is what GIAI and GINC carry
            if (p == 0 || p == 1 && random.nextInt(4) != 0 || random.nextInt(3) == 0) {
                int length = random.nextInt(8) == 0 ? random.nextInt(20) : p == 0 ? prefixLength
                        : Math.max(0, keyLength - prefixLength);
                digits(uri, length, random);
            } else {
                serial(uri, random);
            }
        }
        if (random.nextInt(40) == 0) {
            uri.append(random.nextBoolean() ? "\n" : ".");
        }
        return uri.toString();
    }

    private static void digits(StringBuilder out, int length, Random random) {
        for (int i = 0; i < length; i++) {
            out.append(random.nextInt(60) == 0 ? '\u0663' : (char) ('0' + random.nextInt(10)));
        }
    }

    private static void serial(StringBuilder out, Random random) {
        int length = random.nextInt(4) == 0 ? random.nextInt(34) : 1 + random.nextInt(22);
        for (int i = 0; i < length; i++) {
            char c = random.nextInt(3) == 0 ? SERIAL_CHARS.charAt(random.nextInt(SERIAL_CHARS.length()))
                    : (char) ('A' + random.nextInt(26));
            out.append(c);
            if (c == '%') {
                out.append((char) ('0' + random.nextInt(9))).append(HEX.charAt(random.nextInt(HEX.length())));
            }
        }
    }

    private static String timestamp(Random random) {
        StringBuilder t = new StringBuilder();
        t.append(pick(random, "2024", "0000", "0001", "1970", "9999", "1900", "2000", "2100", "12345", "999"));
        t.append('-').append(twoDigits(random, 14)).append('-').append(twoDigits(random, 33));
        t.append(pick(random, "T", "T", "T", "t", " ", "x", "TT"));
        t.append(twoDigits(random, 26)).append(':').append(twoDigits(random, 62)).append(':').append(twoDigits(random, 62));
        if (random.nextBoolean()) {
            t.append('.');
            int digits = random.nextInt(12);
            for (int i = 0; i < digits; i++) {
                t.append(random.nextInt(3) == 0 ? '9' : (char) ('0' + random.nextInt(10)));
            }
        }
        switch (random.nextInt(6)) {
            case 0 -> { }
            case 1 -> t.append(pick(random, "Z", "Z", "z", "ZZ", "UTC"));
            default -> t.append(pick(random, "+", "-", "+", "-", "~")).append(twoDigits(random, 20))
                    .append(pick(random, ":", ":", ":", "")).append(twoDigits(random, 62))
                    .append(random.nextInt(30) == 0 ? ":00" : "");
        }
        if (random.nextInt(30) == 0) {
            t.setCharAt(random.nextInt(t.length()), pick(random, "0", "9", "\u0663", "-", ":", "T", " ").charAt(0));
        }
        return t.toString();
    }

    private static String twoDigits(Random random, int below) {
        int value = random.nextInt(4) == 0 ? random.nextInt(100) : random.nextInt(below);
        return value < 10 ? "0" + value : Integer.toString(value);
    }

    private static String pick(Random random, String... options) {
        return options[random.nextInt(options.length)];
    }
}
