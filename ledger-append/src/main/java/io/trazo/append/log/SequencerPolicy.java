package io.trazo.append.log;

import java.time.Duration;
import java.util.Objects;

/**
 * How the sequencer batches.
 *
 * @param maxBatch most records integrated under one checkpoint
 * @param sealGrace how long a drawn position may stay unaccepted before the sequencer seals it and moves
 *     on; long enough that an append in flight normally wins, short enough that a crashed appender does
 *     not hold the log back for long
 */
public record SequencerPolicy(int maxBatch, Duration sealGrace) {

    public static final SequencerPolicy DEFAULT = new SequencerPolicy(4096, Duration.ofSeconds(2));

    public SequencerPolicy {
        Objects.requireNonNull(sealGrace, "sealGrace");
        if (maxBatch < 1 || sealGrace.isNegative()) {
            throw new IllegalArgumentException("maxBatch must be positive and sealGrace not negative");
        }
    }
}
