package io.trazo.audit.bench;

import io.trazo.audit.AuditFold;
import io.trazo.audit.AuditRecord;
import io.trazo.audit.PeriodBalance;
import io.trazo.ledger.claim.ClaimType;
import io.trazo.ledger.record.RecordCodec;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;

/**
 * The mass-balance benchmark of issue 17 (docs/benchmarks.md §Audits). Not a test: run it by hand. Generates
 * one cooperative's year ({@link YearOfRecords}), then measures (1) the full fold of the year from parsed
 * records to the cooperative's organic balance, best and median of {@code runs} fresh folds, and (2) the
 * incremental update: {@code extra} later records folded one at a time into the year's state, each followed
 * by reading the balance again, as p50/p99/max. Wall-clock and this thread's CPU time, since the machine is
 * shared. Arguments: farms, deliveries per farm, extra records, runs (default 2500 18 2000 5: about 100,000 records).
 */
public final class MassBalanceBenchmark {

    public static void main(String[] args) {
        int farms = args.length > 0 ? Integer.parseInt(args[0]) : 2500;
        int deliveries = args.length > 1 ? Integer.parseInt(args[1]) : 18;
        int extra = args.length > 2 ? Integer.parseInt(args[2]) : 2000;
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        Result r = run(farms, deliveries, extra, runs);
        System.out.printf("records: %,d (generated and signed in %.1f s); later records: %,d%n", r.records(), r.generationSeconds(), extra);
        System.out.printf("full fold to the cooperative's balance: best %.0f ms, median %.0f ms wall; best %.0f ms CPU (%d runs)%n",
                r.bestFoldMs(), r.medianFoldMs(), r.bestFoldCpuMs(), runs);
        System.out.printf("one more record, folded and the balance read again: p50 %.1f µs, p99 %.1f µs, max %.1f µs%n",
                r.incrementalP50Us(), r.incrementalP99Us(), r.incrementalMaxUs());
        for (PeriodBalance b : r.balances()) {
            System.out.printf("cooperative, organic %s %s: in %s, converted in %s / out %s, out %s, closing %s kg, %d errors%n", b.form(),
                    b.period(), b.inputsKg(), b.conversionInKg(), b.conversionOutKg(), b.outputsKg(), b.closingKg(), b.errors().size());
        }
    }

    public record Result(int records, double generationSeconds, double bestFoldMs, double medianFoldMs, double bestFoldCpuMs,
            double incrementalP50Us, double incrementalP99Us, double incrementalMaxUs, List<PeriodBalance> balances, AuditFold fold) {}

    public static Result run(int farms, int deliveries, int extra, int runs) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long t0 = System.nanoTime();
        List<byte[]> year = YearOfRecords.generate(farms, deliveries, 2026);
        List<byte[]> later = YearOfRecords.later(year, farms, extra, 2027);
        double generation = (System.nanoTime() - t0) / 1e9;
        // parsing is the verifier's work, done once when a record arrives; the fold is what is measured
        List<AuditRecord> parsed = year.stream().map(w -> AuditRecord.of(RecordCodec.parse(w))).toList();
        List<AuditRecord> next = later.stream().map(w -> AuditRecord.of(RecordCodec.parse(w))).toList();
        double[] wall = new double[runs];
        double bestCpu = Double.MAX_VALUE;
        AuditFold fold = null;
        for (int i = 0; i < runs; i++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            fold = AuditFold.withDefaults();
            parsed.forEach(fold::accept);
            fold.massBalance().balances(YearOfRecords.COOPERATIVE, ClaimType.ORGANIC);
            wall[i] = (System.nanoTime() - start) / 1e6;
            bestCpu = Math.min(bestCpu, (threads.getCurrentThreadCpuTime() - cpu) / 1e6);
        }
        double[] each = new double[next.size()];
        for (int i = 0; i < next.size(); i++) {
            long start = System.nanoTime();
            fold.accept(next.get(i));
            fold.massBalance().balances(YearOfRecords.COOPERATIVE, ClaimType.ORGANIC);
            each[i] = (System.nanoTime() - start) / 1e3;
        }
        Arrays.sort(wall);
        Arrays.sort(each);
        return new Result(year.size(), generation, wall[0], wall[runs / 2], bestCpu, percentile(each, 0.5), percentile(each, 0.99),
                each.length == 0 ? 0 : each[each.length - 1], fold.massBalance().balances(YearOfRecords.COOPERATIVE, ClaimType.ORGANIC),
                fold);
    }

    private static double percentile(double[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }
}
