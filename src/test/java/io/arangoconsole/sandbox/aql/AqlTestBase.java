package io.arangoconsole.sandbox.aql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arangoconsole.sandbox.store.ApiError;
import io.arangoconsole.sandbox.store.Collection;
import io.arangoconsole.sandbox.store.Database;
import io.arangoconsole.sandbox.store.Json;
import io.arangoconsole.sandbox.store.Store;
import io.arangoconsole.sandbox.store.WriteOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A store with a database, an engine and helpers to run queries and check results. */
abstract class AqlTestBase {
    protected Store store;
    protected Database db;
    protected QueryTracker tracker;
    protected AqlEngine engine;
    protected final List<Double> finished = new CopyOnWriteArrayList<>();

    @BeforeEach
    void setUpStore() {
        store = new Store();
        db = store.database("_system");
        tracker = new QueryTracker(finished::add);
        engine = new AqlEngine(tracker);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    protected static JsonNode json(String text) {
        return Json.parse(text.replace('\'', '"'));
    }

    protected static ObjectNode binds(String text) {
        return (ObjectNode) json(text);
    }

    protected Collection collection(String name, String... docs) {
        Collection c = db.create(name, 2, false);
        for (String d : docs) {
            c.insert((ObjectNode) json(d), WriteOptions.DEFAULT);
        }
        return c;
    }

    protected QueryRun start(String query, ObjectNode bindVars) {
        return engine.start(db, new QueryRequest(query, bindVars, false, false, 0, 0, "root"));
    }

    protected List<JsonNode> rows(String query) {
        return rows(query, null);
    }

    protected List<JsonNode> rows(String query, ObjectNode bindVars) {
        try (QueryRun run = start(query, bindVars)) {
            List<JsonNode> out = new ArrayList<>();
            run.forEachRemaining(out::add);
            return out;
        }
    }

    /** The results as one JSON array text, with single quotes for readability in assertions. */
    protected String result(String query) {
        return result(query, null);
    }

    protected String result(String query, ObjectNode bindVars) {
        return Json.text(Json.NODES.arrayNode().addAll(rows(query, bindVars))).replace('"', '\'');
    }

    /** Runs to the end and returns extra.stats. */
    protected JsonNode stats(String query) {
        try (QueryRun run = start(query, null)) {
            run.forEachRemaining(x -> { });
            return run.extra().get("stats");
        }
    }

    protected ApiError error(String query, ObjectNode bindVars) {
        return assertThrows(ApiError.class, () -> rows(query, bindVars));
    }

    protected void assertError(int code, int errorNum, String message, ApiError e) {
        assertEquals(errorNum, e.errorNum(), e.getMessage());
        assertEquals(code, e.code());
        if (message != null) {
            assertEquals(message, e.getMessage());
        }
    }
}
