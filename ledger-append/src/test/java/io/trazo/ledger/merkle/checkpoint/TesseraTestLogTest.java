package io.trazo.ledger.merkle.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.trazo.ledger.merkle.ConsistencyProof;
import io.trazo.append.merkle.InMemoryTileStore;
import io.trazo.ledger.merkle.InclusionProof;
import io.trazo.ledger.merkle.MerkleProofs;
import io.trazo.ledger.merkle.ProofVerifier;
import io.trazo.ledger.merkle.Tile;
import io.trazo.append.merkle.TreeAppender;
import io.trazo.ledger.merkle.TreeHash;
import io.trazo.ledger.merkle.TreeHasher;
import io.trazo.ledger.merkle.TreeHead;
import io.trazo.ledger.merkle.VectorFiles;
import io.trazo.ledger.merkle.note.NoteSignerKey;
import io.trazo.ledger.merkle.note.NoteVerifierKey;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The tessera test log (15 leaves, a signed checkpoint for every size 0..15), end to end. */
class TesseraTestLogTest {

    private static final String ORIGIN = "example.com/log/testdata";
    private static final NoteVerifierKey VKEY =
            NoteVerifierKey.parse("example.com/log/testdata+33d7b496+AeHTu4Q3hEIMHNqc6fASMsq3rKNx280NI+oO5xCFkkSx");
    private static final NoteSignerKey SKEY =
            NoteSignerKey.parse("PRIVATE+KEY+example.com/log/testdata+33d7b496+AeymY/SZAX0jZcJ8enZ5FY1Dz+wTML2yWSkK+9DSF3eg");
    private static final List<String> LEAVES = List.of("one", "two", "three", "four", "five", "six", "seven", "eit",
            "nain", "ten", "ileven", "twelf", "threeten", "fourten", "fivten");

    private static MerkleProofs proofs;
    private static final List<TreeHead> heads = new ArrayList<>();

    @BeforeAll
    static void appendTheLeavesOneAtATimeAsBuildLogDoes() {
        InMemoryTileStore store = new InMemoryTileStore();
        TreeAppender appender = TreeAppender.empty(store);
        heads.add(appender.head());
        for (String leaf : LEAVES) {
            heads.add(appender.append(List.of(leafHash(leaf))));
        }
        proofs = new MerkleProofs(store);
    }

    static IntStream sizes() {
        return IntStream.rangeClosed(0, 15);
    }

    static IntStream tileWidths() {
        return IntStream.rangeClosed(1, 15);
    }

    @ParameterizedTest(name = "checkpoint.{0}")
    @MethodSource("sizes")
    void eachCheckpointVerifiesAndCommitsToTheFirstNLeaves(int n) throws Exception {
        byte[] note = VectorFiles.bytes("checkpoint/tessera-testlog/checkpoints/checkpoint." + n);

        Checkpoints.Verified verified = Checkpoints.open(note, ORIGIN, VKEY);

        Checkpoint checkpoint = verified.checkpoint();
        assertThat(checkpoint.origin()).isEqualTo(ORIGIN);
        assertThat(checkpoint.size()).isEqualTo(n);
        assertThat(checkpoint.extensions()).isEmpty();
        assertThat(checkpoint.root()).isEqualTo(heads.get(n).root()).isEqualTo(proofs.rootAt(n));
        if (n == 0) {
            assertThat(checkpoint.root()).isEqualTo(TreeHasher.emptyRoot());
        }
        assertThat(Checkpoints.sign(checkpoint, SKEY)).isEqualTo(note);
        assertThat(Checkpoints.sign(Checkpoint.of(ORIGIN, heads.get(n)), SKEY)).isEqualTo(note);
    }

    @ParameterizedTest(name = "tile/0/000.p/{0}")
    @MethodSource("tileWidths")
    void eachPartialHashTileIsTheConcatenatedLeafHashes(int width) {
        byte[] expected = new byte[width * TreeHash.LENGTH];
        for (int i = 0; i < width; i++) {
            leafHash(LEAVES.get(i)).copyTo(expected, i * TreeHash.LENGTH);
        }
        byte[] served = VectorFiles.bytes("checkpoint/tessera-testlog/tile/0/000.p/" + width);
        assertThat(served).isEqualTo(expected);
        Tile tile = Tile.of(0, 0, served);
        assertThat(tile.path()).isEqualTo("tile/0/000.p/" + width);
        for (int i = 0; i < width; i++) {
            assertThat(tile.hash(i)).isEqualTo(proofs.leafHash(i));
        }
    }

    @ParameterizedTest(name = "tile/entries/000.p/{0}")
    @MethodSource("tileWidths")
    void eachEntryBundleDecodesToTheLeaves(int width) {
        ByteBuffer bundle = ByteBuffer.wrap(VectorFiles.bytes("checkpoint/tessera-testlog/tile/entries/000.p/" + width));
        List<String> entries = new ArrayList<>();
        while (bundle.hasRemaining()) {
            byte[] entry = new byte[Short.toUnsignedInt(bundle.getShort())];
            bundle.get(entry);
            entries.add(new String(entry, StandardCharsets.US_ASCII));
        }
        assertThat(entries).isEqualTo(LEAVES.subList(0, width));
        ByteArrayOutputStream reencoded = new ByteArrayOutputStream();
        entries.forEach(e -> {
            reencoded.write(0);
            reencoded.write(e.length());
            reencoded.writeBytes(e.getBytes(StandardCharsets.US_ASCII));
        });
        assertThat(reencoded.toByteArray()).isEqualTo(bundle.array());
    }

    @Test
    void everyPairOfCheckpointsIsProvablyConsistentAndEveryLeafIsIncluded() throws Exception {
        List<Checkpoint> checkpoints = new ArrayList<>();
        for (int n = 0; n <= 15; n++) {
            checkpoints.add(Checkpoints.open(
                    VectorFiles.bytes("checkpoint/tessera-testlog/checkpoints/checkpoint." + n), ORIGIN, VKEY).checkpoint());
        }
        int pairs = 0;
        for (Checkpoint older : checkpoints.subList(1, 16)) {
            for (Checkpoint newer : checkpoints.subList((int) older.size(), 16)) {
                ConsistencyProof proof = proofs.consistencyProof(older.size(), newer.size());
                assertThatCode(() -> ProofVerifier.verifyConsistency(proof, older.root(), newer.root()))
                        .doesNotThrowAnyException();
                pairs++;
            }
            for (int i = 0; i < older.size(); i++) {
                InclusionProof inclusion = proofs.inclusionProof(i, older.size());
                TreeHash leaf = leafHash(LEAVES.get(i));
                assertThatCode(() -> ProofVerifier.verifyInclusion(leaf, inclusion, older.root()))
                        .doesNotThrowAnyException();
            }
        }
        assertThat(pairs).isEqualTo(15 * 16 / 2);
    }

    private static TreeHash leafHash(String leaf) {
        return TreeHasher.leafHash(leaf.getBytes(StandardCharsets.US_ASCII));
    }
}
