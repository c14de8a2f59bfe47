package io.trazo.ledger.merkle;

import io.trazo.append.merkle.TreeAppender;
import io.trazo.append.merkle.InMemoryTileStore;
import static io.trazo.ledger.merkle.VectorFiles.number;
import static io.trazo.ledger.merkle.VectorFiles.string;
import static io.trazo.ledger.merkle.VectorFiles.strings;
import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.ledger.encoding.JsonArray;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.encoding.JsonString;
import io.trazo.ledger.encoding.JsonValue;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The classic 8-leaf certificate-transparency tree, and every proof over it. */
class ReferenceTreeVectorsTest {

    private static JsonObject tree;
    private static List<TreeHash> leafHashes;
    private static InMemoryTileStore store;
    private static MerkleProofs proofs;

    @BeforeAll
    static void buildTheTreeOneLeafAtATime() {
        tree = VectorFiles.json("merkle/reference_tree_8.json");
        leafHashes = strings(tree, "leafInputs").stream()
                .map(hex -> TreeHasher.leafHash(HexFormat.of().parseHex(hex))).toList();
        store = new InMemoryTileStore();
        TreeAppender appender = TreeAppender.empty(store);
        for (TreeHash leaf : leafHashes) {
            appender.append(List.of(leaf));
        }
        proofs = new MerkleProofs(store);
    }

    @Test
    void everyPrefixRootMatches() {
        List<String> roots = strings(tree, "rootHashes");
        for (int n = 0; n <= 8; n++) {
            assertThat(proofs.rootAt(n).toHex()).as("root of %d leaves", n).isEqualTo(roots.get(n));
            assertThat(ReferenceMerkleTree.mth(leafHashes.subList(0, n)).toHex()).isEqualTo(roots.get(n));
        }
    }

    @Test
    void everyNodeHashMatches() {
        TileNodeReader nodes = new TileNodeReader(store);
        List<JsonValue> levels = VectorFiles.array(tree, "nodeHashes");
        int checked = 0;
        for (int level = 0; level < levels.size(); level++) {
            List<JsonValue> row = ((JsonArray) levels.get(level)).elements();
            for (int index = 0; index < row.size(); index++) {
                assertThat(nodes.node(level, index).toHex()).as("node %d/%d", level, index)
                        .isEqualTo(((JsonString) row.get(index)).value());
                checked++;
            }
        }
        assertThat(checked).isEqualTo(8 + 4 + 2 + 1);
    }

    @Test
    void generatedInclusionProofsEqualTheDerivedTableExactly() {
        JsonObject table = VectorFiles.json("merkle/derived_all_proofs_8.json");
        List<JsonObject> cases = VectorFiles.objects(table, "inclusion");
        assertThat(cases).hasSize(36);
        for (JsonObject c : cases) {
            InclusionProof proof = proofs.inclusionProof(number(c, "leafIndex"), number(c, "treeSize"));
            assertThat(hex(proof.path())).as("inclusion %s", c).isEqualTo(strings(c, "proof"));
            assertThat(proofs.leafHash(proof.leafIndex()).toHex()).isEqualTo(string(c, "leafHash"));
            assertThat(proofs.rootAt(proof.treeSize()).toHex()).isEqualTo(string(c, "root"));
        }
    }

    @Test
    void generatedConsistencyProofsEqualTheDerivedTableExactly() {
        JsonObject table = VectorFiles.json("merkle/derived_all_proofs_8.json");
        List<JsonObject> cases = VectorFiles.objects(table, "consistency");
        assertThat(cases).hasSize(36);
        for (JsonObject c : cases) {
            ConsistencyProof proof = proofs.consistencyProof(number(c, "size1"), number(c, "size2"));
            assertThat(hex(proof.path())).as("consistency %s", c).isEqualTo(strings(c, "proof"));
        }
    }

    private static List<String> hex(List<TreeHash> path) {
        return path.stream().map(TreeHash::toHex).toList();
    }
}
