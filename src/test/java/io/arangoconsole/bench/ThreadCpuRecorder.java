package io.arangoconsole.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * For benchmarks only (Linux): notes every thread's CPU time in this JVM from {@code /proc/self/task} every 20 ms,
 * compiler and GC threads included, so that a stall of the FX thread can be put down to whoever had the core. Costs
 * a few percent of a core while it runs: use it to explain a figure, not to take one.
 */
final class ThreadCpuRecorder {
    private static final Path TASKS = Path.of("/proc/self/task");
    /** Clock ticks per second of /proc's utime and stime (USER_HZ; 100 on Linux). */
    private static final double TICK_MS = 10.0;

    private record Snapshot(long nanos, Map<String, Long> ticksByThread) {
    }

    private final List<Snapshot> snapshots = new ArrayList<>();
    private volatile boolean running;

    void start() {
        running = true;
        Thread t = new Thread(() -> {
            while (running) {
                Snapshot s = new Snapshot(System.nanoTime(), read());
                synchronized (snapshots) {
                    snapshots.add(s);
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "cpu-recorder");
        t.setDaemon(true);
        t.start();
    }

    void stop() {
        running = false;
    }

    /** CPU milliseconds each thread used between {@code fromNanos} and {@code toNanos}, the busiest first. */
    String busiestBetween(long fromNanos, long toNanos) {
        Snapshot before = null;
        Snapshot after = null;
        synchronized (snapshots) {
            for (Snapshot s : snapshots) {
                if (s.nanos() <= fromNanos) {
                    before = s;
                }
                if (after == null && s.nanos() >= toNanos) {
                    after = s;
                }
            }
        }
        if (before == null || after == null) {
            return "  (no CPU snapshots around the gap)";
        }
        Map<String, Long> used = new HashMap<>();
        for (Map.Entry<String, Long> e : after.ticksByThread().entrySet()) {
            long delta = e.getValue() - before.ticksByThread().getOrDefault(e.getKey(), 0L);
            if (delta > 0) {
                used.merge(e.getKey().replaceAll("#\\d+$", ""), delta, Long::sum);
            }
        }
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "  CPU per thread from %.0f ms before the "
                + "gap's start to %.0f ms after its end:%n", (fromNanos - before.nanos()) / 1e6,
                (after.nanos() - toNanos) / 1e6));
        used.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(10)
                .forEach(e -> out.append(String.format(Locale.ROOT, "    %6.0f ms  %s%n", e.getValue() * TICK_MS,
                        e.getKey())));
        return out.toString();
    }

    /** utime + stime per thread, keyed by "name#tid" so that threads of one name stay apart until summed. */
    private static Map<String, Long> read() {
        Map<String, Long> out = new HashMap<>();
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(TASKS)) {
            for (Path task : tasks) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    int open = stat.indexOf('(');
                    int close = stat.lastIndexOf(')');
                    String[] rest = stat.substring(close + 2).split(" ");
                    // after "pid (comm) ": state is field 3, utime 14 and stime 15 (1-based in proc(5))
                    long ticks = Long.parseLong(rest[11]) + Long.parseLong(rest[12]);
                    out.put(stat.substring(open + 1, close) + "#" + task.getFileName(), ticks);
                } catch (IOException | RuntimeException e) {
                    // the thread ended while being read
                }
            }
        } catch (IOException e) {
            // not Linux: nothing to record
        }
        return out;
    }
}
