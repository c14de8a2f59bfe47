package io.trazo.ledger.bundle;

import io.trazo.ledger.crypto.Digest;
import java.util.ArrayList;
import java.util.List;

/** A bundle whose envelope was read: its subject and the records' exact wire bytes, in bundle order. */
public final class ParsedBundle {

    private final String lot;
    private final Digest head;
    private final List<byte[]> records;
    private final boolean hasLog;

    ParsedBundle(String lot, Digest head, List<byte[]> records, boolean hasLog) {
        this.lot = lot;
        this.head = head;
        this.records = new ArrayList<>();
        records.forEach(r -> this.records.add(r.clone()));
        this.hasLog = hasLog;
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

    public boolean hasLog() {
        return hasLog;
    }
}
