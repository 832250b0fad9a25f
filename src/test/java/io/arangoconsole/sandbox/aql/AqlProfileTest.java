package io.arangoconsole.sandbox.aql;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Profile level 2: per-node runtime (upstream included) and fetching, as ArangoDB reports them. */
class AqlProfileTest extends AqlTestBase {

    @Test
    void nodesReportTheirRuntime() {
        JsonNode extra;
        try (QueryRun run = engine.start(db, new QueryRequest("FOR i IN 1..3 LET s = SLEEP(0.05) RETURN i", null,
                false, false, 2, 0, "root"))) {
            run.forEachRemaining(x -> { });
            extra = run.extra();
        }
        Map<Integer, String> types = new HashMap<>();
        extra.get("plan").get("nodes").forEach(n -> types.put(n.get("id").asInt(), n.get("type").asText()));
        double sleeping = -1;
        double returning = -1;
        double returnFetching = -1;
        for (JsonNode s : extra.get("stats").get("nodes")) {
            String type = types.get(s.get("id").asInt());
            if (type.equals("CalculationNode") && s.get("runtime").asDouble() > sleeping) {
                sleeping = s.get("runtime").asDouble();
            }
            if (type.equals("ReturnNode")) {
                returning = s.get("runtime").asDouble();
                returnFetching = s.get("fetching").asDouble();
            }
        }
        assertTrue(sleeping >= 0.15, "three SLEEP(0.05) calls: " + sleeping);
        assertTrue(returning >= sleeping, "runtime includes upstream: " + returning + " < " + sleeping);
        assertTrue(returnFetching >= sleeping && returnFetching <= returning, "fetching is the upstream part");
    }

    @Test
    void unprofiledQueriesAreNotTimed() {
        try (QueryRun run = start("FOR i IN 1..3 RETURN i", null)) {
            run.forEachRemaining(x -> { });
            assertEquals(null, run.extra().get("stats").get("nodes"));
        }
    }
}
