package io.arangoconsole.sandbox.conformance;

import com.arangodb.ArangoCollection;
import com.arangodb.ArangoDBException;
import com.arangodb.Protocol;
import com.arangodb.Request;
import com.arangodb.entity.ReplicationFactor;
import com.arangodb.model.CollectionCreateOptions;
import com.fasterxml.jackson.databind.JsonNode;
import io.arangoconsole.sandbox.cluster.ClusterOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A DB-Server stopped through the faults API (reference 1.2, 1.9; checklist items 2 and 3): health GOOD, then BAD
 * after the ok threshold, FAILED after the grace period, {@code SyncStatus} left at SERVING; in the gap a write to a
 * shard it leads fails 503/1478 and one under a write concern of two 403/1429; once FAILED an in-sync follower leads
 * and writes pass; started again it is GOOD and every shard back in sync. The sandbox runs the reference's timings
 * divided by {@link ClusterServer#TIME_SCALE}; a real cluster is not stopped (skipped).
 */
class ClusterFailoverConformanceTest {
    static ClusterServer cluster;
    static String dbName;
    static final ClusterOptions.Timings TIMINGS = ClusterOptions.Timings.REFERENCE.scaledDown(ClusterServer.TIME_SCALE);

    @BeforeAll
    static void start() {
        cluster = ClusterServer.start(20);
        org.junit.jupiter.api.Assumptions.assumeTrue(cluster.isSandbox(),
                "stopping a DB-Server needs the sandbox's faults API; a real cluster is left alone");
        dbName = TestServer.unique("failover");
        cluster.driver(Protocol.HTTP_JSON).createDatabase(dbName);
    }

    @AfterAll
    static void stop() {
        if (cluster != null) {
            cluster.close();
            cluster = null;
        }
    }

    private static TestServer.JsonResponse call(Protocol p, String db, Request.Method m, String path, Object body) {
        Request.Builder<Object> b = Request.builder().db(db).method(m).path(path);
        if (body != null) {
            b.body(body);
        }
        return cluster.call(p, b.build());
    }

    private static JsonNode healthOf(Protocol p, String shortName) {
        JsonNode health = call(p, "_system", Request.Method.GET, "/_admin/cluster/health", null).json();
        for (Map.Entry<String, JsonNode> e : health.path("Health").properties()) {
            if (shortName.equals(e.getValue().path("ShortName").asText())) {
                return e.getValue();
            }
        }
        throw new AssertionError(shortName + " not in " + health);
    }

    /** Polls until the DB-Server's health says {@code status}; returns the milliseconds since {@code since}. */
    private static long awaitStatus(Protocol p, String shortName, String status, long since) throws Exception {
        long deadline = System.currentTimeMillis() + TIMINGS.gracePeriod() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            JsonNode h = healthOf(p, shortName);
            if (status.equals(h.path("Status").asText())) {
                assertEquals("SERVING", h.path("SyncStatus").asText(), "a killed server keeps its last SyncStatus");
                return System.currentTimeMillis() - since;
            }
            Thread.sleep(20);
        }
        throw new AssertionError(shortName + " never became " + status);
    }

    private static String keyOnShard(ArangoCollection c, String shard) {
        for (int i = 0; i < 500; i++) {
            if (c.getResponsibleShard(Map.of("_key", "k" + i)).getShardId().equals(shard)) {
                return "k" + i;
            }
        }
        throw new AssertionError("no key for " + shard);
    }

    private static JsonNode details(Protocol p, String collection) {
        return call(p, dbName, Request.Method.GET, "/_api/collection/" + collection + "/shards?details=true", null)
                .json().path("shards");
    }

    private static boolean allInSync(Protocol p, String collection) {
        JsonNode r = call(p, dbName, Request.Method.GET, "/_admin/cluster/shardDistribution", null).json()
                .path("results").path(collection);
        return r.path("Plan").equals(r.path("Current"));
    }

    @BothProtocols
    void aStoppedDbServerGoesBadThenFailedItsShardsFailOverAndItComesBackInSync(Protocol p) throws Exception {
        String suffix = p.name().toLowerCase();
        String loose = "loose_" + suffix;
        String strict = "strict_" + suffix;
        var db = cluster.driver(p).db(dbName);
        db.createCollection(loose, new CollectionCreateOptions().numberOfShards(3)
                .replicationFactor(ReplicationFactor.of(2)).writeConcern(1));
        db.createCollection(strict, new CollectionCreateOptions().numberOfShards(3)
                .replicationFactor(ReplicationFactor.of(2)).writeConcern(2));
        String victimId = call(p, "_system", Request.Method.GET, "/_admin/cluster/health", null).json()
                .path("Health").properties().stream().filter(e -> "DBServer0002".equals(
                        e.getValue().path("ShortName").asText())).findFirst().orElseThrow().getKey();
        String led = null;
        String followed = null;
        for (Map.Entry<String, JsonNode> e : details(p, loose).properties()) {
            if (e.getValue().get(0).asText().equals(victimId)) {
                led = e.getKey();
            }
        }
        for (Map.Entry<String, JsonNode> e : details(p, strict).properties()) {
            if (e.getValue().get(1).asText().equals(victimId)) {
                followed = e.getKey();
            }
        }
        assertTrue(led != null && followed != null, "DBServer0002 leads a shard of one and follows in the other");
        String ledKey = keyOnShard(db.collection(loose), led);
        String followedKey = keyOnShard(db.collection(strict), followed);
        String formerFollower = details(p, loose).path(led).get(1).asText();

        long stopped = System.currentTimeMillis();
        TestServer.JsonResponse stop = call(p, "_system", Request.Method.POST, "/_admin/sandbox/faults",
                Map.of("action", "stop", "server", "DBServer0002"));
        assertEquals(200, stop.status(), stop.text());

        long bad = awaitStatus(p, "DBServer0002", "BAD", stopped);
        assertTrue(bad >= TIMINGS.okThreshold(), "BAD after " + bad + " ms, not before the ok threshold");
        ArangoDBException gap = assertThrows(ArangoDBException.class,
                () -> db.collection(loose).insertDocument(Map.of("_key", ledKey)));
        assertEquals(503, gap.getResponseCode());
        assertEquals(1478, gap.getErrorNum());
        ArangoDBException concern = assertThrows(ArangoDBException.class,
                () -> db.collection(strict).insertDocument(Map.of("_key", followedKey)));
        assertEquals(403, concern.getResponseCode());
        assertEquals(1429, concern.getErrorNum());

        long failed = awaitStatus(p, "DBServer0002", "FAILED", stopped);
        assertTrue(failed >= TIMINGS.gracePeriod(), "FAILED after " + failed + " ms, not before the grace period");
        long deadline = System.currentTimeMillis() + 10_000;
        while (details(p, loose).path(led).get(0).asText().equals(victimId)
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        JsonNode promoted = details(p, loose).path(led);
        assertEquals(formerFollower, promoted.get(0).asText(), "the in-sync follower leads: " + promoted);
        assertEquals(victimId, promoted.get(1).asText(), "the failed server stays planned as follower");
        assertTrue(!allInSync(p, loose), "Current lacks the failed follower");
        db.collection(loose).insertDocument(Map.of("_key", ledKey, "after", "failover"));

        TestServer.JsonResponse start = call(p, "_system", Request.Method.POST, "/_admin/sandbox/faults",
                Map.of("action", "start", "server", "DBServer0002"));
        assertEquals(200, start.status(), start.text());
        assertEquals("GOOD", healthOf(p, "DBServer0002").path("Status").asText());
        deadline = System.currentTimeMillis() + 10_000;
        while (!(allInSync(p, loose) && allInSync(p, strict)) && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(allInSync(p, loose) && allInSync(p, strict), "every shard in sync again");
        assertNotEquals(victimId, details(p, loose).path(led).get(0).asText(), "leadership is not handed back");
        db.collection(strict).insertDocument(Map.of("_key", followedKey));
    }
}
