package io.arangoconsole.sandbox.demo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arangoconsole.sandbox.Sandbox;
import io.arangoconsole.sandbox.SandboxConfig;
import io.arangoconsole.sandbox.store.Collection;
import io.arangoconsole.sandbox.store.Json;
import io.arangoconsole.sandbox.store.Store;
import io.arangoconsole.sandbox.store.StoredDocument;
import io.arangoconsole.sandbox.store.WriteOptions;
import ch.qos.logback.classic.Level;
import io.arangoconsole.testing.LogCapture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo data kept between starts: read back, it is the data the same seed generates; a bad file is ignored. */
class DemoCacheTest {
    private static final int RECORDS = 400;
    private static final long SEED = 7;

    @TempDir
    Path dir;

    @Test
    void readBackTheDataIsWhatTheSameSeedGenerates() throws Exception {
        Store generated = generated();
        Path file = DemoCache.file(dir, "SURVEY", RECORDS, SEED);
        Store first = new Store();
        assertFalse(DemoCache.populate(first, "demo", file, () -> DemoData.populate(first, "demo", RECORDS, SEED))
                .readBack());
        awaitFile(file);
        Store second = new Store();
        assertTrue(DemoCache.populate(second, "demo", file, () -> {
            throw new AssertionError("generated although the file holds the data");
        }).readBack());
        assertSameData(generated, second);
        assertSameData(generated, first);
    }

    @Test
    void readBackDocumentsHaveFreshRevisionsAndTheCollectionsStayWritable() throws Exception {
        Path file = DemoCache.file(dir, "SURVEY", RECORDS, SEED);
        Store first = new Store();
        DemoCache.populate(first, "demo", file, () -> DemoData.populate(first, "demo", RECORDS, SEED));
        awaitFile(file);
        Store second = new Store();
        DemoCache.populate(second, "demo", file, () -> {
            throw new AssertionError("generated");
        });
        Collection va = second.database("demo").collection(DemoData.VA_TABLE);
        StoredDocument doc = va.snapshot().get(0);
        assertEquals(doc.rev(), doc.node().get("_rev").asText(), "the revision in the bytes is the document's");
        assertEquals(va.snapshot().get(va.snapshot().size() - 1).rev(), va.revision());
        assertNotEquals(first.database("demo").collection(DemoData.VA_TABLE).snapshot().get(0).rev(), doc.rev());
        ObjectNode extra = Json.object();
        extra.put("note", "written after the read-back");
        String key = va.insert(extra, WriteOptions.DEFAULT).current().key();
        assertEquals(RECORDS + 1, va.count());
        assertTrue(va.get(key).node().path("note").isTextual());
    }

    @Test
    void aDamagedFileMeansGeneratingAndWritingItAgain() throws Exception {
        Path file = DemoCache.file(dir, "SURVEY", RECORDS, SEED);
        Files.write(file, new byte[]{0x41, 0x43, 0x53, 0x33, 0, 0, 0, 1, 0, 0, 0, 3, 0});
        Store store = new Store();
        assertFalse(DemoCache.populate(store, "demo", file, () -> DemoData.populate(store, "demo", RECORDS, SEED))
                .readBack());
        assertSameData(generated(), store);
        long deadline = System.currentTimeMillis() + 30_000;
        while (Files.size(file) < 1000 && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        Store again = new Store();
        assertTrue(DemoCache.populate(again, "demo", file, () -> {
            throw new AssertionError("generated");
        }).readBack());
    }

    @Test
    void anotherCountOrSeedIsAnotherFileAndOnlyTheLatestIsKept() throws Exception {
        Path a = DemoCache.file(dir, "SURVEY", RECORDS, SEED);
        Path b = DemoCache.file(dir, "SURVEY", RECORDS, SEED + 1);
        assertNotEquals(a, b);
        assertNotEquals(a, DemoCache.file(dir, "SURVEY", RECORDS + 1, SEED));
        Store one = new Store();
        DemoCache.populate(one, "demo", a, () -> DemoData.populate(one, "demo", RECORDS, SEED));
        awaitFile(a);
        Store two = new Store();
        DemoCache.populate(two, "demo", b, () -> DemoData.populate(two, "demo", RECORDS, SEED + 1));
        awaitFile(b);
        long deadline = System.currentTimeMillis() + 30_000;
        while (Files.exists(a) && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertFalse(Files.exists(a), "the older file of the dataset is removed");
    }

    @Test
    void aFingerprintThatCannotBeComputedMeansGeneratingKeepingNothingAndOneWarning() throws Exception {
        Store store = new Store();
        DemoCache.Filled filled;
        try (LogCapture log = LogCapture.of(DemoCache.class)) {
            filled = DemoCache.populate(store, "demo", dir, "SURVEY", RECORDS, SEED,
                    () -> DemoData.populate(store, "demo", RECORDS, SEED), () -> {
                        throw new IllegalStateException("generator class missing: /x/Y.class");
                    });
            assertEquals(1, log.withStackTrace(Level.WARN).size(), "one warning with the stack trace");
            assertEquals(1, log.events().size());
        }
        assertFalse(filled.readBack());
        assertSameData(generated(), store);
        filled.awaitWritten(30_000);
        try (var files = Files.list(dir)) {
            assertEquals(List.of(), files.toList(), "nothing is kept under a name that cannot be trusted");
        }
    }

    @Test
    void theSandboxStartsFromTheKeptData() throws Exception {
        SandboxConfig config = SandboxConfig.defaults().withRecords(RECORDS);
        long count;
        try (Sandbox s = Sandbox.start(config, dir)) {
            count = s.store().database("demo").collection(DemoData.CCVA_RESULTS).count();
        }
        assertTrue(Files.exists(DemoCache.file(dir, "SURVEY", RECORDS, config.seed())),
                "closing the sandbox waits for the file to be written");
        try (Sandbox s = Sandbox.start(config, dir)) {
            assertEquals(RECORDS, s.store().database("demo").collection(DemoData.VA_TABLE).count());
            assertEquals(count, s.store().database("demo").collection(DemoData.CCVA_RESULTS).count());
        }
    }

    private static Store generated() {
        Store s = new Store();
        DemoData.populate(s, "demo", RECORDS, SEED);
        return s;
    }

    private static void awaitFile(Path file) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (!Files.exists(file) && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertTrue(Files.exists(file), "written within 30 s: " + file);
    }

    /** Same collections, same keys in the same order, same documents but for their revisions. */
    private static void assertSameData(Store expected, Store actual) {
        List<Collection> want = expected.database("demo").collections();
        List<Collection> got = actual.database("demo").collections();
        assertEquals(want.stream().map(Collection::name).toList(), got.stream().map(Collection::name).toList());
        for (int i = 0; i < want.size(); i++) {
            List<StoredDocument> a = want.get(i).snapshot();
            List<StoredDocument> b = got.get(i).snapshot();
            assertEquals(a.size(), b.size(), want.get(i).name());
            for (int d = 0; d < a.size(); d++) {
                ObjectNode x = a.get(d).node();
                ObjectNode y = b.get(d).node();
                x.remove("_rev");
                y.remove("_rev");
                assertEquals(x, y, want.get(i).name() + " document " + d);
                assertEquals(a.get(d).size(), b.get(d).size());
            }
            assertEquals(want.get(i).checksum(false, true), got.get(i).checksum(false, true));
            assertEquals(want.get(i).documentsSize(), got.get(i).documentsSize());
        }
    }
}
