package io.trazo.ledger.merkle.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class WitnessQuorumTest {

    private static final String TEXT = "trazo.test/log\n3\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n";
    private static final Instant NOW = Instant.ofEpochSecond(1_800_000_000L);

    private final CosignerSignerKey a = signer("w.test/a", 1);
    private final CosignerSignerKey b = signer("w.test/b", 2);
    private final CosignerSignerKey c = signer("w.test/c", 3);
    private final WitnessQuorum twoOfThree = new WitnessQuorum(
            List.of(a.verifierKey(), b.verifierKey(), c.verifierKey()), 2, Duration.ofHours(1));

    private static CosignerSignerKey signer(String name, int fill) {
        byte[] seed = new byte[32];
        Arrays.fill(seed, (byte) fill);
        return CosignerSignerKey.of(name, seed);
    }

    private String line(CosignerSignerKey key, Instant at) {
        return key.cosign(TEXT, at.getEpochSecond()).text();
    }

    @Test
    void twoFreshValidCosignaturesFromGivenWitnessesMeetAQuorumOfTwo() {
        var result = twoOfThree.check(TEXT, List.of(line(a, NOW), line(c, NOW.minusSeconds(60))), NOW);
        assertThat(result).isEqualTo(new WitnessQuorum.Result.Met(List.of("w.test/a", "w.test/c")));
    }

    @Test
    void oneWitnessCosigningTwiceCountsOnceAndIsTooFew() {
        var result = twoOfThree.check(TEXT, List.of(line(a, NOW), line(a, NOW.minusSeconds(1))), NOW);
        assertThat(failure(result)).isEqualTo(WitnessQuorum.Failure.COSIGNATURE_TOO_FEW);
    }

    @Test
    void cosignaturesFromKeysNotGivenAreIgnoredAndDoNotCount() {
        CosignerSignerKey stranger = signer("w.test/stranger", 9);
        var result = twoOfThree.check(TEXT, List.of(line(a, NOW), line(stranger, NOW), "\u2014 other garbage"), NOW);
        assertThat(failure(result)).isEqualTo(WitnessQuorum.Failure.COSIGNATURE_TOO_FEW);
    }

    @Test
    void aCosignatureOverAnotherCheckpointIsInvalid() {
        String other = b.cosign(TEXT.replace("\n3\n", "\n4\n"), NOW.getEpochSecond()).text();
        var result = twoOfThree.check(TEXT, List.of(line(a, NOW), other), NOW);
        assertThat(failure(result)).isEqualTo(WitnessQuorum.Failure.COSIGNATURE_INVALID);
    }

    @Test
    void aCosignatureDatedAfterTheClockSkewIsInvalid() {
        var result = twoOfThree.check(TEXT, List.of(line(a, NOW), line(b, NOW.plus(Duration.ofMinutes(6)))), NOW);
        assertThat(failure(result)).isEqualTo(WitnessQuorum.Failure.COSIGNATURE_INVALID);
    }

    @Test
    void enoughCosignaturesButOneOlderThanTheMaximumAgeIsTooOld() {
        var result = twoOfThree.check(TEXT, List.of(line(a, NOW), line(b, NOW.minus(Duration.ofHours(2)))), NOW);
        assertThat(failure(result)).isEqualTo(WitnessQuorum.Failure.COSIGNATURE_TOO_OLD);
    }

    @Test
    void aTruncatedLineFromAGivenWitnessIsMalformed() {
        String truncated = line(a, NOW).substring(0, line(a, NOW).length() - 8);
        var result = twoOfThree.check(TEXT, List.of(truncated, line(b, NOW)), NOW);
        assertThat(failure(result)).isEqualTo(WitnessQuorum.Failure.COSIGNATURES_MALFORMED);
    }

    @Test
    void aQuorumLargerThanTheKeysGivenIsRefused() {
        assertThatThrownBy(() -> new WitnessQuorum(List.of(a.verifierKey()), 2, Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static WitnessQuorum.Failure failure(WitnessQuorum.Result result) {
        assertThat(result).isInstanceOf(WitnessQuorum.Result.Failed.class);
        return ((WitnessQuorum.Result.Failed) result).reason();
    }
}
