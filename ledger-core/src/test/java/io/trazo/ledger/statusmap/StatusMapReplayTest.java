package io.trazo.ledger.statusmap;

import static io.trazo.ledger.merkle.VectorFiles.number;
import static io.trazo.ledger.merkle.VectorFiles.objects;
import static io.trazo.ledger.merkle.VectorFiles.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trazo.ledger.crypto.Base64Url;
import io.trazo.ledger.crypto.Hex;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.SignedRecord;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bulk replay and the trie's bulk build against the one-record-at-a-time path they replace: the same
 * roots, entries and proof bytes, on the committed fold vectors and on random inputs.
 */
class StatusMapReplayTest {

    @Test
    void replayingEveryPrefixOfTheFoldVectorsGivesThatStepsRootAndEntries() {
        List<JsonObject> steps = objects(foldVectors(), "steps");
        List<SignedRecord> records = steps.stream().map(s -> RecordCodec.parse(Base64Url.decode(string(s, "record")))).toList();
        for (int n = 1; n <= records.size(); n++) {
            StatusMap replayed = StatusMap.replay(records.subList(0, n));
            assertThat(Hex.encode(replayed.root())).as("after %d records", n).isEqualTo(string(steps.get(n - 1), "root"));
            assertThat(replayed.entries()).isEqualTo(number(steps.get(n - 1), "entries"));
        }
    }

    /** Shuffles with repeats reach the order-dependent rules: a revocation before its key, the first actor winning. */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 20261205})
    void replayingRecordsInAnyOrderWithRepeatsEqualsApplyingThemOneByOne(long seed) throws Exception {
        List<SignedRecord> pool = objects(foldVectors(), "steps").stream()
                .map(s -> RecordCodec.parse(Base64Url.decode(string(s, "record")))).toList();
        Random random = new Random(seed);
        List<SignedRecord> records = new ArrayList<>();
        for (int i = random.nextInt(40); i > 0; i--) {
            records.add(pool.get(random.nextInt(pool.size())));
        }
        StatusMap applied = StatusMap.empty();
        for (SignedRecord r : records) {
            applied = applied.apply(r);
        }
        StatusMap replayed = StatusMap.replay(records);
        assertThat(replayed.root()).isEqualTo(applied.root());
        assertThat(replayed.entries()).isEqualTo(applied.entries());
        for (JsonObject e : objects(foldVectors(), "final")) {
            MapKey k = MapKey.of(SubjectKind.fromWire(string(e, "kind")).orElseThrow(), string(e, "id"));
            assertThat(replayed.get(k)).isEqualTo(applied.get(k));
            assertThat(replayed.prove(k).encode()).isEqualTo(applied.prove(k).encode());
        }
    }

    /** Keys that copy a random-length prefix of another key give deep paths and long skipped runs. */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {11, 12, 13, 14, 15})
    void aBulkBuildFromSortedLeavesHasTheSameRootAndProofsAsInsertingOneByOne(long seed) throws Exception {
        Random random = new Random(seed);
        int n = seed == 11 ? 2 : random.nextInt(3_000);
        Map<MapKey, byte[]> values = new HashMap<>();
        List<byte[]> keys = new ArrayList<>();
        while (keys.size() < n) {
            byte[] key = new byte[32];
            random.nextBytes(key);
            if (!keys.isEmpty() && random.nextBoolean()) {
                byte[] near = keys.get(random.nextInt(keys.size()));
                int shared = random.nextInt(256);
                for (int bit = 0; bit < shared; bit++) {
                    int mask = 0x80 >>> (bit & 7);
                    key[bit >>> 3] = (byte) ((key[bit >>> 3] & ~mask) | (near[bit >>> 3] & mask));
                }
            }
            if (values.putIfAbsent(MapKey.ofBytes(key), key) == null) {
                keys.add(key);
            }
        }
        Trie.Node inserted = null;
        List<Trie.Leaf> leaves = new ArrayList<>();
        for (byte[] key : keys) {
            Trie.Leaf leaf = Trie.Leaf.of(key, ("{\"n\":\"" + Hex.encode(key) + "\"}").getBytes());
            inserted = Trie.put(inserted, leaf);
            leaves.add(leaf);
            values.put(MapKey.ofBytes(key), leaf.valueHash());
        }
        leaves.sort((a, b) -> Arrays.compareUnsigned(a.key(), b.key()));
        Trie.Node built = Trie.build(leaves.toArray(Trie.Leaf[]::new));
        assertThat(Trie.root(built)).isEqualTo(Trie.root(inserted)).isEqualTo(ReferenceTree.root(values));
        List<byte[]> probes = new ArrayList<>(keys);
        for (int i = 0; i < 200; i++) {
            byte[] absent = keys.isEmpty() ? new byte[32] : keys.get(random.nextInt(keys.size())).clone();
            absent[random.nextInt(32)] ^= (byte) (1 << random.nextInt(8));
            probes.add(absent);
        }
        for (byte[] key : probes) {
            assertThat(Trie.prove(built, key).encode()).as(Hex.encode(key)).isEqualTo(Trie.prove(inserted, key).encode());
        }
    }

    @Test
    void aBulkBuildRefusesAKeyGivenTwice() {
        Trie.Leaf leaf = Trie.Leaf.of(new byte[32], "{}".getBytes());
        assertThatThrownBy(() -> Trie.build(new Trie.Leaf[] {leaf, Trie.Leaf.of(new byte[32], "{\"a\":1}".getBytes())}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
    }

    private static JsonObject foldVectors() {
        return (JsonObject) StatusMapVectorsTest.load("fold.json");
    }
}
