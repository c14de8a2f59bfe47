package io.trazo.append.log;

import io.trazo.ledger.log.LeafEntry;
import io.trazo.ledger.log.LogLeaf;
import io.trazo.ledger.log.SignedCheckpoint;
import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.merkle.MerkleProofs;
import io.trazo.ledger.merkle.ProofVerifier;
import io.trazo.ledger.merkle.checkpoint.Checkpoint;
import io.trazo.ledger.merkle.checkpoint.Checkpoints;
import io.trazo.ledger.store.LedgerReader;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What must hold between the ledger and its log whatever crashed or raced: the committed tree holds
 * exactly the accepted records up to the integrated position, in position order, each once (with map-root
 * leaves, if any, between batches, each hashing to its tile entry); the tiles
 * give the committed root; every published checkpoint verifies and is consistent with the committed one.
 */
public final class LogInvariants {

    private LogInvariants() {}

    public static LogState check(LedgerReader ledger, LogStores stores, LogSigner signer) throws Exception {
        LogState state = stores.state().load().orElseThrow();
        MerkleProofs proofs = new MerkleProofs(stores.tiles());
        assertThat(proofs.rootAt(state.treeSize())).isEqualTo(state.root());
        long leaf = 0;
        Set<Digest> seen = new HashSet<>();
        for (long position = 1; position <= state.integratedPosition(); position++) {
            var accepted = ledger.acceptedAt(position);
            if (accepted.isEmpty()) {
                continue;
            }
            Digest record = accepted.get();
            assertThat(seen.add(record)).as("record %s integrated once", record).isTrue();
            while (stores.leaves().entries(leaf, 1).stream().anyMatch(LeafEntry.MapRoot.class::isInstance)) {
                assertThat(proofs.leafHash(leaf)).isEqualTo(((LeafEntry.MapRoot) stores.leaves().entries(leaf, 1).get(0)).leafHash());
                leaf++;
            }
            assertThat(stores.leaves().recordAt(leaf)).as("leaf %d", leaf).contains(record);
            assertThat(stores.leaves().indexOf(record)).contains(leaf);
            assertThat(proofs.leafHash(leaf)).isEqualTo(LogLeaf.hash(ledger.record(record).orElseThrow().wire()));
            leaf++;
        }
        while (leaf < state.treeSize() && stores.leaves().entries(leaf, 1).stream().anyMatch(LeafEntry.MapRoot.class::isInstance)) {
            assertThat(proofs.leafHash(leaf)).isEqualTo(((LeafEntry.MapRoot) stores.leaves().entries(leaf, 1).get(0)).leafHash());
            leaf++;
        }
        assertThat(leaf).as("tree size").isEqualTo(state.treeSize());
        List<SignedCheckpoint> history = stores.history().since(0, Integer.MAX_VALUE);
        if (state.treeSize() > 0) {
            assertThat(history).contains(state.checkpoint().orElseThrow());
        }
        for (SignedCheckpoint signed : history) {
            Checkpoint checkpoint = Checkpoints.open(signed.bytes(), signer.origin(), signer.verifierKeys()).checkpoint();
            assertThat(checkpoint.size()).isEqualTo(signed.size()).isLessThanOrEqualTo(state.treeSize());
            ProofVerifier.verifyConsistency(proofs.consistencyProof(checkpoint.size(), state.treeSize()),
                    checkpoint.root(), state.root());
        }
        return state;
    }
}
