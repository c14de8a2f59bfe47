package io.trazo.ledger.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link EventValueForms}' scans against the regexes they replaced, over every string of the lengths
 * around each form built from the chars at and next to each class's bounds (and a non-ASCII digit,
 * which {@code \d} refuses).
 */
class EventValueFormsTest {

    private static final Pattern OFFSET = Pattern.compile("[+-](?:0\\d|1[0-4]):[0-5]\\d");
    private static final Pattern ACTION = Pattern.compile("ADD|OBSERVE|DELETE");
    private static final Pattern UOM = Pattern.compile("[A-Z0-9]{2,3}");

    @Test
    void offsetsAreDecidedExactlyAsTheRegexDid() {
        int accepted = everyString("+-01459:/;\u0663", 6, EventValueForms::isOffset, OFFSET);
        // sign × (0 then any of 5 digits, or 1 then 0, 1 or 4) × minutes' tens 0, 1, 4 or 5 × any of 5 digits
        assertThat(accepted).as("offsets accepted").isEqualTo(2 * (5 + 3) * 4 * 5);
    }

    @Test
    void actionsAndUnitsAreDecidedExactlyAsTheRegexesDid() {
        for (String s : new String[] {"ADD", "OBSERVE", "DELETE", "add", "ADDD", "AD", "", "OBSERVED", "DELET", " ADD", "ADD "}) {
            assertThat(EventValueForms.isAction(s)).as(s).isEqualTo(ACTION.matcher(s).matches());
        }
        int accepted = everyString("09AZ/:@[az-\u0663", 4, EventValueForms::isUom, UOM);
        assertThat(accepted).as("units accepted").isEqualTo(4 * 4 + 4 * 4 * 4);
    }

    /** How many strings the regex accepts, each checked against the scan. */
    private static int everyString(String alphabet, int maxLength, Predicate<String> scan, Pattern regex) {
        int accepted = 0;
        for (int length = 0; length <= maxLength; length++) {
            int[] at = new int[length];
            char[] chars = new char[length];
            while (true) {
                for (int i = 0; i < length; i++) {
                    chars[i] = alphabet.charAt(at[i]);
                }
                String s = new String(chars);
                boolean expected = regex.matcher(s).matches();
                if (scan.test(s) != expected) {
                    assertThat(scan.test(s)).as(s).isEqualTo(expected);
                }
                accepted += expected ? 1 : 0;
                int i = length - 1;
                while (i >= 0 && ++at[i] == alphabet.length()) {
                    at[i--] = 0;
                }
                if (i < 0) {
                    break;
                }
            }
        }
        return accepted;
    }
}
