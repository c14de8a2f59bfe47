package io.trazo.ledger.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link JsonContext} finds a value's prefix without cutting it out as a string; it must expand
 * exactly as the spec-literal map look-up of the cut-out prefix does, including prefixes that are
 * prefixes of one another and the empty prefix.
 */
class JsonContextExpansionTest {

    private static final int CASES = 200_000;
    private static final List<String> PREFIXES = List.of("", "t", "tr", "trazo", "gs1", "cbv", "https", "urn", "ex:t");
    private static final List<String> PIECES = List.of("t", "tr", "trazo", "gs1", "https", "urn", ":", ":", "//", "x", "");

    @Test
    void keysAndValuesExpandExactlyAsTheMapLookUpOfTheCutOutPrefix() {
        Random random = new Random(16);
        int expanded = 0;
        for (int i = 0; i < CASES; i++) {
            Map<String, String> declared = new LinkedHashMap<>();
            for (int p = random.nextInt(4); p > 0; p--) {
                declared.put(PREFIXES.get(random.nextInt(PREFIXES.size())), "https://ns" + random.nextInt(3) + ".example/");
            }
            JsonContext context = JsonContext.of(declared);
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(5); k > 0; k--) {
                text.append(PIECES.get(random.nextInt(PIECES.size())));
            }
            String s = text.toString();
            assertThat(context.expandKey(s)).as("key %s in %s", s, declared).isEqualTo(referenceKey(declared, s));
            assertThat(context.expandValue(s)).as("value %s in %s", s, declared).isEqualTo(referenceValue(declared, s));
            expanded += s.equals(context.expandValue(s)) ? 0 : 1;
        }
        assertThat(expanded).as("cases where a prefix was expanded").isGreaterThan(CASES / 50);
    }

    private static String referenceKey(Map<String, String> prefixes, String key) {
        int colon = key.indexOf(':');
        String namespace = colon < 0 ? null : prefixes.get(key.substring(0, colon));
        return namespace == null ? key : "{" + namespace + "}" + key.substring(colon + 1);
    }

    private static String referenceValue(Map<String, String> prefixes, String value) {
        int colon = value.indexOf(':');
        String namespace = colon < 0 ? null : prefixes.get(value.substring(0, colon));
        return namespace == null ? value : namespace + value.substring(colon + 1);
    }
}
