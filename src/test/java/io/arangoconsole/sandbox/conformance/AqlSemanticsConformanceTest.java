package io.arangoconsole.sandbox.conformance;

import com.arangodb.ArangoCollection;
import com.arangodb.ArangoDBException;
import com.arangodb.ArangoDatabase;
import com.arangodb.Protocol;
import com.arangodb.entity.BaseDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * AQL semantics a DBA meets on a real server: write-write conflicts, ranges, memory limits, warnings, index hints.
 * Each test states what ArangoDB 3.12 answers; against {@code ARANGODB_URL} the same assertions hold.
 */
class AqlSemanticsConformanceTest extends ConformanceBase {
    static String dbName;

    @BeforeAll
    static void createDatabase() {
        dbName = TestServer.unique("aqlsem");
        server.driver(Protocol.HTTP_JSON).createDatabase(dbName);
    }

    @AfterAll
    static void dropDatabase() {
        if (server != null) {
            server.driver(Protocol.HTTP_JSON).db(dbName).drop();
        }
    }

    private ArangoDatabase db(Protocol p) {
        return arango(p).db(dbName);
    }

    private ArangoCollection fresh(Protocol p, String prefix) {
        ArangoCollection c = db(p).collection(prefix + "_" + p.name().toLowerCase());
        c.create();
        return c;
    }

    /**
     * ArangoDB: concurrent {@code UPDATE}s of one document through AQL fail with 409/1200 "write-write conflict"
     * rather than overwrite each other; a client that retries on 1200 ends with the exact count.
     */
    @BothProtocols
    void concurrentAqlIncrementsWithRetriesEndExact(Protocol p) throws Exception {
        ArangoCollection c = fresh(p, "counter");
        c.insertDocument(Map.of("_key", "test", "data", 0));
        String query = "LET doc = DOCUMENT(@@c, 'test') UPDATE doc WITH {data: doc.data + 1} IN @@c";
        Map<String, Object> binds = Map.of("@c", c.name());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                futures.add(pool.submit(() -> {
                    int conflicts = 0;
                    for (int i = 0; i < 25; i++) {
                        while (true) {
                            try {
                                db(p).query(query, Void.class, binds).close();
                                break;
                            } catch (ArangoDBException e) {
                                assertEquals(409, e.getResponseCode(), e::getMessage);
                                assertEquals(1200, e.getErrorNum(), e::getMessage);
                                conflicts++;
                            }
                        }
                    }
                    return conflicts;
                }));
            }
            for (Future<Integer> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        BaseDocument doc = c.getDocument("test", BaseDocument.class);
        assertEquals(200L, ((Number) doc.getAttribute("data")).longValue());
    }
}
