package io.trazo.ledger.statusmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.trazo.ledger.encoding.Json;
import io.trazo.ledger.encoding.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Random maps: order independence, the reference tree, every proof both ways, and every flipped byte caught. */
class StatusMapPropertiesTest {

    private static JsonObject value(Random random) {
        return Json.obj("actor", "urn:trazo:actor:a" + random.nextInt(1000), "record", Integer.toHexString(random.nextInt()));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 20261205, 99})
    void randomInsertsAndUpdatesInAnyOrderGiveTheRebuiltRootAndEveryProofVerifies(long seed) throws Exception {
        Random random = new Random(seed);
        int n = 1 + random.nextInt(400);
        List<MapKey> keys = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            keys.add(MapKey.of(SubjectKind.KEY, "k" + seed + "-" + i));
        }
        Map<MapKey, JsonObject> last = new HashMap<>();
        StatusMap map = StatusMap.empty();
        List<StatusMap> versions = new ArrayList<>();
        List<byte[]> rootsWhenMade = new ArrayList<>();
        for (int step = 0; step < 2 * n; step++) {
            MapKey k = keys.get(random.nextInt(n));
            JsonObject v = value(random);
            map = map.with(k, v);
            last.put(k, v);
            versions.add(map);
            rootsWhenMade.add(map.root());
        }
        StatusMap rebuilt = StatusMap.empty();
        for (Map.Entry<MapKey, JsonObject> e : new TreeMap<>(last).entrySet()) {
            rebuilt = rebuilt.with(e.getKey(), e.getValue());
        }
        Map<MapKey, byte[]> hashes = new HashMap<>();
        last.forEach((k, v) -> hashes.put(k, MapHashing.valueHash(v)));
        assertThat(map.root()).isEqualTo(rebuilt.root()).isEqualTo(ReferenceTree.root(hashes));
        assertThat(map.entries()).isEqualTo(last.size());
        byte[] root = map.root();
        for (MapKey k : keys) {
            StatusProof proof = StatusProof.decode(map.prove(k).encode());
            proof.verify(k, Optional.ofNullable(hashes.get(k)), root);
            assertThat(proof.present()).isEqualTo(hashes.containsKey(k));
        }
        for (int i = 0; i < 50; i++) {
            MapKey absent = MapKey.of(SubjectKind.ACTOR, "absent-" + i);
            StatusProof proof = StatusProof.decode(map.prove(absent).encode());
            assertThat(proof.present()).isFalse();
            proof.verify(absent, Optional.empty(), root);
        }
        for (int v = 0; v < versions.size(); v++) {
            assertThat(versions.get(v).root()).as("version %d is untouched by later ones", v).isEqualTo(rootsWhenMade.get(v));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {7, 8})
    void everyFlippedByteOfAProofFailsForPresenceAndBothKindsOfAbsence(long seed) throws Exception {
        Random random = new Random(seed);
        StatusMap built = StatusMap.empty();
        for (int i = 0; i < 300; i++) {
            built = built.with(MapKey.of(SubjectKind.KEY, "f" + i), value(random));
        }
        StatusMap map = built;
        byte[] root = map.root();
        List<MapKey> subjects = new ArrayList<>(List.of(MapKey.of(SubjectKind.KEY, "f17")));
        for (int i = 0; subjects.size() < 3 && i < 1000; i++) {
            MapKey absent = MapKey.of(SubjectKind.ACTOR, "x" + i);
            StatusProof.Terminal t = map.prove(absent).terminal();
            if (subjects.stream().noneMatch(s -> map.prove(s).terminal() == t)) {
                subjects.add(absent);
            }
        }
        assertThat(subjects).extracting(s -> map.prove(s).terminal()).containsExactlyInAnyOrder(StatusProof.Terminal.values());
        for (MapKey k : subjects) {
            byte[] good = map.prove(k).encode();
            Optional<byte[]> valueHash = map.get(k).map(MapHashing::valueHash);
            for (int at = 0; at < good.length; at++) {
                for (int mask : new int[] {0x01, 0x80}) {
                    byte[] bad = good.clone();
                    bad[at] ^= (byte) mask;
                    assertThat(fails(bad, k, valueHash, root)).as("byte %d ^ %02x of %s", at, mask, map.prove(k).terminal()).isTrue();
                }
            }
        }
    }

    private static boolean fails(byte[] proof, MapKey key, Optional<byte[]> valueHash, byte[] root) {
        try {
            StatusProof.decode(proof).verify(key, valueHash, root);
            return false;
        } catch (StatusProofException e) {
            return true;
        }
    }

    static StatusProofException failure(byte[] proof, MapKey key, Optional<byte[]> valueHash, byte[] root) {
        return catchThrowableOfType(StatusProofException.class, () -> StatusProof.decode(proof).verify(key, valueHash, root));
    }
}
