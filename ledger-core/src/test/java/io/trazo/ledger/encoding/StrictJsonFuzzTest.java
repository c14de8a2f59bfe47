package io.trazo.ledger.encoding;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Feeds arbitrary bytes to {@link StrictJson}. Without {@code JAZZER_FUZZ=1} this only replays the
 * seed corpus and past findings under {@code StrictJsonFuzzTestInputs/}; with it, Jazzer explores
 * for the given duration and writes any crashing input there to be kept as a regression case.
 */
class StrictJsonFuzzTest {

    private static final StrictJson.Limits LIMITS = new StrictJson.Limits(4096, 16);
    private static final StrictJson PARSER = new StrictJson(LIMITS);
    /** Canonical text may be longer than its input ({@code 1e-6} becomes {@code 0.000001}). */
    private static final StrictJson REPARSER = new StrictJson(new StrictJson.Limits(4 * LIMITS.maxBytes(), LIMITS.maxDepth()));

    @FuzzTest(maxDuration = "60s")
    void parseNeverThrowsAnythingButJsonFormatException(byte[] data) {
        JsonValue value;
        try {
            value = PARSER.parse(data);
        } catch (JsonFormatException refused) {
            return;
        }
        byte[] canonical = Jcs.canonicalize(value);
        assertThat(Jcs.canonicalize(REPARSER.parse(canonical))).isEqualTo(canonical);
    }
}
