package io.arangoconsole.bench;

import com.arangodb.ArangoDB;
import com.arangodb.Request;
import com.arangodb.util.RawBytes;
import io.arangoconsole.core.arango.ArangoClients;
import io.arangoconsole.core.arango.MonitoringMetricsSource;
import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.core.monitoring.MetricsParseBench;
import io.arangoconsole.core.monitoring.PrometheusParser;
import io.arangoconsole.sandbox.Sandbox;
import io.arangoconsole.sandbox.SandboxConfig;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;

/**
 * Benchmark program (not a test): scrape plus parse of {@code /_admin/metrics/v2} against the sandbox over the real
 * driver, the transfer of a 200 KB body from the sandbox, and (via {@link MetricsParseBench}) the parse of a
 * 200 KB page. The sandbox's own page is a few KB; a real 3.12 server's is ~200 KB, so the figure for a real
 * server is the 200 KB transfer plus the 200 KB parse. Run with
 * {@code java -cp target/classes:target/test-classes:<deps> io.arangoconsole.bench.ScrapeParseBench}.
 */
public final class ScrapeParseBench {
    private ScrapeParseBench() {
    }

    public static void main(String[] args) throws Exception {
        try (Sandbox sandbox = Sandbox.start(SandboxConfig.defaults().withRecords(0));
             ArangoClients clients = new ArangoClients()) {
            ConnectionTarget target = new ConnectionTarget(sandbox.url(), "root", "", "demo",
                    ConnectionTarget.Label.PRIMARY);
            MonitoringMetricsSource source = new MonitoringMetricsSource(clients, () -> target);
            PrometheusParser parser = new PrometheusParser();
            int size = source.fetchMetricsPage().length;
            report("scrape + parse of the sandbox page (" + size + " bytes)", 300, () -> {
                parser.parse(source.fetchMetricsPage(), Instant.now());
            });

            ArangoDB driver = clients.client(target);
            driver.db("demo").createCollection("bench_blob");
            String blob = "x".repeat(200 * 1024);
            String key = driver.db("demo").collection("bench_blob").insertDocument(Map.of("b", blob)).getKey();
            Request<Void> get = Request.<Void>builder().db("demo").method(Request.Method.GET)
                    .path("/_api/document/bench_blob/" + key).build();
            report("driver transfer of a 200 KB body (RawBytes)", 300, () -> {
                driver.execute(get, RawBytes.class);
            });
        }
        MetricsParseBench.main(args);
    }

    private static void report(String what, int runs, Runnable work) {
        for (int i = 0; i < runs; i++) {
            work.run();
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.run();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("%s: median %.3f ms, p99 %.3f ms, max %.3f ms%n", what, nanos[runs / 2] / 1e6,
                nanos[runs * 99 / 100] / 1e6, nanos[runs - 1] / 1e6);
    }
}
