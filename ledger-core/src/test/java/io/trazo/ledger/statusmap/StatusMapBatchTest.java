package io.trazo.ledger.statusmap;

import static io.trazo.ledger.merkle.VectorFiles.objects;
import static io.trazo.ledger.merkle.VectorFiles.string;
import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.ledger.crypto.Base64Url;
import io.trazo.ledger.crypto.Hex;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.SignedRecord;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The batch fold ({@link StatusMap#applyAll}, {@link Trie#putAll}) against one record, one leaf, at a time:
 * the same roots, entries and proof bytes whatever the batch boundaries.
 */
class StatusMapBatchTest {

    /** Random batch boundaries over shuffles with repeats reach a batch that reads what an earlier record of it set. */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20261206})
    void applyingRecordsInBatchesEqualsApplyingThemOneByOne(long seed) {
        List<SignedRecord> pool = objects(foldVectors(), "steps").stream()
                .map(s -> RecordCodec.parse(Base64Url.decode(string(s, "record")))).toList();
        Random random = new Random(seed);
        StatusMap single = StatusMap.empty();
        StatusMap batched = StatusMap.empty();
        for (int batch = random.nextInt(6); batch >= 0; batch--) {
            List<SignedRecord> records = new ArrayList<>();
            for (int i = random.nextInt(30); i > 0; i--) {
                records.add(pool.get(random.nextInt(pool.size())));
            }
            for (SignedRecord r : records) {
                single = single.apply(r);
            }
            batched = batched.applyAll(records);
            assertThat(batched.root()).isEqualTo(single.root());
            assertThat(batched.entries()).isEqualTo(single.entries());
        }
        for (JsonObject e : objects(foldVectors(), "final")) {
            MapKey k = MapKey.of(SubjectKind.fromWire(string(e, "kind")).orElseThrow(), string(e, "id"));
            assertThat(batched.get(k)).isEqualTo(single.get(k));
            assertThat(batched.prove(k).encode()).isEqualTo(single.prove(k).encode());
        }
    }

    /** Keys that copy a random-length prefix of another give deep paths, skipped runs and replacements in a batch. */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {21, 22, 23, 24, 25, 26, 27, 28})
    void puttingSortedLeavesTogetherEqualsPuttingThemOneByOne(long seed) {
        Random random = new Random(seed);
        Trie.Node single = null;
        Trie.Node batched = null;
        List<byte[]> keys = new ArrayList<>();
        for (int round = 0; round < 5; round++) {
            Map<String, Trie.Leaf> batch = new LinkedHashMap<>();
            for (int i = seed == 21 ? 2 : random.nextInt(800); i > 0; i--) {
                byte[] key = keys.isEmpty() || random.nextInt(4) > 0 ? nearKey(random, keys) : keys.get(random.nextInt(keys.size()));
                Trie.Leaf leaf = Trie.Leaf.of(key, ("{\"r\":" + round + ",\"i\":" + i + "}").getBytes());
                batch.put(Hex.encode(key), leaf);
            }
            for (Trie.Leaf leaf : batch.values()) {
                single = Trie.put(single, leaf);
                keys.add(leaf.key());
            }
            Trie.Leaf[] sorted = batch.values().stream().sorted((a, b) -> Arrays.compareUnsigned(a.key(), b.key()))
                    .toArray(Trie.Leaf[]::new);
            batched = Trie.putAll(batched, sorted);
            assertThat(Trie.root(batched)).as("round %d", round).isEqualTo(Trie.root(single));
        }
        for (byte[] key : keys) {
            assertThat(Trie.prove(batched, key).encode()).isEqualTo(Trie.prove(single, key).encode());
            byte[] absent = key.clone();
            absent[random.nextInt(32)] ^= (byte) (1 << random.nextInt(8));
            assertThat(Trie.prove(batched, absent).encode()).isEqualTo(Trie.prove(single, absent).encode());
        }
    }

    private static byte[] nearKey(Random random, List<byte[]> keys) {
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
        return key;
    }

    private static JsonObject foldVectors() {
        return (JsonObject) StatusMapVectorsTest.load("fold.json");
    }
}
