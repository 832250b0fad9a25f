package io.arangoconsole.sandbox.conformance;

import com.arangodb.Protocol;
import com.arangodb.Request;
import com.arangodb.entity.ReplicationFactor;
import com.arangodb.model.CollectionCreateOptions;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Maintenance, rebalance and agency jobs as a 3.12 Coordinator answers them (reference 1.4, 1.7, 1.8; checklist
 * items 5 and 6). These change the cluster, so they run against the sandbox only (a real cluster is not ours to
 * rebalance), in order, on a cluster of their own.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterJobsConformanceTest {
    static ClusterServer cluster;
    static String dbName;

    @BeforeAll
    static void start() {
        cluster = ClusterServer.start(30);
        org.junit.jupiter.api.Assumptions.assumeTrue(cluster.isSandbox(),
                "maintenance, rebalance and shard moves change a cluster: run against the sandbox only");
        dbName = TestServer.unique("jobs");
        cluster.driver(Protocol.HTTP_JSON).createDatabase(dbName);
        cluster.driver(Protocol.HTTP_JSON).db(dbName).createCollection("moved", new CollectionCreateOptions()
                .numberOfShards(3).replicationFactor(ReplicationFactor.of(2)));
    }

    @AfterAll
    static void stop() {
        if (cluster != null) {
            cluster.close();
            cluster = null;
        }
    }

    private static TestServer.JsonResponse call(Protocol p, String db, Request.Method m, String path, Object body,
                                                Map<String, String> query) {
        Request.Builder<Object> b = Request.builder().db(db).method(m).path(path);
        query.forEach(b::queryParam);
        if (body != null) {
            b.body(body);
        }
        return cluster.call(p, b.build());
    }

    private static TestServer.JsonResponse call(Protocol p, Request.Method m, String path, Object body) {
        return call(p, "_system", m, path, body, Map.of());
    }

    /** A call that must fail: its response code, errorNum and message. */
    private static com.arangodb.ArangoDBException refused(Protocol p, String db, Request.Method m, String path,
                                                          Object body, Map<String, String> query) {
        return org.junit.jupiter.api.Assertions.assertThrows(com.arangodb.ArangoDBException.class,
                () -> call(p, db, m, path, body, query));
    }

    private static String idOf(String shortName) {
        JsonNode health = call(Protocol.HTTP_JSON, Request.Method.GET, "/_admin/cluster/health", null).json();
        for (Map.Entry<String, JsonNode> e : health.path("Health").properties()) {
            if (shortName.equals(e.getValue().path("ShortName").asText())) {
                return e.getKey();
            }
        }
        throw new AssertionError(shortName + " not in health");
    }

    private static JsonNode awaitJob(Protocol p, String id) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            TestServer.JsonResponse r = call(p, "_system", Request.Method.GET, "/_admin/cluster/queryAgencyJob",
                    null, Map.of("id", id));
            assertEquals(200, r.status(), r.text());
            String status = r.json().path("status").asText();
            if (status.equals("Finished") || status.equals("Failed")) {
                return r.json();
            }
            Thread.sleep(20);
        }
        throw new AssertionError("job " + id + " did not finish");
    }

    @Order(1)
    @BothProtocols
    void clusterMaintenanceTurnsOnAndOffWithAWarning(Protocol p) {
        assertEquals("Normal", call(p, Request.Method.GET, "/_admin/cluster/maintenance", null).json()
                .path("result").asText());
        TestServer.JsonResponse on = call(p, Request.Method.PUT, "/_admin/cluster/maintenance", "on");
        assertEquals(200, on.status(), on.text());
        assertTrue(on.json().path("warning").asText().startsWith("Cluster supervision deactivated. It will be "
                + "reactivated automatically on "), on.text());
        assertEquals("Maintenance", call(p, Request.Method.GET, "/_admin/cluster/maintenance", null).json()
                .path("result").asText());
        TestServer.JsonResponse off = call(p, Request.Method.PUT, "/_admin/cluster/maintenance", "off");
        assertEquals("Cluster supervision reactivated.", off.json().path("warning").asText(), off.text());
        var bad = refused(p, "_system", Request.Method.PUT, "/_admin/cluster/maintenance", "sometimes", Map.of());
        assertEquals(400, bad.getResponseCode());
        assertEquals(10, bad.getErrorNum());
    }

    @Order(2)
    @BothProtocols
    void serverMaintenanceHasModeAndUntilAndNoResultWhenNormal(Protocol p) {
        String id = idOf("DBServer0002");
        String path = "/_admin/cluster/maintenance/" + id;
        TestServer.JsonResponse normal = call(p, Request.Method.GET, path, null);
        assertEquals(200, normal.status(), normal.text());
        assertFalse(normal.json().has("result"), normal.text());
        TestServer.JsonResponse set = call(p, Request.Method.PUT, path, Map.of("mode", "maintenance", "timeout", 60));
        assertEquals(200, set.status(), set.text());
        JsonNode result = call(p, Request.Method.GET, path, null).json().path("result");
        assertEquals("maintenance", result.path("Mode").asText(), result.toString());
        assertTrue(result.path("Until").asText().endsWith("Z"), result.toString());
        call(p, Request.Method.PUT, path, Map.of("mode", "normal"));
        assertFalse(call(p, Request.Method.GET, path, null).json().has("result"));
        var bad = refused(p, "_system", Request.Method.PUT, path, Map.of("mode", "later"), Map.of());
        assertEquals(400, bad.getResponseCode());
        assertEquals("object expected with attribute 'mode' and optional attribute 'timeout'",
                bad.getErrorMessage());
    }

    @Order(3)
    @BothProtocols
    void rebalanceFiguresSitInsideResult(Protocol p) {
        TestServer.JsonResponse r = call(p, Request.Method.GET, "/_admin/cluster/rebalance", null);
        assertEquals(200, r.status(), r.text());
        JsonNode result = r.json().path("result");
        assertEquals(3, result.path("leader").path("weightUsed").size(), r.text());
        assertEquals(3, result.path("shards").path("numberShards").size(), r.text());
        assertTrue(result.path("pendingMoveShards").isNumber() && result.path("todoMoveShards").isNumber());
        var wrong = refused(p, "_system", Request.Method.POST, "/_admin/cluster/rebalance", Map.of("version", 2),
                Map.of());
        assertEquals(400, wrong.getResponseCode());
        assertEquals(400, wrong.getErrorNum());
        assertEquals("unknown version provided", wrong.getErrorMessage());
    }

    /** moveShard → 202 with an id; queryAgencyJob ToDo/Pending → Finished, with no {@code code}; the leader moved. */
    @Order(4)
    @Test
    void moveShardRunsAsAJobAndMovesTheLeader() throws Exception {
        Protocol p = Protocol.HTTP_JSON;
        JsonNode shards = call(p, dbName, Request.Method.GET, "/_api/collection/moved/shards", null,
                Map.of("details", "true")).json().path("shards");
        Map.Entry<String, JsonNode> first = shards.properties().iterator().next();
        String from = first.getValue().get(0).asText();
        String to = first.getValue().get(1).asText();
        TestServer.JsonResponse r = call(p, dbName, Request.Method.POST, "/_admin/cluster/moveShard",
                Map.of("collection", "moved", "shard", first.getKey(), "fromServer", from, "toServer", to,
                        "remainsFollower", true), Map.of());
        assertEquals(202, r.status(), r.text());
        assertEquals(202, r.json().path("code").asInt());
        String job = r.json().path("id").asText();
        JsonNode done = awaitJob(p, job);
        assertEquals("Finished", done.path("status").asText(), done.toString());
        assertFalse(done.has("code"), done.toString());
        assertEquals("moveShard", done.path("type").asText());
        assertEquals(job, done.path("job").asText());
        assertEquals(from, done.path("fromServer").asText());
        for (String field : List.of("timeCreated", "timeStarted", "timeFinished", "collection", "database")) {
            assertTrue(done.has(field), field + " in " + done);
        }
        JsonNode after = call(p, dbName, Request.Method.GET, "/_api/collection/moved/shards", null,
                Map.of("details", "true")).json().path("shards").path(first.getKey());
        assertEquals(to, after.get(0).asText(), after.toString());
        assertEquals(from, after.get(1).asText(), "remains follower: " + after);
    }

    @Order(5)
    @BothProtocols
    void jobErrorsAreAsTheReferenceLists(Protocol p) {
        var missing = refused(p, "_system", Request.Method.GET, "/_admin/cluster/queryAgencyJob", null, Map.of());
        assertEquals(400, missing.getResponseCode());
        assertEquals(10, missing.getErrorNum());
        var unknown = refused(p, "_system", Request.Method.GET, "/_admin/cluster/queryAgencyJob", null,
                Map.of("id", "1"));
        assertEquals(404, unknown.getResponseCode());
        var noShard = refused(p, dbName, Request.Method.POST, "/_admin/cluster/moveShard",
                Map.of("collection", "moved", "shard", "s1", "fromServer", "DBServer0001", "toServer",
                        "DBServer0002"), Map.of());
        assertEquals(404, noShard.getResponseCode());
        assertEquals("shard not found", noShard.getErrorMessage());
    }

    /** After a server resigned its leaderships, rebalance proposes leader moves back to it and executes them. */
    @Order(6)
    @Test
    void rebalanceProposesAndExecutesLeaderMoves() throws Exception {
        Protocol p = Protocol.HTTP_JSON;
        String third = idOf("DBServer0003");
        TestServer.JsonResponse resign = call(p, Request.Method.POST, "/_admin/cluster/resignLeadership",
                Map.of("server", "DBServer0003"));
        assertEquals(202, resign.status(), resign.text());
        assertEquals("Finished", awaitJob(p, resign.json().path("id").asText()).path("status").asText());
        JsonNode before = call(p, Request.Method.GET, "/_admin/cluster/rebalance", null).json().path("result");
        assertEquals(0, before.path("leader").path("weightUsed").get(2).asInt(), before.toString());
        TestServer.JsonResponse plan = call(p, Request.Method.POST, "/_admin/cluster/rebalance",
                Map.of("version", 1));
        assertEquals(200, plan.status(), plan.text());
        JsonNode moves = plan.json().path("result").path("moves");
        assertTrue(moves.size() > 0, plan.text());
        moves.forEach(m -> {
            assertEquals(third, m.path("to").asText(), m.toString());
            assertTrue(m.path("isLeader").asBoolean(), m.toString());
            assertTrue(m.path("collection").asText().matches("\\d+"), "collection id string: " + m);
            assertTrue(m.path("database").isTextual(), m.toString());
        });
        assertTrue(plan.json().path("result").has("imbalanceBefore"));
        assertTrue(plan.json().path("result").has("imbalanceAfter"));
        Map<String, Object> execute = new HashMap<>();
        execute.put("version", 1);
        execute.put("moves", com.fasterxml.jackson.databind.json.JsonMapper.builder().build()
                .convertValue(moves, List.class));
        TestServer.JsonResponse run = call(p, Request.Method.POST, "/_admin/cluster/rebalance/execute", execute);
        assertEquals(202, run.status(), run.text());
        for (int i = 0; i < 200; i++) {
            JsonNode now = call(p, Request.Method.GET, "/_admin/cluster/rebalance", null).json().path("result");
            if (now.path("todoMoveShards").asInt() + now.path("pendingMoveShards").asInt() == 0) {
                assertTrue(now.path("leader").path("weightUsed").get(2).asInt() > 0, now.toString());
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the rebalance moves did not finish");
    }

    /** cleanOutServer moves every copy off the server and lists it as cleaned. */
    @Order(7)
    @Test
    void cleanOutServerEmptiesTheServer() throws Exception {
        Protocol p = Protocol.HTTP_JSON;
        String third = idOf("DBServer0003");
        TestServer.JsonResponse r = call(p, Request.Method.POST, "/_admin/cluster/cleanOutServer",
                Map.of("server", "DBServer0003"));
        assertEquals(202, r.status(), r.text());
        JsonNode done = awaitJob(p, r.json().path("id").asText());
        assertEquals("Finished", done.path("status").asText(), done.toString());
        assertEquals("cleanOutServer", done.path("type").asText());
        JsonNode numbers = call(p, Request.Method.GET, "/_admin/cluster/numberOfServers", null).json();
        assertTrue(numbers.path("cleanedServers").toString().contains(third), numbers.toString());
        JsonNode dist = call(p, dbName, Request.Method.GET, "/_admin/cluster/shardDistribution", null, Map.of())
                .json();
        assertFalse(dist.toString().contains("DBServer0003"), dist.toString());
    }
}
