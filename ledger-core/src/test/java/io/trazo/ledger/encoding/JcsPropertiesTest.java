package io.trazo.ledger.encoding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Invariants of RFC 8785 over several hundred seeded random trees. */
class JcsPropertiesTest {

    private static final StrictJson PARSER = new StrictJson(new StrictJson.Limits(1 << 20, 64));

    static LongStream seeds() {
        return LongStream.range(0, 400);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void canonicalFormIsIdempotentOrderIndependentAndMatchesTheReference(long seed) {
        RandomJson random = new RandomJson(seed);
        JsonValue tree = random.tree(5);

        byte[] canonical = Jcs.canonicalize(tree);

        assertThat(Jcs.canonicalize(random.shuffled(tree))).isEqualTo(canonical);
        assertThat(Jcs.canonicalize(PARSER.parse(canonical))).isEqualTo(canonical);
        assertThat(ReferenceJcs.canonicalize(tree)).isEqualTo(canonical);
        if (tree instanceof JsonObject object && !object.members().isEmpty()) {
            String dropped = object.members().keySet().iterator().next();
            assertThat(Jcs.canonicalizeWithout(object, dropped)).isEqualTo(ReferenceJcs.canonicalize(object.without(dropped)));
            assertThat(Jcs.canonicalizeWithout(object, "\u0000 not a member")).isEqualTo(canonical);
        }
    }
}
