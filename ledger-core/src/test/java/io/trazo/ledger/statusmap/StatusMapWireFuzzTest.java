package io.trazo.ledger.statusmap;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Optional;

/**
 * The two status-map parsers a bundle verifier runs on untrusted bytes (protocol §20.4, §20.5): each
 * refuses with its own typed exception or reads back to exactly the bytes it came from, so a proof has
 * one encoding. Without {@code JAZZER_FUZZ=1} only the seeds under {@code StatusMapWireFuzzTestInputs/}
 * are replayed.
 */
class StatusMapWireFuzzTest {

    private static final MapKey KEY = MapKey.of(SubjectKind.KEY, "ed25519:00000000000000000000000000000001");

    @FuzzTest(maxDuration = "30s")
    void aStatusProofIsRefusedOrReEncodesToItsOwnBytesAndVerifiesOnlyWithATypedAnswer(byte[] data) {
        StatusProof proof;
        try {
            proof = StatusProof.decode(data);
        } catch (StatusProofException refused) {
            assertThat(refused.reason()).isEqualTo(StatusProofException.Reason.MALFORMED);
            return;
        }
        assertThat(proof.encode()).isEqualTo(data);
        try {
            proof.verify(KEY, proof.present() ? Optional.of(new byte[32]) : Optional.empty(), new byte[32]);
        } catch (StatusProofException expected) {
            return;
        }
        assertThat(proof.depth()).as("only the empty map's proof leads to the all-zero root").isZero();
    }

    @FuzzTest(maxDuration = "30s")
    void aMapRootLeafIsRefusedOrReadsBackExactly(byte[] data) {
        try {
            assertThat(MapRootLeaf.parse(data).leafInput()).isEqualTo(data);
        } catch (MapRootLeafException refused) {
            return;
        }
    }
}
