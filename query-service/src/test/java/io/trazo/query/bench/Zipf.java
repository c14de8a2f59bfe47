package io.trazo.query.bench;

import java.util.Arrays;
import java.util.Random;

/**
 * Draws lots by popularity: the lot of rank k (1-based) is drawn with probability proportional to
 * 1/k^s, the Zipf law that request popularity in catalogues and caches usually follows (s near 1).
 * Ranks are assigned to lots by a seeded shuffle, so the popular lots are spread over the store
 * rather than being its first units.
 */
final class Zipf {

    private final double[] cumulative;
    private final int[] lotOfRank;
    private final Random random;

    Zipf(int lots, double exponent, long seed) {
        random = new Random(seed);
        cumulative = new double[lots];
        double sum = 0;
        for (int k = 0; k < lots; k++) {
            sum += 1 / Math.pow(k + 1, exponent);
            cumulative[k] = sum;
        }
        for (int k = 0; k < lots; k++) {
            cumulative[k] /= sum;
        }
        lotOfRank = new int[lots];
        Arrays.setAll(lotOfRank, k -> k);
        for (int k = lots - 1; k > 0; k--) {
            int j = random.nextInt(k + 1);
            int t = lotOfRank[k];
            lotOfRank[k] = lotOfRank[j];
            lotOfRank[j] = t;
        }
    }

    /** The next lot (0-based unit number). */
    int next() {
        int at = Arrays.binarySearch(cumulative, random.nextDouble());
        int rank = at >= 0 ? at : Math.min(-at - 1, cumulative.length - 1);
        return lotOfRank[rank];
    }

    /** The share of draws that fall on the {@code top} most popular lots. */
    double share(int top) {
        return cumulative[Math.min(top, cumulative.length) - 1];
    }
}
