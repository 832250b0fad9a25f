package io.arangoconsole.sandbox.aql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.arangoconsole.sandbox.store.ApiError;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Running queries, kill, the slow log and the tracking properties. */
class QueryTrackerTest extends AqlTestBase {

    private JsonNode awaitRunning() throws InterruptedException {
        for (int i = 0; i < 500; i++) {
            JsonNode current = tracker.current("_system");
            if (current.size() > 0) {
                return current.get(0);
            }
            Thread.sleep(10);
        }
        throw new AssertionError("query never showed up as running");
    }

    @Test
    void killStopsASleepingQueryFromAnotherThread() throws Exception {
        CompletableFuture<Object> run = CompletableFuture.supplyAsync(() -> {
            try {
                return rows("RETURN SLEEP(30)");
            } catch (ApiError e) {
                return e;
            }
        });
        JsonNode entry = awaitRunning();
        assertEquals("RETURN SLEEP(30)", entry.get("query").asText());
        assertEquals("executing", entry.get("state").asText());
        assertEquals("root", entry.get("user").asText());
        Instant.parse(entry.get("started").asText());
        tracker.kill("_system", entry.get("id").asText());
        Object outcome = run.get(10, TimeUnit.SECONDS);
        assertTrue(outcome instanceof ApiError, String.valueOf(outcome));
        assertEquals(1500, ((ApiError) outcome).errorNum());
        assertEquals(410, ((ApiError) outcome).code());
        assertEquals("query killed", ((ApiError) outcome).getMessage());
        assertEquals(0, tracker.current(null).size());
    }

    @Test
    void killOfUnknownIdIs404() {
        ApiError e = assertThrows(ApiError.class, () -> tracker.kill("_system", "12345"));
        assertEquals(404, e.code());
        assertEquals(1591, e.errorNum());
        assertEquals("query ID not found", e.getMessage());
    }

    @Test
    void maxRuntimeKillsTheQuery() {
        ApiError e = assertThrows(ApiError.class, () -> {
            try (QueryRun run = engine.start(db, new QueryRequest("RETURN SLEEP(10)", null, false, false, 0, 0.1,
                    "root"))) {
                run.forEachRemaining(x -> { });
            }
        });
        assertEquals(1500, e.errorNum());
    }

    @Test
    void slowLogWithThresholdZeroRecordsEveryQuery() {
        tracker.updateProperties(binds("{'slowQueryThreshold':0, 'maxSlowQueries': 2}"));
        rows("RETURN 1");
        rows("RETURN 2");
        rows("RETURN 3");
        JsonNode slow = tracker.slow("_system");
        assertEquals(2, slow.size());
        assertEquals("RETURN 2", slow.get(0).get("query").asText());
        assertEquals("finished", slow.get(1).get("state").asText());
        assertEquals(3, finished.size());
        tracker.clearSlow("_system");
        assertEquals(0, tracker.slow(null).size());
    }

    @Test
    void slowEntriesCarryTheExitCode() {
        tracker.updateProperties(binds("{'slowQueryThreshold':0}"));
        rows("RETURN 1");
        assertThrows(ApiError.class, () -> rows("RETURN FAIL('boom')"));
        JsonNode slow = tracker.slow("_system");
        assertEquals(0, slow.get(0).get("exitCode").asInt());
        assertEquals(1569, slow.get(1).get("exitCode").asInt(), slow.toString());
        assertEquals("finished", slow.get(1).get("state").asText());
    }

    @Test
    void defaultThresholdKeepsFastQueriesOutOfTheSlowLog() {
        rows("RETURN 1");
        assertEquals(0, tracker.slow(null).size());
        assertEquals(1, finished.size());
    }

    @Test
    void propertiesDefaultsAndValidation() {
        assertEquals("{\"enabled\":true,\"trackSlowQueries\":true,\"trackBindVars\":true,\"maxSlowQueries\":64,"
                + "\"slowQueryThreshold\":10,\"slowStreamingQueryThreshold\":10,\"maxQueryStringLength\":4096}",
                tracker.properties().toString());
        ApiError e = assertThrows(ApiError.class, () -> tracker.updateProperties(binds("{'enabled':'yes'}")));
        assertEquals(400, e.code());
        assertEquals(10, e.errorNum());
        assertEquals(2.5, tracker.updateProperties(binds("{'slowQueryThreshold':2.5}"))
                .get("slowQueryThreshold").asDouble());
    }

    @Test
    void aStreamQueryStaysRunningUntilExhaustedOrClosed() {
        QueryRun run = engine.start(db, new QueryRequest("FOR x IN 1..3 RETURN x", null, true, false, 0, 0, "u"));
        assertEquals(1, tracker.current(null).size());
        assertTrue(tracker.current(null).get(0).get("stream").asBoolean());
        run.next();
        run.close();
        assertEquals(0, tracker.current(null).size());
        assertFalse(run.hasNext());
    }
}
