package io.trazo.ledger.merkle;

import io.trazo.append.merkle.TreeAppender;
import io.trazo.append.merkle.TileStore;
import io.trazo.append.merkle.InMemoryTileStore;
import io.trazo.append.merkle.TileWriteOutcome;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The tiled engine against the spec-literal {@link ReferenceMerkleTree}. */
public class EngineCrossCheckTest {

    public static List<TreeHash> leaves(int count) {
        List<TreeHash> leaves = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            leaves.add(TreeHasher.leafHash(("leaf-" + i).getBytes(StandardCharsets.UTF_8)));
        }
        return leaves;
    }

    public static MerkleProofs grow(InMemoryTileStore store, List<TreeHash> leaves, Random batchSizes, int maxBatch) {
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

    @Test
    void proofsOfManyLeavesAtOnceEqualTheReferenceAndEachSingleProofWithFewerTileReads() {
        List<TreeHash> small = leaves(5000);
        ReferenceMerkleTree reference = new ReferenceMerkleTree(small);
        MerkleProofs smallProofs = grow(new InMemoryTileStore(), small, new Random(4), 600);
        List<Long> some = List.of(0L, 255L, 256L, 1234L, 4095L, 4096L, 4999L, 1234L);
        List<InclusionProof> batch = smallProofs.inclusionProofs(some, 5000);
        for (int k = 0; k < some.size(); k++) {
            assertThat(batch.get(k).path()).isEqualTo(reference.path(some.get(k).intValue(), 5000));
        }

        InMemoryTileStore store = new InMemoryTileStore();
        grow(store, leaves(66_000), new Random(5), 4000);
        int[] reads = new int[2];
        TileStore counting = new TileStore() {
            @Override
            public TileWriteOutcome write(Tile tile) {
                throw new UnsupportedOperationException();
            }

            @Override
            public java.util.Optional<Tile> read(int level, long index, int minWidth) {
                reads[0]++;
                return store.read(level, index, minWidth);
            }

            @Override
            public List<Tile> readFull(int level, java.util.Collection<Long> indices) {
                reads[1]++;
                return store.readFull(level, indices);
            }
        };
        MerkleProofs proofs = new MerkleProofs(counting);
        Random random = new Random(6);
        List<Long> leaves = new ArrayList<>();
        for (int k = 0; k < 80; k++) {
            leaves.add((long) random.nextInt(66_000));
        }
        for (long size : new long[] {66_000, 65_536, 65_537, 40_000 + 1}) {
            List<Long> inTree = leaves.stream().filter(l -> l < size).toList();
            reads[0] = 0;
            List<InclusionProof> single = inTree.stream().map(l -> proofs.inclusionProof(l, size)).toList();
            int singleReads = reads[0];
            reads[0] = 0;
            reads[1] = 0;
            assertThat(proofs.inclusionProofs(inTree, size)).isEqualTo(single);
            assertThat(reads[1]).as("batches for size %d", size).isLessThanOrEqualTo(3);
            assertThat(reads[0]).as("single reads besides the batches for size %d", size).isLessThan(10);
            assertThat(singleReads).isGreaterThan(inTree.size());
        }
    }

    @Test
    void everyPathOfOneBatchEqualsTheReferenceThoughTheBatchHashesEachInnerNodeOnce() {
        List<TreeHash> leaves = leaves(1100);
        ReferenceMerkleTree reference = new ReferenceMerkleTree(leaves);
        MerkleProofs proofs = grow(new InMemoryTileStore(), leaves, new Random(7), 300);
        for (int size : new int[] {1100, 1024, 777, 256, 1}) {
            List<Long> all = new ArrayList<>();
            for (long leaf = size - 1; leaf >= 0; leaf--) {
                all.add(leaf);
            }
            List<InclusionProof> batch = proofs.inclusionProofs(all, size);
            for (int k = 0; k < all.size(); k++) {
                int leaf = all.get(k).intValue();
                assertThat(batch.get(k).path()).as("PATH(%d, D[%d])", leaf, size).isEqualTo(reference.path(leaf, size));
            }
        }
    }
}
