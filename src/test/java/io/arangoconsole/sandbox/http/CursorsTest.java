package io.arangoconsole.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arangoconsole.sandbox.aql.QueryRun;
import io.arangoconsole.sandbox.store.ApiError;
import io.arangoconsole.sandbox.store.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Batching rules of cursors, independent of the AQL engine. */
class CursorsTest {
    private final Cursors cursors = new Cursors();

    @AfterEach
    void close() {
        cursors.close();
    }

    /** A query run over fixed rows that counts how far it was pulled. */
    static final class FakeRun implements QueryRun {
        final Iterator<JsonNode> rows;
        boolean closed;

        FakeRun(int n) {
            List<JsonNode> list = new ArrayList<>();
            for (int i = 1; i <= n; i++) {
                list.add(Json.NODES.numberNode(i));
            }
            rows = list.iterator();
        }

        @Override
        public String id() {
            return "q1";
        }

        @Override
        public ObjectNode extra() {
            ObjectNode extra = Json.object();
            extra.putArray("warnings");
            extra.putObject("stats").put("scannedFull", 0);
            return extra;
        }

        @Override
        public boolean modificationQuery() {
            return false;
        }

        @Override
        public void close() {
            closed = true;
        }

        @Override
        public boolean hasNext() {
            return rows.hasNext();
        }

        @Override
        public JsonNode next() {
            return rows.next();
        }
    }

    private static List<JsonNode> drain(FakeRun run) {
        List<JsonNode> out = new ArrayList<>();
        run.forEachRemaining(out::add);
        return out;
    }

    @Test
    void nonStreamCursorServesFullBatchesWithIdUntilTheLast() {
        FakeRun run = new FakeRun(5);
        ObjectNode first = cursors.create("_system", run, drain(run), run.extra(), 2, true, false, 30).next(201);
        assertEquals("[1,2]", first.get("result").toString());
        assertTrue(first.get("hasMore").asBoolean());
        assertEquals(5, first.get("count").asInt());
        assertTrue(first.has("extra"));
        assertEquals("2", first.get("nextBatchId").asText());
        String id = first.get("id").asText();
        ObjectNode second = cursors.get("_system", id).batch("2");
        assertEquals("[3,4]", second.get("result").toString());
        assertTrue(second.has("extra"), "3.12 repeats extra with every batch (recorded RestCursorPostBatch)");
        ObjectNode last = cursors.get("_system", id).batch(null);
        assertEquals("[5]", last.get("result").toString());
        assertFalse(last.get("hasMore").asBoolean());
        assertFalse(last.has("nextBatchId"));
        ApiError gone = assertThrows(ApiError.class, () -> cursors.get("_system", id));
        assertEquals(1600, gone.errorNum());
    }

    @Test
    void streamCursorReadsAheadSoTheLastBatchIsNeverEmpty() {
        FakeRun run = new FakeRun(4);
        ObjectNode first = cursors.create("_system", run, null, null, 2, false, false, 30).next(201);
        assertTrue(first.get("hasMore").asBoolean());
        assertFalse(first.has("extra"), "stream cursors send extra with the last batch");
        ObjectNode second = cursors.get("_system", first.get("id").asText()).batch("2");
        assertEquals("[3,4]", second.get("result").toString());
        assertFalse(second.get("hasMore").asBoolean());
        assertTrue(second.has("extra"));
        assertTrue(run.closed);
    }

    @Test
    void smallResultHasNoIdAndAllowRetryRepeatsABatch() {
        FakeRun small = new FakeRun(1);
        ObjectNode only = cursors.create("_system", small, drain(small), small.extra(), 10, false, false, 30).next(201);
        assertFalse(only.has("id"));
        FakeRun run = new FakeRun(3);
        ObjectNode first = cursors.create("db", run, drain(run), run.extra(), 2, false, true, 30).next(201);
        String id = first.get("id").asText();
        assertEquals(first.get("result"), cursors.get("db", id).batch("1").get("result"));
        assertThrows(ApiError.class, () -> cursors.get("_system", id), "a cursor belongs to its database");
        ObjectNode last = cursors.get("db", id).batch("2");
        assertEquals(id, last.get("id").asText(), "with allowRetry the cursor lives until DELETE");
        cursors.delete("db", id);
        assertEquals(0, cursors.size());
    }

    @Test
    void unusedCursorsExpireAfterTheirTtlAndEndTheirQuery() throws InterruptedException {
        FakeRun run = new FakeRun(10);
        ObjectNode first = cursors.create("_system", run, null, null, 2, false, false, 0.2).next(201);
        String id = first.get("id").asText();
        for (int i = 0; i < 100 && cursors.size() > 0; i++) {
            Thread.sleep(50);
        }
        assertEquals(0, cursors.size());
        assertThrows(ApiError.class, () -> cursors.get("_system", id));
        assertTrue(run.closed);
    }
}
