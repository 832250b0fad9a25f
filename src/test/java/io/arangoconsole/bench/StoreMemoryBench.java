package io.arangoconsole.bench;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.arangoconsole.sandbox.demo.DemoData;
import io.arangoconsole.sandbox.store.Collection;
import io.arangoconsole.sandbox.store.IndexKey;
import io.arangoconsole.sandbox.store.IndexRange;
import io.arangoconsole.sandbox.store.IndexSpec;
import io.arangoconsole.sandbox.store.Json;
import io.arangoconsole.sandbox.store.PersistentIndex;
import io.arangoconsole.sandbox.store.Store;
import io.arangoconsole.sandbox.store.StoredDocument;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;

/**
 * Figures for docs/benchmarks.md, not a test: heap held by N demo records (default 1,000,000), and the newest
 * {@code submissiondate} found through a persistent index (what {@code SORT d.submissiondate DESC LIMIT 1} does with
 * the index) against a full scan of every document (what it does without one).
 *
 * <pre>
 * mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt
 * java -Xmx4g -cp target/test-classes:target/classes:$(cat cp.txt) io.arangoconsole.bench.StoreMemoryBench [records]
 * </pre>
 */
public final class StoreMemoryBench {
    private StoreMemoryBench() {
    }

    public static void main(String[] args) throws Exception {
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        System.out.printf("java %s, %d cores, max heap %d MB%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        long baseline = usedAfterGc();
        try (Store store = new Store()) {
            long t0 = System.nanoTime();
            DemoData.populate(store, "demo", records, 42);
            long populateNanos = System.nanoTime() - t0;
            Collection va = store.database("demo").collection("va_table");
            Collection ccva = store.database("demo").collection("ccva_results");
            long used = usedAfterGc() - baseline;
            System.out.printf("populate %,d records: %.1f s (%,.0f records/s)%n", records, populateNanos / 1e9,
                    records / (populateNanos / 1e9));
            System.out.printf("va_table %,d docs, %,d MB JSON (avg %d B); ccva_results %,d docs, %,d MB JSON%n",
                    va.count(), va.documentsSize() >> 20, va.documentsSize() / Math.max(1, va.count()),
                    ccva.count(), ccva.documentsSize() >> 20);
            System.out.printf("heap used after GC: %,d MB (%.0f B per va record)%n", used >> 20,
                    (double) used / Math.max(1, records));

            scans(va);
            System.out.printf("heap used after GC with the index: %,d MB%n", (usedAfterGc() - baseline) >> 20);
        }
    }

    private static void scans(Collection va) throws IOException {
        for (int round = 1; round <= 3; round++) {
            long t0 = System.nanoTime();
            String maxTree = maxByFullScan(va.snapshot());
            long treeNanos = System.nanoTime() - t0;
            t0 = System.nanoTime();
            String maxStream = maxByStreamingScan(va.snapshot());
            long streamNanos = System.nanoTime() - t0;
            System.out.printf("full scan round %d: parse every document %.0f ms, stream to the field %.0f ms -> %s%s%n",
                    round, treeNanos / 1e6, streamNanos / 1e6, maxTree, maxTree.equals(maxStream) ? "" : " MISMATCH");
        }
        long t0 = System.nanoTime();
        PersistentIndex index = (PersistentIndex) va.createIndex(
                IndexSpec.persistent(List.of("submissiondate"), false, false)).index();
        System.out.printf("create index on submissiondate: %.0f ms%n", (System.nanoTime() - t0) / 1e6);
        int n = 100_000;
        long[] nanos = new long[n];
        String max = null;
        for (int i = 0; i < n; i++) {
            long s = System.nanoTime();
            IndexKey top = index.scan(List.of(), IndexRange.ALL, true).next();
            JsonNode value = top.value(0);
            nanos[i] = System.nanoTime() - s;
            max = value.textValue();
        }
        Arrays.sort(nanos);
        System.out.printf("index scan for the max (%,d runs): median %.2f us, p99 %.2f us, max %.2f us -> %s%n", n,
                nanos[n / 2] / 1e3, nanos[n * 99 / 100] / 1e3, nanos[n - 1] / 1e3, max);
    }

    /** What an AQL full scan does: parse each stored document, read the attribute. */
    private static String maxByFullScan(List<StoredDocument> docs) {
        String max = "";
        for (StoredDocument d : docs) {
            String v = d.node().path("submissiondate").asText();
            if (v.compareTo(max) > 0) {
                max = v;
            }
        }
        return max;
    }

    /** A lower bound for any full scan: stream through the bytes up to the one top-level attribute. */
    private static String maxByStreamingScan(List<StoredDocument> docs) throws IOException {
        String max = "";
        for (StoredDocument d : docs) {
            try (JsonParser p = Json.MAPPER.getFactory().createParser(d.json())) {
                p.nextToken();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    JsonToken t = p.nextToken();
                    if (name.equals("submissiondate")) {
                        String v = p.getText();
                        if (v.compareTo(max) > 0) {
                            max = v;
                        }
                        break;
                    }
                    if (t.isStructStart()) {
                        p.skipChildren();
                    }
                }
            }
        }
        return max;
    }

    private static long usedAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
