package io.trazo.ledger.log;



import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.merkle.ConsistencyProof;
import io.trazo.ledger.merkle.InclusionProof;
import io.trazo.ledger.merkle.MerkleProofs;
import io.trazo.ledger.merkle.TileReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The read side of the log: checkpoints and proofs for readers, computed from the stores alone, never
 * past the latest published checkpoint (anything beyond it may be a crashed sequencer's leftovers).
 * Holds no key and writes nothing; safe to share between threads if the stores are.
 */
public final class LogProofs {

    private final MerkleProofs proofs;
    private final LeafIndexReader leaves;
    private final CheckpointReader history;

    public LogProofs(TileReader tiles, LeafIndexReader leaves, CheckpointReader history) {
        this.proofs = new MerkleProofs(tiles);
        this.leaves = leaves;
        this.history = history;
    }

    public Optional<SignedCheckpoint> latest() {
        return history.latest();
    }

    public Optional<SignedCheckpoint> checkpoint(long size) {
        return history.at(size);
    }

    public List<SignedCheckpoint> checkpoints(long fromSize, int limit) {
        return history.since(fromSize, limit);
    }

    /** The inclusion proof of {@code record} in the tree of {@code treeSize} leaves (RFC 9162 §2.1.3.1). */
    public RecordInclusion inclusion(Digest record, long treeSize) throws LogLookupException {
        requirePublished(treeSize);
        long leafIndex = leaves.indexOf(record).orElseThrow(() -> LogLookupException.unknownRecord(record.hex()));
        if (leafIndex >= treeSize) {
            throw LogLookupException.notInTree(record.hex(), leafIndex, treeSize);
        }
        return new RecordInclusion(record, proofs.inclusionProof(leafIndex, treeSize));
    }

    /** The inclusion proof of {@code record} against the latest checkpoint. */
    public RecordInclusion inclusion(Digest record) throws LogLookupException {
        return inclusion(record, latestSize());
    }

    /** The consistency proof between two tree sizes (RFC 9162 §2.1.4.1). */
    public ConsistencyProof consistency(long size1, long size2) throws LogLookupException {
        if (size1 <= 0 || size1 > size2) {
            throw LogLookupException.sizeNotPublished("consistency needs 0 < size1 <= size2, got " + size1 + " and "
                    + size2, latestSize());
        }
        requirePublished(size2);
        return proofs.consistencyProof(size1, size2);
    }

    /**
     * Evidence that each of {@code records} is in the log, against the checkpoint published at
     * {@code size}, for carrying in a provenance bundle.
     */
    public LogEvidence evidence(List<Digest> records, long size) throws LogLookupException {
        SignedCheckpoint checkpoint = history.at(size).orElseThrow(() -> LogLookupException.noCheckpoint(size));
        requirePublished(size);
        Map<Digest, Long> indices = leaves.indicesOf(records);
        List<Long> leafIndices = new ArrayList<>(records.size());
        for (Digest record : records) {
            Long leafIndex = indices.get(record);
            if (leafIndex == null) {
                throw LogLookupException.unknownRecord(record.hex());
            }
            if (leafIndex >= size) {
                throw LogLookupException.notInTree(record.hex(), leafIndex, size);
            }
            leafIndices.add(leafIndex);
        }
        List<InclusionProof> paths = proofs.inclusionProofs(leafIndices, size);
        List<LeafProof> evidence = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            evidence.add(new LeafProof(records.get(i), paths.get(i).leafIndex(), paths.get(i).path()));
        }
        return new LogEvidence(checkpoint.note(), evidence);
    }

    private void requirePublished(long size) throws LogLookupException {
        long latest = latestSize();
        if (size <= 0 || size > latest) {
            throw LogLookupException.sizeNotPublished("tree size " + size + " is not published", latest);
        }
    }

    private long latestSize() {
        return history.latest().map(SignedCheckpoint::size).orElse(0L);
    }
}
