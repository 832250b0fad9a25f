package io.arangoconsole.bench;

import com.arangodb.ArangoDB;
import com.arangodb.ArangoDatabase;
import com.arangodb.model.PersistentIndexOptions;
import io.arangoconsole.sandbox.Sandbox;
import io.arangoconsole.sandbox.SandboxConfig;
import io.arangoconsole.sandbox.demo.DemoData;
import io.arangoconsole.sandbox.store.Collection;
import io.arangoconsole.sandbox.store.StoredDocument;
import io.arangoconsole.sandbox.store.Store;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The sandbox's figures for docs/benchmarks.md: bulk import throughput of 2 KB documents in one request, and
 * {@code SORT d.submissiondate DESC LIMIT 1} over a large collection with and without a persistent index.
 * Run: {@code mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt} then
 * {@code java -Xmx6g -cp target/test-classes:target/classes:$(cat target/cp.txt) io.arangoconsole.bench.SandboxBench
 * [importDocs] [sortDocs]}.
 */
public final class SandboxBench {
    private static final String QUERY = "FOR d IN va_table SORT d.submissiondate DESC LIMIT 1 RETURN d.submissiondate";

    private SandboxBench() {
    }

    public static void main(String[] args) throws Exception {
        int importDocs = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int sortDocs = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        System.out.printf("machine: %d cores, Java %s, max heap %d MB%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
        importThroughput(importDocs);
        sortWithAndWithoutIndex(sortDocs);
    }

    private static void importThroughput(int docs) throws Exception {
        byte[] body = importBody(docs);
        try (Sandbox sandbox = Sandbox.start(SandboxConfig.defaults().withRecords(0))) {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            String auth = "Basic " + Base64.getEncoder().encodeToString("root:".getBytes(StandardCharsets.UTF_8));
            for (int round = 0; round < 4; round++) {
                sandbox.store().database("demo").collection("va_table").truncate();
                HttpRequest request = HttpRequest.newBuilder(URI.create(sandbox.url()
                                + "/_db/demo/_api/import?collection=va_table&type=list&onDuplicate=replace"))
                        .header("Authorization", auth)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
                long start = System.nanoTime();
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf("import round %d: %d docs (%.1f MB) in %.3f s = %,.0f docs/s, answer %d %s%n",
                        round, docs, body.length / 1e6, seconds, docs / seconds, response.statusCode(),
                        response.body().length() > 120 ? response.body().substring(0, 120) : response.body());
            }
        }
    }

    /** A JSON array of {@code docs} demo survey records (about 2 KB each), without system attributes but _key. */
    private static byte[] importBody(int docs) {
        try (Store source = new Store()) {
            DemoData.populate(source, "demo", docs, 7);
            Collection va = source.database("demo").collection("va_table");
            ByteArrayOutputStream out = new ByteArrayOutputStream(docs * 2200);
            out.write('[');
            boolean first = true;
            for (StoredDocument doc : va.snapshot()) {
                if (!first) {
                    out.write(',');
                }
                first = false;
                var node = doc.node();
                node.remove("_id");
                node.remove("_rev");
                out.writeBytes(node.toString().getBytes(StandardCharsets.UTF_8));
            }
            out.write(']');
            return out.toByteArray();
        }
    }

    private static void sortWithAndWithoutIndex(int docs) {
        long start = System.nanoTime();
        try (Sandbox sandbox = Sandbox.start(SandboxConfig.defaults().withRecords(docs))) {
            System.out.printf("demo data: %,d records in %.1f s%n", docs, (System.nanoTime() - start) / 1e9);
            System.gc();
            Runtime rt = Runtime.getRuntime();
            System.out.printf("heap used after GC with %,d records: %d MB%n", docs,
                    (rt.totalMemory() - rt.freeMemory()) >> 20);
            ArangoDB arango = new ArangoDB.Builder().host("127.0.0.1", sandbox.port()).user("root").password("")
                    .build();
            try {
                ArangoDatabase db = arango.db("demo");
                double[] without = time(db, 5);
                System.out.printf("without index: median %.1f ms, max %.1f ms (%d runs)%n", median(without),
                        max(without), without.length);
                long build = System.nanoTime();
                db.collection("va_table").ensurePersistentIndex(List.of("submissiondate"),
                        new PersistentIndexOptions().inBackground(true));
                System.out.printf("index build over %,d documents: %.1f s%n", docs, (System.nanoTime() - build) / 1e9);
                time(db, 200);
                double[] with = time(db, 2000);
                System.out.printf("with index: median %.3f ms, p99 %.3f ms (%d runs, driver round trip)%n",
                        median(with), percentile(with, 0.99), with.length);
                System.out.printf("ratio of medians: %.0fx%n", median(without) / median(with));
            } finally {
                arango.shutdown();
            }
        }
    }

    private static double[] time(ArangoDatabase db, int runs) {
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            db.query(QUERY, String.class, Map.of()).asListRemaining();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        return ms;
    }

    private static double median(double[] values) {
        return percentile(values, 0.5);
    }

    private static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(p * sorted.length))];
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(0);
    }

}
