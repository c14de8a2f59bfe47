package io.trazo.ledger.statusmap;

import static io.trazo.ledger.merkle.VectorFiles.number;
import static io.trazo.ledger.merkle.VectorFiles.object;
import static io.trazo.ledger.merkle.VectorFiles.objects;
import static io.trazo.ledger.merkle.VectorFiles.string;
import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.ledger.crypto.Base64Url;
import io.trazo.ledger.crypto.Hex;
import io.trazo.ledger.encoding.JsonArray;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.encoding.JsonValue;
import io.trazo.ledger.encoding.StrictJson;
import io.trazo.ledger.merkle.TreeHasher;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.record.SignedRecord;
import java.io.IOException;
import java.io.InputStream;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Java status map against {@code vectors/statusmap/}, written by {@code gen_vectors.py}: an
 * independent Python reading of protocol §20 whose tree is the naive recursive definition.
 */
class StatusMapVectorsTest {

    private static final StrictJson JSON = new StrictJson(new StrictJson.Limits(1 << 20, 32));

    static Stream<JsonObject> maps() {
        return ((JsonArray) load("maps.json")).elements().stream().map(JsonObject.class::cast);
    }

    @Test
    void mapKeysValueHashesLeafAndNodeHashesAreTheSpecsBytes() {
        JsonObject v = (JsonObject) load("hashes.json");
        for (JsonObject k : objects(v, "mapKeys")) {
            MapKey key = MapKey.of(SubjectKind.fromWire(string(k, "kind")).orElseThrow(), string(k, "id"));
            assertThat(key.hex()).as(string(k, "id")).isEqualTo(string(k, "mapKey"));
        }
        assertThat(Hex.encode(MapHashing.valueHash(object(v, "value")))).isEqualTo(string(v, "valueHash"));
        JsonObject leaf = object(v, "leaf");
        assertThat(Hex.encode(MapHashing.leafHash(Hex.decode(string(leaf, "mapKey")), Hex.decode(string(leaf, "valueHash")))))
                .isEqualTo(string(leaf, "leafHash"));
        JsonObject node = object(v, "node");
        assertThat(Hex.encode(MapHashing.nodeHash(Hex.decode(string(node, "left")), Hex.decode(string(node, "right")))))
                .isEqualTo(string(node, "nodeHash"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("maps")
    void rootsAndEveryProofOfAPresentAndAnAbsentKeyMatchByteForByteAndVerify(JsonObject vector) throws Exception {
        StatusMap map = StatusMap.empty();
        for (JsonObject e : objects(vector, "entries")) {
            map = map.with(key(e), object(e, "value"));
        }
        byte[] root = Hex.decode(string(vector, "root"));
        assertThat(Hex.encode(map.root())).isEqualTo(string(vector, "root"));
        assertThat(map.entries()).isEqualTo(objects(vector, "entries").size());
        for (JsonObject p : objects(vector, "proofs")) {
            MapKey key = key(p);
            StatusProof proof = map.prove(key);
            assertThat(Base64.getEncoder().encodeToString(proof.encode())).as(string(p, "id")).isEqualTo(string(p, "proof"));
            assertThat(proof.terminal().ordinal()).isEqualTo(number(p, "terminal"));
            StatusProof decoded = StatusProof.decode(Base64.getDecoder().decode(string(p, "proof")));
            assertThat(decoded.encode()).isEqualTo(proof.encode());
            Optional<byte[]> valueHash = map.get(key).map(MapHashing::valueHash);
            assertThat(valueHash.isPresent()).isEqualTo(((io.trazo.ledger.encoding.JsonBoolean) p.get("present").orElseThrow()).value());
            decoded.verify(key, valueHash, root);
        }
    }

    @Test
    void foldingTheRecordsInLogOrderGivesEveryRootAndTheFinalValues() {
        JsonObject v = (JsonObject) load("fold.json");
        StatusMap map = StatusMap.empty();
        for (JsonObject step : objects(v, "steps")) {
            SignedRecord record = RecordCodec.parse(Base64Url.decode(string(step, "record")));
            assertThat(record.hash().hex()).isEqualTo(string(step, "recordHash"));
            map = map.apply(record);
            assertThat(Hex.encode(map.root())).as("after " + record).isEqualTo(string(step, "root"));
            assertThat(map.entries()).isEqualTo(number(step, "entries"));
        }
        for (JsonObject e : objects(v, "final")) {
            assertThat(map.get(key(e))).contains(object(e, "value"));
        }
    }

    @Test
    void theMapRootLeafHasItsBytesAndItsLogLeafHash() throws Exception {
        JsonObject v = (JsonObject) load("map-root-leaf.json");
        byte[] input = MapRootLeaf.leafInput(number(v, "entries"), number(v, "lastLeafIndex"), Hex.decode(string(v, "root")));
        assertThat(Hex.encode(input)).isEqualTo(string(v, "leafInput"));
        assertThat(TreeHasher.leafHash(input).toHex()).isEqualTo(string(v, "logLeafHash"));
        MapRootLeaf parsed = MapRootLeaf.parse(input);
        assertThat(parsed.entries()).isEqualTo(number(v, "entries"));
        assertThat(parsed.lastLeafIndex()).isEqualTo(number(v, "lastLeafIndex"));
        assertThat(Hex.encode(parsed.root())).isEqualTo(string(v, "root"));
    }

    private static MapKey key(JsonObject subject) {
        return MapKey.of(SubjectKind.fromWire(string(subject, "kind")).orElseThrow(), string(subject, "id"));
    }

    static JsonValue load(String name) {
        try (InputStream in = StatusMapVectorsTest.class.getResourceAsStream("/vectors/statusmap/" + name)) {
            return JSON.parse(in.readAllBytes());
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("vector file " + name + " is missing", e);
        }
    }

}
