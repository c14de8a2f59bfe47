package io.trazo.ledger.log;

import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.store.LedgerReader;
import io.trazo.ledger.store.StoredRecord;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The log's entries for anyone to read (docs/protocol.md §17, "Entries"): the exact leaf inputs of leaves
 * {@code [start, end)}, so a reader can hash each (RFC 9162 leaf hash) and check it against the tiles, then
 * replay the records and map-root leaves in order.
 *
 * <p>Why not C2SP tlog-tiles entry bundles: their uint16 length prefix caps an entry at 65,535 bytes, and
 * a record leaf input is an 18-byte prefix plus a record of up to 65,536 bytes. The framing here is the
 * same idea with a uint32 big-endian length: {@code (length[4] ‖ leafInput[length])*}, one frame per leaf,
 * in leaf order, nothing else.
 */
public final class LogEntries {

    /** Most leaves served or parsed per call: one tile's width, so a reader pages as it does for tiles. */
    public static final int MAX_LEAVES = 256;

    /**
     * Largest leaf input a reader accepts. A record's wire form is at most 64 KiB, but its JCS form can be longer
     * (an exponent written out in full), so the bound is generous: it only keeps a hostile server from making a
     * reader allocate without limit.
     */
    public static final int MAX_LEAF_INPUT = 1 << 20;

    private final LeafIndexReader leaves;
    private final LedgerReader ledger;

    public LogEntries(LeafIndexReader leaves, LedgerReader ledger) {
        this.leaves = leaves;
        this.ledger = ledger;
    }

    /**
     * The framed leaf inputs of leaves {@code [start, end)}. The caller bounds {@code end} by the latest
     * checkpoint it serves: the index may hold leaves no checkpoint covers yet.
     *
     * @throws LogLookupException if a leaf in the range has no entry, or its record is gone from the ledger
     */
    public byte[] framed(long start, long end) throws LogLookupException {
        if (start < 0 || end <= start || end - start > MAX_LEAVES) {
            throw new IllegalArgumentException("entries are served for 1 to " + MAX_LEAVES + " leaves from start >= 0, got ["
                    + start + ", " + end + ")");
        }
        int count = (int) (end - start);
        List<LeafEntry> entries = leaves.entries(start, count);
        if (entries.size() != count) {
            throw LogLookupException.missingEntry(start + entries.size());
        }
        List<Digest> hashes = new ArrayList<>();
        for (LeafEntry e : entries) {
            if (e instanceof LeafEntry.Record r) {
                hashes.add(r.record());
            }
        }
        Map<Digest, StoredRecord> records = ledger.records(hashes);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long leaf = start;
        for (LeafEntry e : entries) {
            byte[] input;
            if (e instanceof LeafEntry.MapRoot m) {
                input = m.input();
            } else {
                StoredRecord stored = records.get(((LeafEntry.Record) e).record());
                if (stored == null) {
                    throw LogLookupException.missingEntry(leaf);
                }
                input = LogLeaf.inputOfStored(stored.wire());
            }
            out.writeBytes(ByteBuffer.allocate(4).putInt(input.length).array());
            out.writeBytes(input);
            leaf++;
        }
        return out.toByteArray();
    }

    /**
     * Splits framed entries into leaf inputs.
     *
     * @throws EvidenceFormatException if a frame is truncated, empty, too long, or there are more than {@code expected}
     *     or fewer
     */
    public static List<byte[]> parse(byte[] framed, int expected) throws EvidenceFormatException {
        List<byte[]> inputs = new ArrayList<>(expected);
        ByteBuffer in = ByteBuffer.wrap(framed);
        while (in.hasRemaining()) {
            if (in.remaining() < 4 || inputs.size() == expected) {
                throw new EvidenceFormatException("/entries", in.remaining() + " bytes left after " + inputs.size()
                        + " entries, expected exactly " + expected);
            }
            int length = in.getInt();
            if (length < 1 || length > MAX_LEAF_INPUT || length > in.remaining()) {
                throw new EvidenceFormatException("/entries", "entry " + inputs.size() + " claims " + Integer.toUnsignedString(length)
                        + " bytes with " + in.remaining() + " left (at most " + MAX_LEAF_INPUT + ")");
            }
            byte[] input = new byte[length];
            in.get(input);
            inputs.add(input);
        }
        if (inputs.size() != expected) {
            throw new EvidenceFormatException("/entries", "got " + inputs.size() + " entries, expected " + expected);
        }
        return inputs;
    }
}
