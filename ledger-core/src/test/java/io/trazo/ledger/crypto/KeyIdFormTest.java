package io.trazo.ledger.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link KeyId}'s scan against the regex that defined its form, over key ids with chars changed, added or dropped. */
class KeyIdFormTest {

    private static final Pattern FORM = Pattern.compile("ed25519:[0-9a-f]{32}");
    private static final String NOISE = "09afgAF:de5 \u0663";

    @Test
    void aKeyIdIsAcceptedExactlyWhenTheRegexMatchesIt() {
        Random random = new Random(25519);
        int accepted = 0;
        for (int i = 0; i < 200_000; i++) {
            StringBuilder s = new StringBuilder("ed25519:");
            for (int d = 31 + random.nextInt(3); d > 0; d--) {
                s.append("0123456789abcdef".charAt(random.nextInt(16)));
            }
            if (random.nextBoolean()) {
                int at = random.nextInt(s.length());
                char c = NOISE.charAt(random.nextInt(NOISE.length()));
                switch (random.nextInt(3)) {
                    case 0 -> s.insert(at, c);
                    case 1 -> s.deleteCharAt(at);
                    default -> s.setCharAt(at, c);
                }
            }
            String value = s.toString();
            boolean expected = FORM.matcher(value).matches();
            if (KeyId.isForm(value) != expected) {
                assertThat(KeyId.isForm(value)).as(value).isEqualTo(expected);
            }
            accepted += expected ? 1 : 0;
        }
        assertThat(accepted).isGreaterThan(20_000);
        assertThatThrownBy(() -> new KeyId("ed25519:" + "0".repeat(31) + "G")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("key id must match ed25519:<32 lower-case hex digits>, got \"ed25519:" + "0".repeat(31) + "G\"");
    }
}
