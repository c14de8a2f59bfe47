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
    private final Optional<OperatorPeriod> period;

    ParsedBundle(String lot, Digest head, List<byte[]> records, Optional<LogEvidence> log, Optional<JsonArray> keyStatusProofs) {
        this(lot, head, Optional.empty(), records, log, keyStatusProofs);
    }

    /** An operator-period bundle (§18.1): it has no lot and no head. */
    ParsedBundle(OperatorPeriod period, List<byte[]> records, Optional<LogEvidence> log, Optional<JsonArray> keyStatusProofs) {
        this(null, null, Optional.of(period), records, log, keyStatusProofs);
    }

    private ParsedBundle(String lot, Digest head, Optional<OperatorPeriod> period, List<byte[]> records, Optional<LogEvidence> log,
            Optional<JsonArray> keyStatusProofs) {
        this.period = period;
        this.lot = lot;
        this.head = head;
        this.records = new ArrayList<>();
        records.forEach(r -> this.records.add(r.clone()));
        this.log = log;
        this.keyStatusProofs = keyStatusProofs;
    }

    /** An operator-period bundle's subject; empty for a lot's bundle. */
    public Optional<OperatorPeriod> period() {
        return period;
    }

    /** @return the lot; null for an operator-period bundle */
    public String lot() {
        return lot;
    }

    /** @return the lot's head; null for an operator-period bundle */
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
