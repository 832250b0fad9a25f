package io.arangoconsole.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arangoconsole.sandbox.Sandbox;
import io.arangoconsole.sandbox.SandboxConfig;
import io.arangoconsole.sandbox.demo.DemoData;
import io.arangoconsole.sandbox.store.Collection;
import io.arangoconsole.sandbox.store.Store;
import io.arangoconsole.sandbox.store.StoredDocument;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Bulk import of new documents as the issue measures it (docs/benchmarks.md, issue 16 item 8): passes of
 * {@code docs} demo survey records (about 1.9 KB each) in {@code POST /_api/import?type=list} requests of
 * {@code perRequest}, every pass with new keys, over HTTP/1.1 with the JDK client. The first pass runs in a fresh JVM
 * (cold); the bodies of a pass are built before it is timed. After each pass: heap used after a GC, less what was
 * used before the first import, per stored document. Usage: {@code ImportBench [docs] [perRequest] [passes]}.
 */
public final class ImportBench {
    private ImportBench() {
    }

    public static void main(String[] args) throws Exception {
        int docs = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int perRequest = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        int passes = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        List<ObjectNode> records = records(docs);
        try (Sandbox sandbox = Sandbox.start(SandboxConfig.defaults().withRecords(0))) {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            String auth = "Basic " + Base64.getEncoder().encodeToString("root:".getBytes(StandardCharsets.UTF_8));
            Collection target = sandbox.store().database("demo").collection("va_table");
            long baseline = heapAfterGc(); // the sandbox and this program's records, before any import
            for (int pass = 0; pass < passes; pass++) {
                List<byte[]> bodies = bodies(records, perRequest, "p" + pass + "-");
                long bytes = bodies.stream().mapToLong(b -> b.length).sum();
                long cpuStart = processCpuNanos();
                long serverStart = serverCpuNanos();
                long start = System.nanoTime();
                for (byte[] body : bodies) {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(sandbox.url()
                                    + "/_db/demo/_api/import?collection=va_table&type=list"))
                            .header("Authorization", auth).POST(HttpRequest.BodyPublishers.ofByteArray(body))
                            .build(), HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() != 201 || !r.body().contains("\"errors\":0")) {
                        throw new IllegalStateException("import answered " + r.statusCode() + ": " + r.body());
                    }
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
                double serverSeconds = (serverCpuNanos() - serverStart) / 1e9;
                bodies = null;
                System.out.printf("pass %d (%s): %,d new docs (%.1f MB) in %d requests, %.3f s = %,.0f docs/s; "
                                + "process CPU %.2f s = %,.0f docs per CPU second; server threads' CPU %.2f s = %.1f µs a doc; "
                                + "collection %,d docs, heap after GC %,d bytes a document%n", pass,
                        pass == 0 ? "cold" : "warm", docs, bytes / 1e6, (docs + perRequest - 1) / perRequest,
                        seconds, docs / seconds, cpuSeconds, docs / cpuSeconds, serverSeconds,
                        serverSeconds * 1e6 / docs, target.count(), (heapAfterGc() - baseline) / Math.max(1, target.count()));
            }
        }
    }

    private static List<ObjectNode> records(int docs) {
        List<ObjectNode> out = new ArrayList<>(docs);
        try (Store source = new Store()) {
            DemoData.populate(source, "demo", docs, 7);
            for (StoredDocument doc : source.database("demo").collection("va_table").snapshot()) {
                ObjectNode node = doc.node();
                node.remove("_id");
                node.remove("_rev");
                out.add(node);
            }
        }
        return out;
    }

    private static List<byte[]> bodies(List<ObjectNode> records, int perRequest, String keyPrefix) {
        List<byte[]> out = new ArrayList<>();
        for (int from = 0; from < records.size(); from += perRequest) {
            ByteArrayOutputStream body = new ByteArrayOutputStream(perRequest * 2100);
            body.write('[');
            for (int i = from; i < Math.min(records.size(), from + perRequest); i++) {
                ObjectNode doc = records.get(i).deepCopy();
                doc.put("_key", keyPrefix + records.get(i).path("_key").asText());
                if (i > from) {
                    body.write(',');
                }
                body.writeBytes(doc.toString().getBytes(StandardCharsets.UTF_8));
            }
            body.write(']');
            out.add(body.toByteArray());
        }
        return out;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /**
     * CPU time of the sandbox's own threads (Vert.x event loops, request workers, import parsers): the server's cost
     * without the client's, the JIT's and the GC's, the figure least disturbed by other load on the machine.
     */
    private static long serverCpuNanos() {
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long total = 0;
        for (java.lang.management.ThreadInfo t : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (t != null && (t.getThreadName().startsWith("sandbox-") || t.getThreadName().startsWith("vert.x-"))) {
                total += Math.max(0, threads.getThreadCpuTime(t.getThreadId()));
            }
        }
        return total;
    }

    private static long heapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
