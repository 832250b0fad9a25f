package io.arangoconsole.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arangoconsole.sandbox.demo.DemoData;
import io.arangoconsole.sandbox.store.Store;
import io.arangoconsole.sandbox.store.StoredDocument;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * Bulk import of new documents as the issue measures it (docs/benchmarks.md, issue 16 item 8): passes of
 * {@code docs} demo survey records (about 2 KB each) in {@code POST /_api/import?type=list} requests of
 * {@code perRequest}, every pass with new keys, over HTTP/1.1 on loopback. The server ({@link ImportServer}) runs in
 * a JVM of its own, so its figures are the server's alone: this program (the client) serialises a pass's bodies
 * before the pass is timed and only sends them. The server's first pass is cold. After each pass the server reports
 * its process CPU, its own threads' CPU and the bytes they allocated (the figure the load does not move; threads
 * that ended during the pass are missed), its garbage collections, and its heap after a GC, less what it used before
 * the first import, per stored document.
 *
 * <p>Usage: {@code ImportBench [docs] [perRequest] [passes] [label=classpath ...]}: with no label, one server on this
 * program's class path; with several, one server each, run one after the other with the same bodies (before/after
 * in one run). The server JVM's options: {@code -Dbench.serverJvm="-Xmx3g ..."} (default {@code -Xmx3g}).
 */
public final class ImportBench {
    private ImportBench() {
    }

    public static void main(String[] args) throws Exception {
        int docs = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int perRequest = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        int passes = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        List<String[]> servers = new ArrayList<>();
        for (int i = 3; i < args.length; i++) {
            int eq = args[i].indexOf('=');
            servers.add(new String[]{args[i].substring(0, eq), args[i].substring(eq + 1)});
        }
        if (servers.isEmpty()) {
            servers.add(new String[]{"server", System.getProperty("java.class.path")});
        }
        List<ObjectNode> records = records(docs);
        System.out.printf("%,d records, %d a request, %d passes; server JVM %s; client JVM %s%n", docs, perRequest,
                passes, System.getProperty("bench.serverJvm", "-Xmx3g"), Runtime.version());
        for (String[] server : servers) {
            run(server[0], server[1], records, perRequest, passes);
        }
    }

    private static void run(String label, String classpath, List<ObjectNode> records, int perRequest, int passes)
            throws Exception {
        List<String> command = new ArrayList<>();
        command.add(javaBinary());
        command.addAll(Arrays.asList(System.getProperty("bench.serverJvm", "-Xmx3g").trim().split("\\s+")));
        command.addAll(List.of("-cp", classpath, ImportServer.class.getName()));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (BufferedReader from = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
             PrintWriter to = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8)) {
            String url = answer(from, "url ")[0];
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            String auth = "Basic " + Base64.getEncoder().encodeToString("root:".getBytes(StandardCharsets.UTF_8));
            URI uri = URI.create(url + "/_db/demo/_api/import?collection=va_table&type=list");
            long baseline = figures(from, to, "measure")[2]; // the empty sandbox, before any import
            for (int pass = 0; pass < passes; pass++) {
                List<byte[]> bodies = bodies(records, perRequest, label + pass + "-");
                long bytes = bodies.stream().mapToLong(b -> b.length).sum();
                long[] before = figures(from, to, "cpu");
                long start = System.nanoTime();
                for (byte[] body : bodies) {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).header("Authorization", auth)
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() != 201 || !r.body().contains("\"errors\":0")) {
                        throw new IllegalStateException("import answered " + r.statusCode() + ": " + r.body());
                    }
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                long[] after = figures(from, to, "measure");
                double cpu = (after[0] - before[0]) / 1e9;
                double serverCpu = (after[1] - before[1]) / 1e9;
                int docs = records.size();
                System.out.printf("%s pass %d (%s): %,d new docs (%.1f MB) in %d requests, %.3f s = %,.0f docs/s; "
                                + "server process CPU %.2f s = %,.0f docs per CPU second; server threads' CPU "
                                + "%.1f µs a doc; allocated %,d bytes a doc; %d collections, %,d ms; collection %,d docs, "
                                + "heap after GC %,d bytes a document; load %s%n",
                        label, pass, pass == 0 ? "cold" : "warm", docs, bytes / 1e6, bodies.size(), seconds,
                        docs / seconds, cpu, docs / cpu, serverCpu * 1e6 / docs, (after[4] - before[4]) / docs,
                        after[5] - before[5], after[6] - before[6], after[3],
                        (after[2] - baseline) / Math.max(1, after[3]), load());
            }
            to.println("quit");
        } finally {
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    /** Asks the server for its CPU times and, with {@code measure}, then its heap after a GC. */
    private static long[] figures(BufferedReader from, PrintWriter to, String what) throws IOException {
        to.println(what);
        return Arrays.stream(answer(from, "figures ")).mapToLong(Long::parseLong).toArray();
    }

    private static String[] answer(BufferedReader from, String prefix) throws IOException {
        String line;
        while ((line = from.readLine()) != null) {
            if (line.startsWith(prefix)) {
                return line.substring(prefix.length()).trim().split(" ");
            }
        }
        throw new IOException("the server stopped before answering '" + prefix.trim() + "'");
    }

    private static String load() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
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

    /** The java binary running this program. */
    private static String javaBinary() {
        return java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
