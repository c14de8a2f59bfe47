package io.trazo.query.bench;

import io.trazo.audit.AuditFold;
import io.trazo.audit.AuditRecord;
import io.trazo.demo.CoffeeJourney;
import io.trazo.ledger.bench.StatusMapWorkload;
import io.trazo.ledger.record.RecordCodec;
import io.trazo.ledger.statusmap.StatusMap;
import java.lang.ref.Reference;

/**
 * Retained heap of query's two whole-ledger catch-ups, for sizing its heap (docs/operations.md, "Warm-up
 * at start"): the audit fold after {@code records} benchmark-journey records (65-record retail ancestries
 * with claims on every harvest, as the benchmark store holds), and the status map after {@code keys} key
 * registrations (the map holds registry state only: events do not enter it). Used heap after full GCs,
 * before and after, with the structure kept reachable; the records' bytes are garbage by then, as in query.
 *
 * <p>{@code main [records] [keys]}, defaults 20,000 and 20,000. Run it alone: it measures the whole heap.
 */
final class CatchUpHeap {

    private CatchUpHeap() {}

    public static void main(String[] args) {
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int keys = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;

        long before = used();
        AuditFold fold = AuditFold.withDefaults();
        int folded = 0;
        for (byte[] wire : CoffeeJourney.records()) {
            fold.accept(AuditRecord.of(RecordCodec.parse(wire)));
            folded++;
        }
        JourneyGenerator generator = new JourneyGenerator();
        for (int unit = 0; folded < records; unit++) {
            for (byte[] wire : generator.unit(unit)) {
                fold.accept(AuditRecord.of(RecordCodec.parse(wire)));
                folded++;
            }
        }
        long foldBytes = used() - before;
        Reference.reachabilityFence(fold);
        report("audit fold", folded, "records", foldBytes);

        before = used();
        StatusMap map = StatusMapWorkload.build(keys);
        long mapBytes = used() - before;
        Reference.reachabilityFence(map);
        report("status map", keys + StatusMapWorkload.ACTORS, "registry records (" + map.entries() + " entries)", mapBytes);
    }

    private static void report(String what, long count, String unit, long bytes) {
        System.out.printf("%s: %,d %s retain %,d bytes = %,.0f bytes each; per 1,000,000: %,.0f MB%n", what, count, unit, bytes,
                (double) bytes / count, bytes / (double) count * 1_000_000 / (1 << 20));
    }

    private static long used() {
        Runtime runtime = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            used = Math.min(used, runtime.totalMemory() - runtime.freeMemory());
        }
        return used;
    }
}
