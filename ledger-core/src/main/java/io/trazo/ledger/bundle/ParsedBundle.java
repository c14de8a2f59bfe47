package io.trazo.ledger.bundle;

import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.encoding.JsonArray;
import io.trazo.ledger.log.LogEvidence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A bundle whose envelope was read: its subject, the records' exact wire bytes in bundle order, and the
 * log evidence if it carries any (well-formed, not yet verified).
 */
public final class ParsedBundle {

    private final String lot;
    private final Digest head;
    private final List<byte[]> records;
    private final Optional<LogEvidence> log;
    private final Optional<JsonArray> keyStatusProofs;

    ParsedBundle(String lot, Digest head, List<byte[]> records, Optional<LogEvidence> log, Optional<JsonArray> keyStatusProofs) {
        this.lot = lot;
        this.head = head;
        this.records = new ArrayList<>();
        records.forEach(r -> this.records.add(r.clone()));
        this.log = log;
        this.keyStatusProofs = keyStatusProofs;
    }

    public String lot() {
        return lot;
    }

    public Digest head() {
        return head;
    }

    public List<byte[]> records() {
        List<byte[]> copy = new ArrayList<>();
        records.forEach(r -> copy.add(r.clone()));
        return copy;
    }

    public Optional<LogEvidence> log() {
        return log;
    }

    /** Format 2's {@code keyStatusProofs} member, an array of objects (its shape checked, nothing verified). */
    public Optional<JsonArray> keyStatusProofs() {
        return keyStatusProofs;
    }
}
