package io.trazo.ledger.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The tiled engine against the spec-literal {@link ReferenceMerkleTree}. */
class EngineCrossCheckTest {

    static List<TreeHash> leaves(int count) {
        List<TreeHash> leaves = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            leaves.add(TreeHasher.leafHash(("leaf-" + i).getBytes(StandardCharsets.UTF_8)));
        }
        return leaves;
    }

    static MerkleProofs grow(InMemoryTileStore store, List<TreeHash> leaves, Random batchSizes, int maxBatch) {
        TreeAppender appender = TreeAppender.empty(store);
        int next = 0;
        while (next < leaves.size()) {
            int end = Math.min(leaves.size(), next + 1 + batchSizes.nextInt(maxBatch));
            appender.append(leaves.subList(next, end));
            next = end;
        }
        assertThat(appender.size()).isEqualTo(leaves.size());
        return new MerkleProofs(store);
    }

    @Test
    void everyRootAndProofOfEverySizeUpToThreeHundredEqualsTheReference() {
        List<TreeHash> leaves = leaves(300);
        ReferenceMerkleTree reference = new ReferenceMerkleTree(leaves);
        MerkleProofs proofs = grow(new InMemoryTileStore(), leaves, new Random(1), 7);

        for (int n = 1; n <= 300; n++) {
            TreeHash root = reference.mth(0, n);
            assertThat(proofs.rootAt(n)).as("root %d", n).isEqualTo(root);
            for (int i = 0; i < n; i++) {
                InclusionProof proof = proofs.inclusionProof(i, n);
                assertThat(proof.path()).as("PATH(%d, D[%d])", i, n).isEqualTo(reference.path(i, n));
                assertThatCode(() -> ProofVerifier.verifyInclusion(leaves.get((int) proof.leafIndex()),
                        proof, root)).doesNotThrowAnyException();
            }
            for (int m = 1; m <= n; m++) {
                ConsistencyProof proof = proofs.consistencyProof(m, n);
                assertThat(proof.path()).as("PROOF(%d, D[%d])", m, n).isEqualTo(reference.proof(m, n));
                TreeHash oldRoot = reference.mth(0, m);
                assertThatCode(() -> ProofVerifier.verifyConsistency(proof, oldRoot, root))
                        .doesNotThrowAnyException();
            }
        }
    }

    @Test
    void randomProofsInAFewThousandLeavesEqualTheReference() {
        List<TreeHash> leaves = leaves(5000);
        ReferenceMerkleTree reference = new ReferenceMerkleTree(leaves);
        MerkleProofs proofs = grow(new InMemoryTileStore(), leaves, new Random(2), 600);
        Random random = new Random(3);

        for (int trial = 0; trial < 500; trial++) {
            int n = 1 + random.nextInt(leaves.size());
            int m = 1 + random.nextInt(n);
            int i = random.nextInt(n);
            assertThat(proofs.rootAt(n)).isEqualTo(reference.mth(0, n));
            assertThat(proofs.inclusionProof(i, n).path()).as("PATH(%d, D[%d])", i, n).isEqualTo(reference.path(i, n));
            assertThat(proofs.consistencyProof(m, n).path()).as("PROOF(%d, D[%d])", m, n)
                    .isEqualTo(reference.proof(m, n));
        }
    }
}
