package io.arangoconsole.core.monitoring;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Benchmark program (not a test): 24 hours of 1-second samples of 20 series written to a temporary history, then
 * the 24-hour window loaded and one series downsampled for a chart. Run with
 * {@code java -cp target/classes:target/test-classes:<deps> io.arangoconsole.core.monitoring.HistoryBench}.
 */
public final class HistoryBench {
    private HistoryBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("history-bench");
        Instant start = Instant.parse("2026-11-26T04:00:00Z");
        Clock end = Clock.fixed(start.plus(Duration.ofDays(1)), ZoneOffset.UTC);
        try (MetricsHistory history = MetricsHistory.open(dir, MetricsHistory.DEFAULT_RETENTION, end)) {
            long t = System.nanoTime();
            Map<String, Double> values = new LinkedHashMap<>();
            for (int s = 0; s < 86_400; s++) {
                for (int k = 0; k < 20; k++) {
                    values.put("series." + k, 100 + k + Math.sin(s / 600.0) * 10 + (s % 13) / 10.0);
                }
                history.append(start.plusSeconds(s), values);
            }
            System.out.printf("append 86,400 x 20 values: %.0f ms%n", (System.nanoTime() - t) / 1e6);
            long bytes;
            try (Stream<Path> files = Files.list(dir)) {
                bytes = files.mapToLong(p -> p.toFile().length()).sum();
            }
            System.out.printf("on disk: %.1f MB%n", bytes / 1e6);
            for (int run = 0; run < 3; run++) {
                t = System.nanoTime();
                Map<String, TimeSeries> day = history.load(Duration.ofHours(24));
                long loaded = System.nanoTime();
                TimeSeries chart = Downsampler.minMax(day.get("series.3"), Downsampler.CHART_POINTS);
                long thinned = System.nanoTime();
                TimeSeries lttb = Downsampler.lttb(day.get("series.3"), Downsampler.CHART_POINTS);
                long lttbDone = System.nanoTime();
                System.out.printf("load 24 h (%d series x %d points): %.0f ms; minMax to %d points: %.2f ms; "
                                + "lttb to %d: %.2f ms%n", day.size(), day.get("series.3").size(),
                        (loaded - t) / 1e6, chart.size(), (thinned - loaded) / 1e6, lttb.size(),
                        (lttbDone - thinned) / 1e6);
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
