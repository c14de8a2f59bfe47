package io.trazo.ingest.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The verification ceiling ({@link RawEd25519} on one and two threads), measured only once the benchmark's
 * other processes are quiet, together with what they and the rest of the machine did during the measurement.
 * Measured right after ingest reported healthy (before 2026-12-06), it overlapped the services' start-up
 * work and read a quarter lower for one build than for another on the same machine minutes apart, which
 * moved issue 16's ratio (rate ÷ ceiling) by as much.
 */
final class Ceiling {

    /** The services' summed CPU that counts as quiet: a twentieth of one core over {@link #WINDOW}. */
    static final double QUIET_CORES = 0.05;
    static final Duration WINDOW = Duration.ofSeconds(2);
    static final Duration PATIENCE = Duration.ofSeconds(120);
    static final Duration MEASURE = Duration.ofSeconds(3);

    /** The ceiling, and a sentence saying when and how undisturbed it was measured. */
    record Result(double oneThread, double twoThreads, String conditions) {}

    private Ceiling() {}

    /**
     * Waits for the services in {@code pids} (name → pid) to be quiet, unless {@code wait} is false (the moment older
     * runs measured at, for comparison), then measures; {@code when} names the moment.
     */
    static Result measure(Map<String, Long> pids, String when, boolean wait) throws IOException, InterruptedException {
        // a full collection first: the generator holds every pre-signed record, and neither its garbage nor a
        // concurrent marking cycle should run on the cores the measurement wants
        System.gc();
        long waitStart = System.nanoTime();
        boolean quiet = false;
        double busy = Double.NaN;
        while (wait && System.nanoTime() - waitStart < PATIENCE.toNanos()) {
            Map<String, Double> before = cpuSeconds(pids);
            Thread.sleep(WINDOW.toMillis());
            busy = total(before, cpuSeconds(pids)) / (WINDOW.toNanos() / 1e9);
            if (busy <= QUIET_CORES) {
                quiet = true;
                break;
            }
        }
        double waited = (System.nanoTime() - waitStart) / 1e9;
        java.time.LocalTime at = java.time.LocalTime.now().withNano(0);
        Map<String, Double> cpu0 = cpuSeconds(pids);
        long machine0 = machineJiffies();
        long self0 = selfJiffies();
        long t0 = System.nanoTime();
        double one = RawEd25519.rate(1, MEASURE);
        double two = RawEd25519.rate(2, MEASURE);
        double seconds = (System.nanoTime() - t0) / 1e9;
        Map<String, Double> cpu1 = cpuSeconds(pids);
        long machine1 = machineJiffies();
        // every busy jiffy of the machine that was not the generator's own: the services and anything else here
        double others = ((machine1 - machine0) - (selfJiffies() - self0)) / 100.0;
        String waiting = !wait ? "without waiting for quiet"
                : String.format("%s after waiting %.0f s (the services at %.2f cores over the last %d s)",
                        quiet ? "once the services were quiet" : "NOT QUIET: the services never fell below " + QUIET_CORES + " cores",
                        waited, busy, WINDOW.toSeconds());
        StringBuilder s = new StringBuilder(String.format("measured at %s %s, %s; during its %.0f s the services used", at, when, waiting,
                seconds));
        cpu1.forEach((name, v) -> s.append(String.format(" %s %.2f", name, v - cpu0.get(name))));
        s.append(String.format(" CPU-s, the whole machine besides the generator %.2f CPU-s of %.0f", others,
                seconds * Runtime.getRuntime().availableProcessors()));
        return new Result(one, two, s.toString());
    }

    /** User plus system CPU seconds of each process so far ({@code /proc/PID/stat}). */
    static Map<String, Double> cpuSeconds(Map<String, Long> pids) throws IOException {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Map.Entry<String, Long> e : pids.entrySet()) {
            out.put(e.getKey(), jiffies(e.getValue()) / 100.0);
        }
        return out;
    }

    private static double total(Map<String, Double> before, Map<String, Double> after) {
        return after.entrySet().stream().mapToDouble(e -> e.getValue() - before.get(e.getKey())).sum();
    }

    private static long jiffies(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }

    private static long selfJiffies() throws IOException {
        return jiffies(ProcessHandle.current().pid());
    }

    /** The machine's busy jiffies so far (every CPU state of {@code /proc/stat}'s first line but idle and iowait). */
    private static long machineJiffies() throws IOException {
        String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
        long busy = 0;
        for (int i = 1; i < f.length && i <= 8; i++) {
            if (i != 4 && i != 5) {
                busy += Long.parseLong(f[i]);
            }
        }
        return busy;
    }
}
