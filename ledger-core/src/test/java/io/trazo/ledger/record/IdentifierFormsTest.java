package io.trazo.ledger.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link Identifiers#isActor} and {@link Identifiers#isEventHashId} scan by hand; {@link Identifiers#ACTOR}
 * and {@link Identifiers#EVENT_HASH_ID} stay the definitions they must agree with, over well-shaped
 * identifiers with lengths around their limits and one or two chars changed, inserted or dropped.
 */
class IdentifierFormsTest {

    private static final int CASES = 200_000;
    private static final String NOISE = "afgz09-AFGZ:/;?.=_ \u00e9\u0663";

    @Test
    void theActorScanAcceptsExactlyWhatTheActorRegexMatches() {
        Random random = new Random(1616);
        int accepted = compare(random, Identifiers.ACTOR, Identifiers::isActor,
                () -> "urn:trazo:actor:" + run(random, random.nextInt(3) == 0 ? 62 + random.nextInt(4) : random.nextInt(6), "az09---"));
        assertThat(accepted).isGreaterThan(CASES / 10);
    }

    @Test
    void theEventHashIdScanAcceptsExactlyWhatTheEventHashIdRegexMatches() {
        Random random = new Random(8909);
        int accepted = compare(random, Identifiers.EVENT_HASH_ID, Identifiers::isEventHashId,
                () -> "ni:///sha-256;" + run(random, 63 + random.nextInt(3), "0123456789abcdef") + "?ver=CBV2.0");
        assertThat(accepted).isGreaterThan(CASES / 10);
    }

    private static int compare(Random random, Pattern regex, Predicate<String> scan, java.util.function.Supplier<String> wellShaped) {
        int accepted = 0;
        for (int i = 0; i < CASES; i++) {
            StringBuilder s = new StringBuilder(wellShaped.get());
            for (int edits = random.nextInt(3) == 0 ? 1 + random.nextInt(2) : 0; edits > 0; edits--) {
                int at = random.nextInt(s.length() + 1);
                char c = NOISE.charAt(random.nextInt(NOISE.length()));
                switch (random.nextInt(3)) {
                    case 0 -> s.insert(at, c);
                    case 1 -> s.deleteCharAt(Math.min(at, s.length() - 1));
                    default -> s.setCharAt(Math.min(at, s.length() - 1), c);
                }
            }
            String candidate = s.toString();
            boolean expected = regex.matcher(candidate).matches();
            if (scan.test(candidate) != expected) {
                assertThat(scan.test(candidate)).as(candidate).isEqualTo(expected);
            }
            accepted += expected ? 1 : 0;
        }
        return accepted;
    }

    private static String run(Random random, int length, String characters) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(characters.charAt(random.nextInt(characters.length())));
        }
        return out.toString();
    }
}
