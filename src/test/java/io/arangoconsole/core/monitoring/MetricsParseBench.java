package io.arangoconsole.core.monitoring;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Benchmark program (not a test): parse time of a ~200 KB metrics page after warm-up. Run with
 * {@code java -cp target/classes:target/test-classes io.arangoconsole.core.monitoring.MetricsParseBench}.
 */
public final class MetricsParseBench {
    private MetricsParseBench() {
    }

    public static void main(String[] args) {
        byte[] page = MetricsPages.generated(160, 12).getBytes(StandardCharsets.UTF_8);
        PrometheusParser parser = new PrometheusParser();
        int samples = 0;
        for (int i = 0; i < 2_000; i++) {
            samples += parser.parse(page, Instant.EPOCH).size();
        }
        int runs = 500;
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            samples += parser.parse(page, Instant.EPOCH).size();
            nanos[i] = System.nanoTime() - start;
        }
        java.util.Arrays.sort(nanos);
        System.out.printf("page %d bytes; parse median %.3f ms, p99 %.3f ms, max %.3f ms (%d)%n", page.length,
                nanos[runs / 2] / 1e6, nanos[runs * 99 / 100] / 1e6, nanos[runs - 1] / 1e6, samples);
    }
}
