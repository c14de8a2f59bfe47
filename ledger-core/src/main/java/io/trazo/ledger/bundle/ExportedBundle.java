package io.trazo.ledger.bundle;

import java.util.Objects;

/** A bundle's exact bytes, and whether they carry transparency-log evidence or why not. */
public final class ExportedBundle {

    /** Whether the bundle's {@code log} member proves its records, or why it was left out. */
    public sealed interface LogCoverage {

        /** Every record is proved against the checkpoint of {@code treeSize} leaves, which the bundle carries. */
        record Proved(long treeSize) implements LogCoverage {}

        /**
         * No {@code log} member: some record is not yet in the latest published checkpoint (or nothing is
         * published). Retryable: exporting again after the next integration normally includes it.
         */
        record Pending(String why) implements LogCoverage {

            public Pending {
                Objects.requireNonNull(why, "why");
            }
        }
    }

    private final byte[] bytes;
    private final LogCoverage log;

    ExportedBundle(byte[] bytes, LogCoverage log) {
        this.bytes = bytes.clone();
        this.log = Objects.requireNonNull(log, "log");
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    public LogCoverage log() {
        return log;
    }
}
