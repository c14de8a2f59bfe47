package io.trazo.mongo;

import io.trazo.ledger.crypto.Digest;
import java.util.Optional;

/**
 * A stored record no longer matches what the ledger committed to: its bytes do not hash to the key it
 * is stored under, or (for a record the log holds) do not hash to its log leaf, or it is gone. Never
 * transient and never the reader's fault: someone or something changed the store behind the writer's
 * back. Readers must not serve the record, and should say which record it was (docs/operations.md
 * §Store integrity).
 */
public final class StoreIntegrityException extends RuntimeException {

    /** Which of the committed hashes the stored record failed. */
    public enum Check {
        /** The bytes do not hash (docs/protocol.md §Record hash) to the record's key, or do not parse as a record. */
        RECORD_HASH,
        /** The bytes, signatures included, do not hash to the record's leaf in the transparency log. */
        LOG_LEAF,
        /** The record is not in the store although the log or an accepted record names it. */
        MISSING,
        /** The store now holds other bytes under this hash than the ones this reader verified before. */
        CHANGED
    }

    private final Digest record;
    private final Check check;
    private final Optional<String> expected;
    private final Optional<String> actual;

    private StoreIntegrityException(Digest record, Check check, String expected, String actual, String message) {
        super(message);
        this.record = record;
        this.check = check;
        this.expected = Optional.ofNullable(expected);
        this.actual = Optional.ofNullable(actual);
    }

    /** The stored bytes hash to {@code actual}, not to the key {@code record} they are stored under. */
    public static StoreIntegrityException recordHash(Digest record, Digest actual) {
        return new StoreIntegrityException(record, Check.RECORD_HASH, record.hex(), actual.hex(),
                "stored record " + record.hex() + " fails its record hash: its bytes hash to " + actual.hex());
    }

    /** The stored bytes are not a record at all (not strict JSON, or not an object). */
    public static StoreIntegrityException unreadable(Digest record, String why) {
        return new StoreIntegrityException(record, Check.RECORD_HASH, record.hex(), null,
                "stored record " + record.hex() + " fails its record hash: its bytes are not a record (" + why + ")");
    }

    /** The stored bytes hash to leaf {@code actual}; the log's leaf {@code leafIndex} is {@code expected}. */
    public static StoreIntegrityException logLeaf(Digest record, long leafIndex, String expected, String actual) {
        return new StoreIntegrityException(record, Check.LOG_LEAF, expected, actual, "stored record " + record.hex()
                + " fails its log leaf " + leafIndex + ": the log has leaf hash " + expected + ", its bytes hash to " + actual);
    }

    public static StoreIntegrityException missing(Digest record, String namedBy) {
        return new StoreIntegrityException(record, Check.MISSING, null, null,
                "record " + record.hex() + " is missing from the store, though " + namedBy + " names it");
    }

    /** The bytes under {@code record} differ from the ones verified before, though both may hash to it. */
    public static StoreIntegrityException changed(Digest record) {
        return new StoreIntegrityException(record, Check.CHANGED, null, null,
                "stored record " + record.hex() + " changed since it was verified: the store now holds other bytes under its hash");
    }

    public Digest record() {
        return record;
    }

    public Check check() {
        return check;
    }

    /** The hash the ledger committed to, in hex, when the check compares hashes. */
    public Optional<String> expected() {
        return expected;
    }

    /** The hash of the bytes found, in hex, when there were bytes to hash. */
    public Optional<String> actual() {
        return actual;
    }
}
