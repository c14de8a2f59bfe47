package io.trazo.ledger.encoding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Strings are written by copying their plain ASCII beginning in bulk and the rest char by char; the
 * seam must fall exactly before the first char that needs an escape or more than one UTF-8 byte,
 * wherever that char is, as the spec-literal {@link ReferenceJcs} writes it.
 */
class JcsStringFastPathTest {

    /** One of each kind of char the bulk copy must stop at, and the plain chars around the boundaries. */
    private static final String AWKWARD = "\"\\\u0000\u001f\b\n\u007f\u0080\u00e9\u07ff\u0800\uffff\ud83d\ude00 ~!";

    @Test
    void everyAwkwardCharAtEveryPositionIsWrittenAsTheReferenceWritesIt() {
        Random random = new Random(97);
        for (int length = 0; length <= 24; length++) {
            StringBuilder plain = new StringBuilder();
            for (int i = 0; i < length; i++) {
                plain.append((char) (0x20 + random.nextInt(0x60)));
            }
            for (int at = 0; at <= length; at++) {
                for (int k = 0; k < AWKWARD.length(); k++) {
                    char c = AWKWARD.charAt(k);
                    String s = Character.isHighSurrogate(c) ? new StringBuilder(plain).insert(at, "\ud83d\ude00").toString()
                            : Character.isLowSurrogate(c) ? plain + "\ud800\udc00" : new StringBuilder(plain).insert(at, c).toString();
                    JsonString value = new JsonString(s);
                    assertThat(Jcs.canonicalize(value)).as("%s", s).isEqualTo(ReferenceJcs.canonicalize(value));
                }
            }
            JsonString all = new JsonString(plain.toString());
            assertThat(Jcs.canonicalize(all)).isEqualTo(ReferenceJcs.canonicalize(all));
        }
    }
}
