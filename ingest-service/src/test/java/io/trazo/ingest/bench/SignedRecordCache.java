package io.trazo.ingest.bench;

import io.trazo.ingest.testing.Journeys;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The signed records {@link LogLoad} loads, as length-prefixed wire bytes in one file: signing takes far
 * longer than a load, so it is done once per record count and kept between runs.
 */
final class SignedRecordCache {

    private SignedRecordCache() {}

    /**
     * The cache of {@code count} signed records' wire bytes, generated on two threads if missing, 100
     * journeys per task: the journey builder slows down as it grows (measured: 1,000 records in 0.3 s,
     * 5,000 in 2.7 s).
     */
    static Path file(Path dir, int count) throws Exception {
        Path file = dir.resolve("log-records-" + count + ".bin");
        if (Files.exists(file)) {
            return file;
        }
        Files.createDirectories(dir);
        long start = System.nanoTime();
        int journeys = (count + Journeys.RECORDS_PER_JOURNEY - 1) / Journeys.RECORDS_PER_JOURNEY;
        int perTask = 100;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Path partial = dir.resolve(file.getFileName() + ".partial");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(partial), 1 << 20))) {
            List<Future<List<byte[]>>> tasks = new ArrayList<>();
            for (int from = 0; from < journeys; from += perTask) {
                int f = from;
                int n = Math.min(perTask, journeys - from);
                tasks.add(pool.submit(() -> Journeys.generated(f, n)));
            }
            int written = 0;
            for (Future<List<byte[]>> task : tasks) {
                for (byte[] wire : task.get()) {
                    if (written++ < count) {
                        out.writeInt(wire.length);
                        out.write(wire);
                    }
                }
            }
        } finally {
            pool.shutdown();
        }
        Files.move(partial, file);
        System.out.printf("signed %d records in %.1f s (cached in %s)%n", count, (System.nanoTime() - start) / 1e9, file);
        return file;
    }
}
