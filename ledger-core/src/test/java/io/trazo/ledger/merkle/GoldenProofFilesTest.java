package io.trazo.ledger.merkle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The 196 transparency-dev/merkle golden probes: a verifier fails exactly when {@code wantErr}. */
class GoldenProofFilesTest {

    static Stream<String> inclusionFiles() {
        return VectorFiles.jsonFilesUnder("merkle/inclusion").stream();
    }

    static Stream<String> consistencyFiles() {
        return VectorFiles.jsonFilesUnder("merkle/consistency").stream();
    }

    @Test
    void allOneHundredAndNinetySixProbesAreFound() {
        assertThat(inclusionFiles().count() + consistencyFiles().count()).isEqualTo(196);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inclusionFiles")
    void inclusionVerificationFailsExactlyWhenTheProbeWantsAnError(String file) {
        GoldenProbe probe = GoldenProbe.read(file);
        Optional<InvalidProofException> failure = inclusionFailure(probe);
        assertThat(failure.isPresent()).as("failed: %s", failure).isEqualTo(probe.wantErr());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("consistencyFiles")
    void consistencyVerificationFailsExactlyWhenTheProbeWantsAnError(String file) {
        GoldenProbe probe = GoldenProbe.read(file);
        Optional<InvalidProofException> failure = consistencyFailure(probe);
        assertThat(failure.isPresent()).as("failed: %s", failure).isEqualTo(probe.wantErr());
    }

    @Test
    void aLeafAndRootOfZeroBytesAreRejectedForTheirLength() {
        Optional<InvalidProofException> failure = inclusionFailure(
                GoldenProbe.read("merkle/inclusion/single-entry/empty-root-and-leaf.json"));
        assertThat(failure).get().extracting(InvalidProofException::reason)
                .isEqualTo(InvalidProofException.Reason.BAD_HASH_LENGTH);
        assertThat(failure.get()).hasMessage("leaf hash is 0 bytes, expected 32");
    }

    @Test
    void aConsistencyCheckFromTheEmptyTreeIsRejected() {
        Optional<InvalidProofException> failure = consistencyFailure(
                GoldenProbe.read("merkle/consistency/additional/sizes-are-equal-zero-and-proof-is-empty.json"));
        assertThat(failure).get().extracting(InvalidProofException::reason)
                .isEqualTo(InvalidProofException.Reason.SIZE_OUT_OF_RANGE);
    }

    @Test
    void equalSizesCompareTheRootsByteForByteWhateverTheirLengthAsGoDoes() {
        assertThat(consistencyFailure(
                GoldenProbe.read("merkle/consistency/additional/sizes-are-equal-one-and-proof-is-empty.json")))
                .isEmpty();
    }

    @Test
    void aLeafIndexOfTwoToTheSixtyFourMinusOneIsOutOfRange() {
        assertThat(inclusionFailure(GoldenProbe.read("merkle/inclusion/1/leafIdx-sub-@1.json")))
                .get().extracting(InvalidProofException::reason)
                .isEqualTo(InvalidProofException.Reason.INDEX_OUT_OF_RANGE);
    }

    private static Optional<InvalidProofException> inclusionFailure(GoldenProbe probe) {
        return failure(() -> ProofVerifier.verifyInclusion(probe.bytes("leafHash"), probe.number("leafIdx"),
                probe.number("treeSize"), probe.proof(), probe.bytes("root")));
    }

    private static Optional<InvalidProofException> consistencyFailure(GoldenProbe probe) {
        return failure(() -> ProofVerifier.verifyConsistency(probe.number("size1"), probe.number("size2"),
                probe.proof(), probe.bytes("root1"), probe.bytes("root2")));
    }

    private interface Verification {
        void run() throws InvalidProofException;
    }

    private static Optional<InvalidProofException> failure(Verification verification) {
        try {
            verification.run();
            return Optional.empty();
        } catch (InvalidProofException e) {
            return Optional.of(e);
        }
    }
}
