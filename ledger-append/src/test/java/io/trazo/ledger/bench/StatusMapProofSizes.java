package io.trazo.ledger.bench;

import io.trazo.ledger.crypto.Hex;
import io.trazo.ledger.statusmap.StatusMap;
import java.util.Arrays;
import java.util.Base64;
import java.util.stream.IntStream;

/**
 * The distribution of §20.4 presence-proof sizes, as a bundle carries them (base64 with padding, §20.6),
 * over <em>every</em> grower key of {@link StatusMapWorkload}'s map, not a sample: issue 19 caps a proof
 * at 1 KB per key, so the tail is the figure. Not a test; run it with the command in docs/benchmarks.md
 * §Status map.
 *
 * <p>{@code main [keys]} (default 100,000) prints the build time, the median, the 99th and 99.9th
 * percentiles and the maximum in base64 characters, how many proofs exceed 1,024 characters, and how
 * many proofs carry each number of siblings (a sibling is a 32-byte hash; the count decides the size).
 */
public final class StatusMapProofSizes {

    static final int LIMIT = 1024;

    private StatusMapProofSizes() {}

    /** Percentiles by the nearest-rank method over sorted sizes. */
    record Distribution(int count, int median, int p99, int p999, int max, long overLimit, int[] bySiblings) {

        static Distribution of(int[] sizes, int[] siblings) {
            int[] sorted = sizes.clone();
            Arrays.sort(sorted);
            int[] histogram = new int[Arrays.stream(siblings).max().orElse(0) + 1];
            for (int s : siblings) {
                histogram[s]++;
            }
            return new Distribution(sorted.length, rank(sorted, 0.5), rank(sorted, 0.99), rank(sorted, 0.999), sorted[sorted.length - 1],
                    Arrays.stream(sorted).filter(s -> s > LIMIT).count(), histogram);
        }

        private static int rank(int[] sorted, double p) {
            return sorted[(int) Math.ceil(p * sorted.length) - 1];
        }
    }

    /** The presence proof of every grower key {@code 0..keys-1} in {@code map}: base64 sizes and sibling counts. */
    static Distribution measure(StatusMap map, int keys) {
        int[] sizes = new int[keys];
        int[] siblings = new int[keys];
        IntStream.range(0, keys).parallel().forEach(i -> {
            byte[] proof = map.prove(StatusMapWorkload.keySubject(i)).encode();
            sizes[i] = Base64.getEncoder().encodeToString(proof).length();
            int depth = ((proof[0] & 0xff) << 8) | (proof[1] & 0xff);
            siblings[i] = (proof.length - 2 - (depth + 7) / 8 - 1) / 32;
        });
        return Distribution.of(sizes, siblings);
    }

    public static void main(String[] args) {
        int keys = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        long start = System.nanoTime();
        StatusMap map = StatusMapWorkload.build(keys);
        long built = System.nanoTime();
        Distribution d = measure(map, keys);
        long measured = System.nanoTime();
        System.out.printf("%,d keys, %,d entries, root %s: built in %.1f s, every key proven in %.1f s (%d cores)%n", keys,
                map.entries(), Hex.encode(map.root()), (built - start) / 1e9, (measured - built) / 1e9,
                Runtime.getRuntime().availableProcessors());
        System.out.printf("presence proof, base64 chars over all %,d keys: median %d, p99 %d, p99.9 %d, max %d; over %,d: %,d (%.4f %%)%n",
                d.count(), d.median(), d.p99(), d.p999(), d.max(), LIMIT, d.overLimit(), 100.0 * d.overLimit() / d.count());
        StringBuilder histogram = new StringBuilder("proofs by number of siblings sent:");
        for (int s = 0; s < d.bySiblings().length; s++) {
            if (d.bySiblings()[s] > 0) {
                histogram.append(String.format(" %d:%,d", s, d.bySiblings()[s]));
            }
        }
        System.out.println(histogram);
    }
}
