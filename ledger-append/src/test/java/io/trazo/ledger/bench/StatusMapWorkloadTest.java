package io.trazo.ledger.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.ledger.statusmap.MapHashing;
import io.trazo.ledger.statusmap.StatusMap;
import io.trazo.ledger.statusmap.StatusProof;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The benchmark's generator works at a small size: every key folded in, proofs verify and stay under 1 KB. */
class StatusMapWorkloadTest {

    @Test
    void tenThousandKeysFoldIntoAMapWhoseProofsVerifyAndStayUnderOneKilobyte() throws Exception {
        int keys = 10_000;
        StatusMap map = StatusMapWorkload.build(keys);
        assertThat(map.entries()).isEqualTo(keys + StatusMapWorkload.ACTORS);
        for (int i = 0; i < keys; i += 97) {
            StatusProof proof = StatusProof.decode(map.prove(StatusMapWorkload.keySubject(i)).encode());
            proof.verify(StatusMapWorkload.keySubject(i), Optional.of(MapHashing.valueHash(map.get(StatusMapWorkload.keySubject(i))
                    .orElseThrow())), map.root());
        }
        int[] sizes = StatusMapWorkload.proofSizes(map, keys, 1_000);
        assertThat(sizes[2]).as("largest proof in base64 characters").isLessThan(1024);
        StatusMap revoked = map.apply(StatusMapWorkload.revocationRecord(5));
        assertThat(revoked.get(StatusMapWorkload.keySubject(5)).orElseThrow().has("revocation")).isTrue();
        assertThat(map.get(StatusMapWorkload.keySubject(5)).orElseThrow().has("revocation")).as("the old map is unchanged").isFalse();
    }
}
