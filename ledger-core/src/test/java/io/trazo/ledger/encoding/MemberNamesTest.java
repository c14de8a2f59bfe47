package io.trazo.ledger.encoding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link MemberNames} may only ever give back the very name it was shown: over names that share slots
 * (same length, same first, middle and last byte) and differ elsewhere, and names too long to keep.
 */
class MemberNamesTest {

    @Test
    void aNameIsAlwaysReadAsItsOwnBytesEvenWhenItSharesASlotWithAnother() {
        Random random = new Random(1024);
        for (int i = 0; i < 200_000; i++) {
            int length = random.nextInt(8) == 0 ? random.nextInt(80) : 1 + random.nextInt(12);
            byte[] text = new byte[length + 4];
            for (int k = 0; k < text.length; k++) {
                // few letters, and the bytes the slot is chosen by fixed, so that names meet in slots
                text[k] = (byte) (k == 2 || k == 2 + length - 1 || k == 2 + length / 2 ? 'q' : "ab".charAt(random.nextInt(2)));
            }
            String expected = new String(text, 2, length, StandardCharsets.ISO_8859_1);
            String read = MemberNames.of(text, 2, 2 + length);
            if (!read.equals(expected)) {
                assertThat(read).isEqualTo(expected);
            }
        }
    }

    @Test
    void aRepeatedNameIsTheSameStringAndALongOneIsNotKept() {
        byte[] first = "xx\"epcClass\"".getBytes(StandardCharsets.ISO_8859_1);
        byte[] second = "{\"epcClass\":".getBytes(StandardCharsets.ISO_8859_1);
        String name = MemberNames.of(first, 3, 11);
        assertThat(name).isEqualTo("epcClass");
        assertThat(MemberNames.of(second, 2, 10)).isSameAs(name);
        byte[] longName = "n".repeat(65).getBytes(StandardCharsets.ISO_8859_1);
        String once = MemberNames.of(longName, 0, 65);
        assertThat(once).isEqualTo("n".repeat(65));
        assertThat(MemberNames.of(longName, 0, 65)).isNotSameAs(once).isEqualTo(once);
        assertThat(MemberNames.of(longName, 0, 0)).isEmpty();
    }
}
