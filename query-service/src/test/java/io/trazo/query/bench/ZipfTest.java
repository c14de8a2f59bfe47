package io.trazo.query.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The benchmark's popularity law: P(rank k) = (1/k) / H(n) for Zipf(1), with H the harmonic number. */
class ZipfTest {

    private static double harmonic(int n) {
        return IntStream.rangeClosed(1, n).mapToDouble(k -> 1.0 / k).sum();
    }

    @Test
    void theTopLotsDrawTheShareTheLawGives() {
        Zipf zipf = new Zipf(18_182, 1.0, 13);
        assertThat(zipf.share(1_000)).isCloseTo(harmonic(1_000) / harmonic(18_182), within(1e-9));
        assertThat(zipf.share(18_182)).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void drawsFollowTheLawAndStayInRange() {
        int lots = 1_000;
        Zipf zipf = new Zipf(lots, 1.0, 5);
        int[] counts = new int[lots];
        int draws = 200_000;
        for (int i = 0; i < draws; i++) {
            counts[zipf.next()]++;
        }
        int[] sorted = IntStream.of(counts).boxed().sorted((a, b) -> b - a).mapToInt(Integer::intValue).toArray();
        double h = harmonic(lots);
        // the most drawn lot is rank 1 (p = 1/H ≈ 13.4 %), the second rank 2 (half of that)
        assertThat(sorted[0] / (double) draws).isCloseTo(1 / h, within(0.005));
        assertThat(sorted[1] / (double) draws).isCloseTo(0.5 / h, within(0.005));
        // ranks are shuffled over lots, so the most popular lot is not simply lot 0
        assertThat(counts[0]).isNotEqualTo(sorted[0]);
    }
}
