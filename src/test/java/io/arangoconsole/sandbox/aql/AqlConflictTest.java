package io.arangoconsole.sandbox.aql;

import io.arangoconsole.sandbox.store.ApiError;
import io.arangoconsole.sandbox.store.Collection;
import io.arangoconsole.sandbox.store.Json;
import io.arangoconsole.sandbox.store.WriteOptions;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Write-write conflicts of AQL modifications: a changed snapshot or a key held by another running query. */
class AqlConflictTest extends AqlTestBase {
    private static final String INCREMENT =
            "LET doc = DOCUMENT(c, 'test') UPDATE doc WITH {data: doc.data + 1} IN c";

    @Test
    void documentChangedSinceTheQueryBeganIsAConflict() {
        Collection c = collection("c", "{'_key':'test','data':0}");
        QueryRun run = start(INCREMENT, null);
        c.update("test", (com.fasterxml.jackson.databind.node.ObjectNode) json("{'data':5}"), WriteOptions.DEFAULT);
        ApiError e = assertThrows(ApiError.class, run::hasNext);
        assertError(409, 1200, "write-write conflict; key: test", e);
        assertEquals(5, c.get("test").node().get("data").asInt(), "the other write stays, nothing is lost");
    }

    @Test
    void keyWrittenByARunningQueryIsLockedUntilItEnds() {
        Collection c = collection("c", "{'_key':'test','data':0}");
        QueryRun first = start("FOR i IN 1..2 UPDATE 'test' WITH {data: i} IN c RETURN i", null);
        assertTrue(first.hasNext());
        first.next();
        assertError(409, 1200, null, error("UPDATE 'test' WITH {data: 9} IN c", null));
        ApiError single = assertThrows(ApiError.class, () -> c.update("test",
                (com.fasterxml.jackson.databind.node.ObjectNode) json("{'data':7}"), WriteOptions.DEFAULT));
        assertError(409, 1200, null, single);
        first.forEachRemaining(x -> { });
        first.close();
        rows("UPDATE 'test' WITH {data: 9} IN c");
        assertEquals(9, c.get("test").node().get("data").asInt());
    }

    @Test
    void aQueryMayWriteTheSameDocumentTwice() {
        Collection c = collection("c", "{'_key':'test','data':0}");
        rows("FOR i IN 1..3 LET doc = DOCUMENT(c, 'test') UPDATE doc WITH {data: doc.data + 1} IN c");
        assertEquals(3, c.get("test").node().get("data").asInt());
    }

    @Test
    void ignoreErrorsDoesNotHideAConflict() {
        Collection c = collection("c", "{'_key':'test','data':0}");
        QueryRun run = start("UPDATE 'test' WITH {data: 1} IN c OPTIONS {ignoreErrors: true}", null);
        c.update("test", (com.fasterxml.jackson.databind.node.ObjectNode) json("{'data':5}"), WriteOptions.DEFAULT);
        assertError(409, 1200, null, assertThrows(ApiError.class, run::hasNext));
    }

    @Test
    void concurrentIncrementsWithRetriesEndExact() throws Exception {
        Collection c = collection("c", "{'_key':'test','data':0}");
        AtomicInteger conflicts = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < 50; i++) {
                        while (true) {
                            try {
                                rows(INCREMENT);
                                break;
                            } catch (ApiError e) {
                                assertEquals(1200, e.errorNum());
                                conflicts.incrementAndGet();
                            }
                        }
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(400, c.get("test").node().get("data").asInt(), Json.text(c.get("test").node()));
    }
}
