package io.arangoconsole.core.monitoring;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MetricsHistoryTest {
    private static final Instant T0 = Instant.parse("2026-11-27T03:59:58Z");
    private static final String HIT = SeriesNames.CACHE_HIT_RATE_RECENT;
    private static final String QPS = SeriesNames.QUERIES_PER_S;

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(T0);

    private MetricsHistory open() throws IOException {
        return MetricsHistory.open(dir, MetricsHistory.DEFAULT_RETENTION, clock);
    }

    private static Map<String, Double> sample(double hit, double qps) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put(HIT, hit);
        m.put(QPS, qps);
        return m;
    }

    @Test
    void historySurvivesARestartOfTheServices() throws IOException {
        try (MetricsHistory history = open()) {
            for (int i = 0; i < 5; i++) {
                history.append(T0.plusSeconds(i), sample(0.9 + i / 100.0, i * 10));
            }
        }
        clock.advance(Duration.ofSeconds(5));
        try (MetricsHistory reopened = open()) {
            reopened.append(T0.plusSeconds(5), Map.of(QPS, 55.0, "server.new_series", 1.0));
            clock.advance(Duration.ofSeconds(1));

            Map<String, TimeSeries> all = reopened.load(Duration.ofMinutes(5));

            assertEquals(List.of("server.aql.queries_per_s", "server.cache.hit_rate_recent", "server.new_series"),
                    List.copyOf(all.keySet()));
            TimeSeries qps = all.get(QPS);
            assertArrayEquals(new double[] {0, 10, 20, 30, 40, 55}, qps.values());
            assertEquals(T0, qps.time(0));
            assertEquals(T0.plusSeconds(5), qps.time(5));
            assertArrayEquals(new double[] {0.9, 0.91, 0.92, 0.93, 0.94}, all.get(HIT).values(), 1e-12);
            assertArrayEquals(new double[] {1}, all.get("server.new_series").values());
        }
        // The samples straddle 04:00 UTC, so two hour files were written.
        assertEquals(2, csvFiles().size());
    }

    @Test
    void loadsOnlyTheWindowAndTheNamedSeries() throws IOException {
        try (MetricsHistory history = open()) {
            for (int i = 0; i < 3_600; i += 10) {
                history.append(T0.plusSeconds(i), sample(0.5, i));
            }
            clock.advance(Duration.ofSeconds(3_590));

            Map<String, TimeSeries> last5 = history.load(Duration.ofMinutes(5), List.of(QPS));
            Map<String, TimeSeries> lastHour = history.load(Duration.ofHours(1));

            assertEquals(List.of(QPS), List.copyOf(last5.keySet()));
            assertEquals(31, last5.get(QPS).size());
            assertEquals(3_290, last5.get(QPS).value(0));
            assertEquals(360, lastHour.get(HIT).size());
            assertTrue(history.load(T0.minusSeconds(100), T0.minusSeconds(1), List.of()).isEmpty());
        }
    }

    @Test
    void filesOlderThanTheRetentionArePruned() throws IOException {
        try (MetricsHistory history = open()) {
            for (int h = 0; h < 30; h++) {
                history.append(T0.plus(Duration.ofHours(h)), sample(0.8, h));
            }
            clock.advance(Duration.ofHours(29));
            assertEquals(4, history.prune());

            TimeSeries qps = history.load(Duration.ofHours(48)).get(QPS);
            // Now is 29 h after T0 (03:59:58); 25 h of retention reach back to 07:59:58 on the first day, so the
            // files of 03:00..06:59 go and the one of 07:00 (hour 4 after T0) stays.
            assertEquals(4, qps.value(0));
            assertEquals(29, qps.value(qps.size() - 1));
            assertTrue(history.load(Duration.ofHours(24)).get(QPS).size() >= 24, "at least 24 hours are kept");
        }
        assertEquals(26, csvFiles().size());
    }

    @Test
    void aLineCutShortByACrashIsSkippedAndWritingGoesOn() throws IOException {
        try (MetricsHistory history = open()) {
            history.append(T0, sample(0.7, 1));
        }
        Path file = csvFiles().get(0);
        Files.writeString(file, (T0.toEpochMilli() + 500) + ",0=0.6,1=", StandardOpenOption.APPEND);
        try (MetricsHistory history = open()) {
            history.append(T0.plusSeconds(1), sample(0.75, 2));

            TimeSeries hit = history.load(T0.minusSeconds(10), T0.plusSeconds(10), List.of()).get(HIT);

            assertArrayEquals(new double[] {0.7, 0.75}, hit.values());
        }
    }

    @Test
    void nonFiniteValuesAreGapsAndOddNamesSurvive() throws IOException {
        String odd = "console.query \"by day, fast\"\nline2.primary.p95_ms";
        try (MetricsHistory history = open()) {
            history.append(T0, Map.of(HIT, Double.NaN, odd, 4.5));
            history.append(T0.plusSeconds(1), Map.of(HIT, 0.5));
            clock.advance(Duration.ofSeconds(1));
            Map<String, TimeSeries> all = history.load(Duration.ofMinutes(5));

            assertArrayEquals(new double[] {0.5}, all.get(HIT).values());
            assertArrayEquals(new double[] {4.5}, all.get(odd).values());
        }
    }

    @Test
    void aClosedHistoryRefusesWork() throws IOException {
        MetricsHistory history = open();
        history.close();

        assertThrows(IllegalStateException.class, () -> history.append(T0, sample(1, 1)));
        assertFalse(csvFiles().stream().anyMatch(p -> p.toString().endsWith(".tmp")));
    }

    private List<Path> csvFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
    }

    @Test
    void filesAreCompactText() throws IOException {
        try (MetricsHistory history = open()) {
            history.append(T0, sample(0.7, 1));
            history.append(T0.plusSeconds(1), sample(0.71, 2));
        }
        String text = Files.readString(csvFiles().get(0), StandardCharsets.UTF_8);
        assertEquals("# arango-console metrics history v1\n=0,server.cache.hit_rate_recent\n"
                + "=1,server.aql.queries_per_s\n" + T0.toEpochMilli() + ",0=0.7,1=1.0;\n" + (T0.toEpochMilli() + 1000)
                + ",0=0.71,1=2.0;\n", text);
    }
}
