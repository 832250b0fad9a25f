package io.arangoconsole.sandbox.store;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static io.arangoconsole.sandbox.store.TestDocs.doc;
import static io.arangoconsole.sandbox.store.TestDocs.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IndexBuildsTest extends OneCollectionTest {
    private static final int DOCS = 20_000;
    private static final String BACKGROUND = "{'type':'persistent','fields':['n'],'inBackground':true,'name':'byN'}";
    @Override
    protected String collectionName() {
        return "docs";
    }

    private void fill(int count) {
        for (int i = 0; i < count; i++) {
            c.insert(doc("{'_key':'d" + i + "','n':" + (i * 7919 % count) + ",'dup':" + (i % 10) + "}"),
                    WriteOptions.DEFAULT);
        }
    }

    private CompletableFuture<IndexCreation> createInBackground(String json) {
        return CompletableFuture.supplyAsync(() -> c.createIndex(IndexSpec.fromJson(value(json))));
    }

    /** Waits until the index named {@code name} is listed (with hidden ones) as building part-way. */
    private Index awaitBuilding(String name) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            for (Index index : c.indexes(true)) {
                if (index.name().equals(name) && index.isBuilding() && index.progress() > 0) {
                    return index;
                }
            }
            Thread.sleep(1);
        }
        throw new AssertionError("never saw " + name + " building");
    }

    private static Throwable failure(CompletableFuture<?> future) {
        ExecutionException e = assertThrows(ExecutionException.class, () -> future.get(30, TimeUnit.SECONDS));
        return e.getCause();
    }

    @Test
    void sameDefinitionAnswersTheExistingIndex() {
        fill(100);
        IndexSpec spec = IndexSpec.persistent(List.of("n"), false, false);
        IndexCreation first = c.createIndex(spec);
        IndexCreation second = c.createIndex(spec);
        assertTrue(first.created());
        assertFalse(second.created());
        assertSame(first.index(), second.index());
        assertTrue(c.createIndex(IndexSpec.persistent(List.of("n"), false, true)).created(), "sparse differs");
        assertEquals(3, c.indexes(false).size());
        assertEquals(100, ((PersistentIndex) first.index()).size());
        assertFalse(first.index().isBuilding());
    }

    @Test
    void aNameTakenByAnotherDefinitionIsRefused() {
        c.createIndex(IndexSpec.fromJson(value("{'type':'persistent','fields':['a'],'name':'idx'}")));
        ApiError e = assertThrows(ApiError.class,
                () -> c.createIndex(IndexSpec.fromJson(value("{'type':'persistent','fields':['b'],'name':'idx'}"))));
        assertEquals(1207, e.errorNum());
    }

    @Test
    void backgroundBuildIsSeenInProgressFromAnotherThread() throws Exception {
        fill(DOCS);
        store.setIndexBuildDelayMillis(20);
        CompletableFuture<IndexCreation> build = createInBackground(BACKGROUND);

        Index building = awaitBuilding("byN");
        double progress = building.progress();
        assertTrue(progress > 0 && progress < 100, "progress " + progress);
        JsonNode described = building.describe("docs");
        assertTrue(described.get("isBuilding").asBoolean());
        double listed = described.get("progress").asDouble();
        assertTrue(listed >= Math.floor(progress) && listed < 100, "listed progress " + listed);
        assertFalse(c.indexes(false).contains(building), "hidden without withHidden");
        assertFalse(c.sortedIndexes().contains(building), "the optimizer must not use it yet");

        IndexCreation done = build.get(30, TimeUnit.SECONDS);
        assertTrue(done.created());
        assertSame(building, done.index());
        assertFalse(building.isBuilding());
        assertFalse(building.describe("docs").has("isBuilding"));
        assertTrue(c.indexes(false).contains(building));
        assertEquals(DOCS, ((PersistentIndex) building).size());
    }

    @Test
    void droppingABuildingIndexCancelsTheBuild() throws Exception {
        fill(DOCS);
        store.setIndexBuildDelayMillis(20);
        CompletableFuture<IndexCreation> build = createInBackground(BACKGROUND);

        Index building = awaitBuilding("byN");
        c.dropIndex("byN");

        Throwable cause = failure(build);
        ApiError error = assertInstanceOf(ApiError.class, cause);
        assertTrue(error.code() >= 400, "creation reports the cancelled build");
        assertFalse(c.indexes(true).contains(building));
        assertThrows(ApiError.class, () -> c.index("byN"));
        c.insert(doc("{'_key':'after','n':-1}"), WriteOptions.DEFAULT);
        assertEquals(1, c.indexes(true).size(), "only the primary index is left");
    }

    @Test
    void anInterruptedBuildLeavesNoHalfBuiltIndexBehind() throws Exception {
        fill(DOCS);
        store.setIndexBuildDelayMillis(20);
        CompletableFuture<Throwable> outcome = new CompletableFuture<>();
        Thread worker = new Thread(() -> {
            try {
                c.createIndex(IndexSpec.fromJson(value(
                        "{'type':'persistent','fields':['n'],'unique':true,'inBackground':true,'name':'byN'}")));
                outcome.complete(null);
            } catch (RuntimeException e) {
                outcome.complete(e);
            }
        });
        worker.start();
        awaitBuilding("byN");
        worker.interrupt(); // e.g. the HTTP worker running the request is shut down

        assertInstanceOf(ApiError.class, outcome.get(30, TimeUnit.SECONDS));
        worker.join();
        assertEquals(1, c.indexes(true).size(), "no hidden index left building forever");
        c.insert(doc("{'_key':'same','n':0}"), WriteOptions.DEFAULT);
        assertNotNull(c.get("same"), "a failed unique index does not refuse writes");
    }

    @Test
    void uniqueIndexOverDuplicatesFailsAndLeavesNoIndex() throws Exception {
        fill(2_000);
        ApiError foreground = assertThrows(ApiError.class, () -> c.createIndex(IndexSpec.fromJson(
                value("{'type':'persistent','fields':['dup'],'unique':true}"))));
        assertEquals(1210, foreground.errorNum());
        assertEquals(400, foreground.code());
        assertEquals(1, c.indexes(true).size());

        store.setIndexBuildDelayMillis(1);
        Throwable background = failure(createInBackground(
                "{'type':'persistent','fields':['dup'],'unique':true,'inBackground':true}"));
        assertEquals(1210, assertInstanceOf(ApiError.class, background).errorNum());
        assertEquals(1, c.indexes(true).size());
        c.insert(doc("{'_key':'more','dup':1}"), WriteOptions.DEFAULT);
        assertEquals(2_001, c.count(), "no leftover unique index refuses writes");
    }

    @Test
    void writesDuringABackgroundBuildEndUpIndexed() throws Exception {
        fill(DOCS);
        store.setIndexBuildDelayMillis(20);
        CompletableFuture<IndexCreation> build = createInBackground(BACKGROUND);
        awaitBuilding("byN");

        // while the build runs: new documents, changed values on both sides of the build's position, removals
        int writes = 0;
        while (!build.isDone() || writes < 50) {
            int i = writes++;
            if (i % 10 == 0) {
                Thread.sleep(1); // spread the writes over the whole build, behind and ahead of its position
            }
            c.insert(doc("{'_key':'new" + i + "','n':" + (100_000 + i) + "}"), WriteOptions.DEFAULT);
            String updated = "d" + (i * 97 % DOCS);
            String replaced = "d" + ((DOCS - 1 - i * 89) % DOCS + DOCS) % DOCS;
            String removed = "d" + ((i * 31 + 5) % DOCS);
            if (c.get(updated) != null) {
                c.update(updated, doc("{'n':" + (-i - 1) + "}"), WriteOptions.DEFAULT);
            }
            if (c.get(replaced) != null) {
                c.replace(replaced, doc("{'other':true}"), WriteOptions.DEFAULT);
            }
            if (c.get(removed) != null) {
                c.remove(removed, WriteOptions.DEFAULT);
            }
            if (writes > 5_000) {
                break;
            }
        }
        PersistentIndex index = (PersistentIndex) build.get(30, TimeUnit.SECONDS).index();
        assertTrue(writes >= 50);

        List<String> expected = new ArrayList<>();
        List<StoredDocument> all = new ArrayList<>(c.snapshot());
        all.sort((a, b) -> {
            int byValue = ValueOrder.INSTANCE.compare(a.node().get("n"), b.node().get("n"));
            return byValue != 0 ? byValue : a.key().compareTo(b.key());
        });
        all.forEach(d -> expected.add(d.key() + "=" + d.node().get("n")));
        List<String> actual = new ArrayList<>();
        index.scan(List.of(), IndexRange.ALL, false).forEachRemaining(k -> actual.add(k.docKey() + "="
                + (k.value(0).isNull() ? null : k.value(0))));
        assertEquals(expected.size(), actual.size(), "one entry per document");
        assertEquals(expected, actual);
        assertNotNull(c.get("new0"));
    }
}
