package io.trazo.ledger.merkle;

import static io.trazo.ledger.merkle.VectorFiles.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trazo.ledger.encoding.JsonObject;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class TreeHasherTest {

    private static final HexFormat HEX = HexFormat.of();

    static Stream<JsonObject> hasherVectors() {
        return VectorFiles.objects(VectorFiles.json("merkle/rfc6962_hasher_vectors.json"), "vectors").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hasherVectors")
    void theRfc6962HasherVectorsAreReproduced(JsonObject vector) {
        TreeHash actual = switch (string(vector, "op")) {
            case "emptyRoot" -> TreeHasher.emptyRoot();
            case "hashLeaf" -> TreeHasher.leafHash(HEX.parseHex(string(vector, "input")));
            case "hashChildren" -> TreeHasher.nodeHash(HEX.parseHex(string(vector, "left")),
                    HEX.parseHex(string(vector, "right")));
            default -> throw new IllegalArgumentException(string(vector, "op"));
        };
        assertThat(actual.toHex()).isEqualTo(string(vector, "want"));
    }

    @Test
    void aLeafHashCannotCollideWithTheNodeHashOfItsOwnHalves() {
        TreeHash left = TreeHasher.leafHash("left".getBytes());
        TreeHash right = TreeHasher.leafHash("right".getBytes());
        byte[] concatenated = new byte[2 * TreeHash.LENGTH];
        left.copyTo(concatenated, 0);
        right.copyTo(concatenated, TreeHash.LENGTH);

        assertThat(TreeHasher.leafHash(concatenated)).isNotEqualTo(TreeHasher.nodeHash(left, right));
        assertThat(TreeHasher.nodeHash(left, right)).isEqualTo(TreeHasher.nodeHash(left.bytes(), right.bytes()));
        assertThat(TreeHasher.LEAF_HASH_PREFIX).isNotEqualTo(TreeHasher.NODE_HASH_PREFIX);
    }

    @Test
    void hexIsLowerCaseAndHasAnExactInverse() {
        TreeHash hash = TreeHasher.leafHash(new byte[] {1, 2, 3});
        assertThat(hash.toHex()).matches("[0-9a-f]{64}");
        assertThat(TreeHash.fromHex(hash.toHex())).isEqualTo(hash);
        assertThatThrownBy(() -> TreeHash.fromHex(hash.toHex().toUpperCase()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TreeHash.fromHex(hash.toHex().substring(2)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void base64MustBeCanonicalPaddedAndThirtyTwoBytes() {
        TreeHash hash = TreeHasher.emptyRoot();
        String base64 = hash.toBase64();
        assertThat(base64).isEqualTo("47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=");
        assertThat(TreeHash.fromBase64(base64)).isEqualTo(hash);
        assertThatThrownBy(() -> TreeHash.fromBase64(base64.substring(0, 43)))
                .hasMessageContaining("not canonical");
        assertThatThrownBy(() -> TreeHash.fromBase64("47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFV="))
                .hasMessageContaining("not canonical");
        assertThatThrownBy(() -> TreeHash.fromBase64("YmFuYW5hcw==")).hasMessageContaining("32 bytes");
    }

    @Test
    void theValueIsCopiedInAndOut() {
        byte[] raw = new byte[TreeHash.LENGTH];
        TreeHash hash = TreeHash.of(raw);
        raw[0] = 9;
        hash.bytes()[1] = 9;
        assertThat(hash.bytes()).containsOnly(0);
        assertThatThrownBy(() -> TreeHash.of(new byte[31])).isInstanceOf(IllegalArgumentException.class);
    }
}
