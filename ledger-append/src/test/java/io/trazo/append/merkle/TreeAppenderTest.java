package io.trazo.append.merkle;

import io.trazo.ledger.merkle.EngineCrossCheckTest;
import io.trazo.ledger.merkle.MerkleProofs;
import io.trazo.ledger.merkle.MissingTileException;
import io.trazo.ledger.merkle.ProofVerifier;
import io.trazo.ledger.merkle.ReferenceMerkleTree;
import io.trazo.ledger.merkle.Tile;
import io.trazo.ledger.merkle.TileConflictException;
import io.trazo.ledger.merkle.TreeHash;
import io.trazo.ledger.merkle.TreeHead;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TreeAppenderTest {

    @Test
    void batchBoundariesChangeNeitherTheRootsNorTheTiles() {
        List<TreeHash> leaves = EngineCrossCheckTest.leaves(1100);
        InMemoryTileStore oneBatch = new InMemoryTileStore();
        TreeHead head = TreeAppender.empty(oneBatch).append(leaves);
        InMemoryTileStore manyBatches = new InMemoryTileStore();
        MerkleProofs proofs = EngineCrossCheckTest.grow(manyBatches, leaves, new Random(4), 300);

        assertThat(head).isEqualTo(new TreeHead(1100, ReferenceMerkleTree.mth(leaves)));
        assertThat(proofs.rootAt(1100)).isEqualTo(head.root());
        for (long index = 0; index < 5; index++) {
            assertThat(manyBatches.read(0, index, 1)).isEqualTo(oneBatch.read(0, index, 1));
        }
        assertThat(manyBatches.read(1, 0, 4)).isEqualTo(oneBatch.read(1, 0, 4));
    }

    @Test
    void resumingFromTheStoreContinuesTheSameTree() {
        List<TreeHash> leaves = EngineCrossCheckTest.leaves(1300);
        InMemoryTileStore store = new InMemoryTileStore();
        TreeHead first = TreeAppender.empty(store).append(leaves.subList(0, 700));

        TreeAppender resumed = TreeAppender.resume(store, 700);
        assertThat(resumed.head()).isEqualTo(first);
        TreeHead second = resumed.append(leaves.subList(700, 1300));

        assertThat(second).isEqualTo(new TreeHead(1300, ReferenceMerkleTree.mth(leaves)));
    }

    @Test
    void resumingAtASizeTheStoreNeverReachedIsAMissingTile() {
        InMemoryTileStore store = new InMemoryTileStore();
        TreeAppender.empty(store).append(EngineCrossCheckTest.leaves(10));
        assertThatThrownBy(() -> TreeAppender.resume(store, 11))
                .isInstanceOf(MissingTileException.class)
                .hasMessage("no tile at level 0 index 0 with width >= 11");
    }

    @Test
    void aFailedTileWriteLeavesTheAppenderAtItsPreviousHeadAndTheBatchCanBeRetried() {
        InMemoryTileStore backing = new InMemoryTileStore();
        boolean[] failNext = {false};
        TileStore flaky = new TileStore() {
            @Override
            public TileWriteOutcome write(Tile tile) {
                if (failNext[0]) {
                    failNext[0] = false;
                    throw new IllegalStateException("store unavailable");
                }
                return backing.write(tile);
            }

            @Override
            public Optional<Tile> read(int level, long index, int minWidth) {
                return backing.read(level, index, minWidth);
            }
        };
        List<TreeHash> leaves = EngineCrossCheckTest.leaves(600);
        TreeAppender appender = TreeAppender.empty(flaky);
        TreeHead before = appender.append(leaves.subList(0, 100));

        failNext[0] = true;
        assertThatThrownBy(() -> appender.append(leaves.subList(100, 600))).hasMessage("store unavailable");
        assertThat(appender.head()).isEqualTo(before);

        assertThat(appender.append(leaves.subList(100, 600)).root()).isEqualTo(ReferenceMerkleTree.mth(leaves));
    }

    @Test
    void aForkedAppendIsRejectedAndTheFirstWriterWins() {
        InMemoryTileStore store = new InMemoryTileStore();
        TreeAppender first = TreeAppender.empty(store);
        TreeAppender second = TreeAppender.empty(store);
        List<TreeHash> leaves = EngineCrossCheckTest.leaves(3);
        first.append(leaves.subList(0, 2));

        assertThatThrownBy(() -> second.append(List.of(leaves.get(2), leaves.get(1))))
                .isInstanceOf(TileConflictException.class);
        assertThat(new MerkleProofs(store).rootAt(2)).isEqualTo(ReferenceMerkleTree.mth(leaves.subList(0, 2)));
    }

    @Test
    void aHundredThousandLeavesGrowInBatchesAndEverySizeReachedRemainsProvable() {
        int total = 100_000;
        List<TreeHash> leaves = EngineCrossCheckTest.leaves(total);
        InMemoryTileStore store = new InMemoryTileStore();
        TreeAppender appender = TreeAppender.empty(store);
        List<TreeHead> heads = new ArrayList<>();
        for (int start = 0; start < total; start += 997) {
            heads.add(appender.append(leaves.subList(start, Math.min(total, start + 997))));
        }
        ReferenceMerkleTree reference = new ReferenceMerkleTree(leaves);
        assertThat(appender.head().root()).isEqualTo(reference.mth(0, total));
        // 390 full level-0 tiles, 1 full level-1 tile, and at most one partial tile per tile level per batch.
        assertThat(store.tileCount()).isLessThanOrEqualTo(390 + 1 + 3 * heads.size());

        MerkleProofs proofs = new MerkleProofs(store);
        Random random = new Random(5);
        for (int trial = 0; trial < 200; trial++) {
            TreeHead newer = heads.get(random.nextInt(heads.size()));
            TreeHead older = heads.get(random.nextInt(heads.size()));
            if (older.size() > newer.size()) {
                TreeHead swap = older;
                older = newer;
                newer = swap;
            }
            int index = random.nextInt((int) newer.size());
            TreeHead n = newer;
            TreeHead m = older;
            assertThatCode(() -> {
                ProofVerifier.verifyInclusion(leaves.get(index), proofs.inclusionProof(index, n.size()), n.root());
                ProofVerifier.verifyConsistency(proofs.consistencyProof(m.size(), n.size()), m.root(), n.root());
            }).doesNotThrowAnyException();
        }
        int arbitrary = 65_537 + random.nextInt(30_000);
        assertThat(proofs.rootAt(arbitrary)).isEqualTo(reference.mth(0, arbitrary));
        assertThat(proofs.inclusionProof(65_536, arbitrary).path()).isEqualTo(reference.path(65_536, arbitrary));
        assertThat(proofs.consistencyProof(65_536, arbitrary).path()).isEqualTo(reference.proof(65_536, arbitrary));
    }
}
