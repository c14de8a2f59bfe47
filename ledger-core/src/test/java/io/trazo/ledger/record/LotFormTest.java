package io.trazo.ledger.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Identifiers#isLot} scans by hand; {@link Identifiers#LOT} stays the definition it must agree with. */
class LotFormTest {

    private static final String[] PREFIXES = {"urn:epc:id:", "urn:epc:class:", "urn:epc:idpat:", "urn:epc:ids:",
        "urn:epc:", "https://", "http://", "urn:trazo:lot:", "urn:trazo:lots:", "", "urn:trazo:lot:-"};
    private static final String ALPHABET = "aaaazzzz0099AZ::::////--..~@$&*%_!'()+,;=#? \u00e9\u0663";

    @Test
    void theScanAcceptsExactlyWhatTheLotRegexMatches() {
        Random random = new Random(6920);
        int accepted = 0;
        for (int i = 0; i < 300_000; i++) {
            String candidate = candidate(random);
            boolean expected = Identifiers.LOT.matcher(candidate).matches();
            assertThat(Identifiers.isLot(candidate)).as(candidate).isEqualTo(expected);
            accepted += expected ? 1 : 0;
        }
        assertThat(accepted).isGreaterThan(30_000);
    }

    private static String candidate(Random random) {
        if (random.nextBoolean()) {
            return wellShaped(random);
        }
        StringBuilder s = new StringBuilder(PREFIXES[random.nextInt(PREFIXES.length)]);
        int parts = 1 + random.nextInt(random.nextInt(8) == 0 ? 16 : 4);
        for (int p = 0; p < parts; p++) {
            if (p > 0) {
                s.append(random.nextInt(5) == 0 ? ":" : "/");
            }
            int length = switch (random.nextInt(10)) {
                case 0 -> random.nextInt(260);
                case 1 -> 60 + random.nextInt(50);
                default -> random.nextInt(12);
            };
            for (int c = 0; c < length; c++) {
                s.append(random.nextInt(4) == 0 ? ALPHABET.charAt(random.nextInt(ALPHABET.length()))
                        : (char) ('a' + random.nextInt(26)));
            }
        }
        return s.toString();
    }

    /** One of the three forms with lengths around their limits, sometimes with one character changed. */
    private static String wellShaped(Random random) {
        StringBuilder s = new StringBuilder();
        switch (random.nextInt(3)) {
            case 0 -> s.append(PREFIXES[random.nextInt(3)]).append(run(random, 1 + random.nextInt(6), "abc09"))
                    .append(':').append(run(random, around(random, 200), "aZ09.*%:_!'()+,;=-"));
            case 1 -> {
                s.append("https://").append(run(random, around(random, 253), "az09.-"));
                int segments = around(random, 12);
                for (int i = 0; i < segments; i++) {
                    s.append('/').append(run(random, around(random, 100), "aZ09._~!$&'()*+,;=:@%-"));
                }
            }
            default -> s.append("urn:trazo:lot:").append(run(random, around(random, 64), "az09--"))
                    .append(':').append(run(random, around(random, 64), "aZ09._~-"));
        }
        if (random.nextInt(4) == 0) {
            s.setCharAt(random.nextInt(s.length()), ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }

    /** A length near {@code limit} or small, zero included. */
    private static int around(Random random, int limit) {
        return random.nextInt(3) == 0 ? limit - 1 + random.nextInt(3) : random.nextInt(Math.min(limit, 12) + 1);
    }

    private static String run(Random random, int length, String characters) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(characters.charAt(random.nextInt(characters.length())));
        }
        return out.toString();
    }
}
