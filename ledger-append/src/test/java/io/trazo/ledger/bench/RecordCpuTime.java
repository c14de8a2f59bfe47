package io.trazo.ledger.bench;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@link RecordBenchmarks}' verification benchmarks timed by the calling thread's CPU time and
 * allocated bytes rather than wall-clock: on a shared machine other processes' load changes ops/s
 * but not the CPU a call itself consumes, so ratios between benchmarks read here stay comparable.
 * Rounds interleave the benchmarks so JIT and heap state are shared; the median round is reported.
 * Run: see docs/benchmarks.md §Records. Arguments: rounds, calls per round.
 */
public final class RecordCpuTime {

    private RecordCpuTime() {}

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        int calls = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        RecordBenchmarks b = new RecordBenchmarks();
        b.setUp();
        Map<String, Supplier<Object>> benches = new LinkedHashMap<>();
        benches.put("rawVerify", b::rawVerify);
        benches.put("policyVerify", b::policyVerify);
        benches.put("fullVerify", b::fullVerify);
        benches.put("fullVerifyV2", b::fullVerifyV2);
        // fullVerifyV2's phases, so that a change to one of them shows where it went
        benches.put("parseV2", b::parseV2);
        benches.put("eventV2", b::eventV2);
        benches.put("preHashV2", b::preHashV2);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long self = Thread.currentThread().getId();
        Map<String, double[]> cpu = new LinkedHashMap<>();
        Map<String, double[]> alloc = new LinkedHashMap<>();
        benches.keySet().forEach(k -> {
            cpu.put(k, new double[rounds]);
            alloc.put(k, new double[rounds]);
        });
        Object sink = null;
        for (int r = -3; r < rounds; r++) { // three discarded warm-up rounds
            for (Map.Entry<String, Supplier<Object>> e : benches.entrySet()) {
                long c0 = threads.getCurrentThreadCpuTime();
                long a0 = threads.getThreadAllocatedBytes(self);
                for (int i = 0; i < calls; i++) {
                    sink = e.getValue().get();
                }
                long c1 = threads.getCurrentThreadCpuTime();
                long a1 = threads.getThreadAllocatedBytes(self);
                if (r >= 0) {
                    cpu.get(e.getKey())[r] = (c1 - c0) / 1e3 / calls;
                    alloc.get(e.getKey())[r] = (double) (a1 - a0) / calls;
                }
            }
        }
        double raw = median(cpu.get("rawVerify"));
        double point = median(cpu.get("policyVerify"));
        System.out.printf("%-14s %10s %10s %10s %12s %14s%n", "benchmark", "CPU µs/op", "min", "max", "B/op", "raw / this");
        for (String k : benches.keySet()) {
            double m = median(cpu.get(k));
            double[] s = cpu.get(k).clone();
            Arrays.sort(s);
            System.out.printf("%-14s %10.2f %10.2f %10.2f %12.0f %7.3f %6.3f%n", k, m, s[0], s[s.length - 1],
                    median(alloc.get(k)), raw / m, point / m);
        }
        System.out.println("(last column: policyVerify, a raw verify reusing the decoded point, over this) " + (sink != null));
    }

    private static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
