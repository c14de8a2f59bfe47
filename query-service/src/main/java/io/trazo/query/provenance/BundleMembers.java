package io.trazo.query.provenance;

import io.trazo.ledger.bundle.BundleExporter;
import io.trazo.ledger.bundle.KeyStatusEvidence;
import io.trazo.ledger.encoding.JsonArray;
import io.trazo.ledger.log.CosignatureReader;
import io.trazo.ledger.log.LeafEntry;
import io.trazo.ledger.merkle.MerkleProofs;
import io.trazo.ledger.merkle.TileReader;
import io.trazo.ledger.merkle.TreeHash;
import io.trazo.query.store.IntegrityAlarm;
import java.util.List;
import java.util.Optional;

/**
 * Bundle format 2's members as query writes them (docs/protocol.md §20.6, §19.5): key-status proofs from
 * {@link StatusMapSnapshots} against the checkpoint's last leaf, and the witness cosignatures stored for that
 * checkpoint. A proof is made only from a map the log commits to: the replayed map-root leaf must equal the
 * leaf index's entry, and that entry must hash to the tree's leaf. Otherwise the bundle goes out without
 * proofs (its report then says key status not proven) and the integrity alarm fires, as for any record
 * that fails its store check.
 */
public final class BundleMembers implements BundleExporter.Format2 {

    /** The counter tag of {@link IntegrityAlarm} for a map the log does not commit to. */
    public static final String MAP_ROOT_CHECK = "map-root";
    /** §18: at most 64 lines in the member. */
    static final int MAX_COSIGNATURES = 64;

    private final StatusMapSnapshots snapshots;
    private final MerkleProofs tree;
    private final CosignatureReader cosignatures;
    private final IntegrityAlarm alarm;

    public BundleMembers(StatusMapSnapshots snapshots, TileReader tiles, CosignatureReader cosignatures, IntegrityAlarm alarm) {
        this.snapshots = snapshots;
        this.tree = new MerkleProofs(tiles);
        this.cosignatures = cosignatures;
        this.alarm = alarm;
    }

    @Override
    public Optional<JsonArray> keyStatusProofs(long treeSize, List<byte[]> records) {
        StatusMapSnapshots.Snapshot snapshot = snapshots.at(treeSize);
        if (snapshot instanceof StatusMapSnapshots.Snapshot.Disagrees d) {
            alarm.raise(MAP_ROOT_CHECK, d.detail());
            return Optional.empty();
        }
        if (!(snapshot instanceof StatusMapSnapshots.Snapshot.Committed c)) {
            return Optional.empty();
        }
        long leaf = treeSize - 1;
        TreeHash inTree = tree.leafHash(leaf);
        if (!new LeafEntry.MapRoot(c.leafInput()).leafHash().equals(inTree)) {
            alarm.raise(MAP_ROOT_CHECK, "map-root leaf " + leaf + " of the leaf index does not hash to the tree's leaf "
                    + inTree.toHex());
            return Optional.empty();
        }
        return Optional.of(KeyStatusEvidence.of(c.map(), c.leafInput(), leaf, tree.inclusionProof(leaf, treeSize).path(), records));
    }

    @Override
    public List<String> cosignatures(long treeSize) {
        return cosignatures.at(treeSize).stream().distinct().limit(MAX_COSIGNATURES).toList();
    }
}
