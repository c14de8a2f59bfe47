package io.trazo.ledger.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.trazo.ledger.statusmap.StatusMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The proof-size report's arithmetic, and its figures on a small map against proofs made one by one. */
class StatusMapProofSizesTest {

    @Test
    void percentilesAreNearestRankAndTheOverLimitCountIsStrict() {
        int[] sizes = IntStream.rangeClosed(1, 2_000).map(i -> 2_001 - i).toArray();
        int[] siblings = IntStream.range(0, 2_000).map(i -> i % 3 == 0 ? 21 : 20).toArray();
        StatusMapProofSizes.Distribution d = StatusMapProofSizes.Distribution.of(sizes, siblings);
        assertThat(d.count()).isEqualTo(2_000);
        assertThat(d.median()).isEqualTo(1_000);
        assertThat(d.p99()).isEqualTo(1_980);
        assertThat(d.p999()).isEqualTo(1_998);
        assertThat(d.max()).isEqualTo(2_000);
        assertThat(d.overLimit()).as("1,025..2,000").isEqualTo(976);
        assertThat(d.bySiblings()[21]).isEqualTo(667);
        assertThat(d.bySiblings()[20]).isEqualTo(1_333);
    }

    @Test
    void everyKeysProofIsMeasuredAndItsSiblingCountMatchesItsSize() {
        int keys = 3_000;
        StatusMap map = StatusMapWorkload.build(keys);
        StatusMapProofSizes.Distribution d = StatusMapProofSizes.measure(map, keys);
        assertThat(d.count()).isEqualTo(keys);
        assertThat(IntStream.of(d.bySiblings()).sum()).isEqualTo(keys);
        int most = d.bySiblings().length - 1;
        // a presence proof is depth (2) + bitmap + siblings + terminal (1) bytes; the bitmap is at most 32 bytes
        assertThat(d.max()).isBetween(4 * ((3 + 32 * most) / 3), 4 * ((3 + 32 + 32 * most + 2) / 3));
        assertThat(d.median()).isLessThanOrEqualTo(d.p99()).isLessThanOrEqualTo(d.p999()).isLessThanOrEqualTo(d.max());
    }
}
