package io.arangoconsole.sandbox.conformance;

import com.arangodb.ArangoCollection;
import com.arangodb.ArangoDB;
import com.arangodb.ArangoDatabase;
import com.arangodb.Protocol;
import com.arangodb.Request;
import com.arangodb.entity.CollectionPropertiesEntity;
import com.arangodb.entity.ReplicationFactor;
import com.arangodb.model.CollectionCreateOptions;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Shards as a 3.12 Coordinator shows them (reference 1.5, 1.6, section 2 and checklist items 4 and 7): collections
 * created with numberOfShards / replicationFactor / writeConcern, their properties, shard lists, the responsible
 * shard, the distribution, shard statistics and follower reads.
 */
class ClusterShardsConformanceTest {
    static ClusterServer cluster;
    static String dbName;

    @BeforeAll
    static void start() {
        cluster = ClusterServer.start(60);
        dbName = TestServer.unique("shards");
        cluster.driver(Protocol.HTTP_JSON).createDatabase(dbName);
    }

    @AfterAll
    static void stop() {
        if (cluster != null) {
            cluster.driver(Protocol.HTTP_JSON).db(dbName).drop();
            cluster.close();
            cluster = null;
        }
    }

    private static ArangoDatabase db(Protocol p) {
        return cluster.driver(p).db(dbName);
    }

    private static ArangoCollection sharded(Protocol p, String prefix, int shards, int copies, int writeConcern) {
        String name = prefix + "_" + p.name().toLowerCase();
        db(p).createCollection(name, new CollectionCreateOptions().numberOfShards(shards)
                .replicationFactor(ReplicationFactor.of(copies)).writeConcern(writeConcern));
        return db(p).collection(name);
    }

    private static TestServer.JsonResponse call(Protocol p, String db, Request.Method method, String path,
                                                Object body, Map<String, String> query) {
        Request.Builder<Object> b = Request.builder().db(db).method(method).path(path);
        query.forEach(b::queryParam);
        if (body != null) {
            b.body(body);
        }
        return cluster.call(p, b.build());
    }

    @BothProtocols
    void createdShardingShowsInTheProperties(Protocol p) {
        ArangoCollection c = sharded(p, "orders", 3, 2, 2);
        CollectionPropertiesEntity props = c.getProperties();
        assertEquals(3, props.getNumberOfShards());
        assertEquals(2, ((Number) props.getReplicationFactor().get()).intValue());
        assertEquals(2, props.getWriteConcern());
        assertEquals(List.of("_key"), new ArrayList<>(props.getShardKeys()));
        assertEquals("hash", props.getShardingStrategy());
    }

    @BothProtocols
    void shardsListTheirIdsAndWithDetailsTheirServersLeaderFirst(Protocol p) {
        ArangoCollection c = sharded(p, "listed", 3, 2, 1);
        TestServer.JsonResponse plain = call(p, dbName, Request.Method.GET,
                "/_api/collection/" + c.name() + "/shards", null, Map.of());
        assertEquals(200, plain.status(), plain.text());
        assertEquals(3, plain.json().path("shards").size(), plain.text());
        assertEquals(3, plain.json().path("numberOfShards").asInt(), plain.text());
        plain.json().path("shards").forEach(s -> assertTrue(s.asText().matches("s\\d+"), s.toString()));
        TestServer.JsonResponse details = call(p, dbName, Request.Method.GET,
                "/_api/collection/" + c.name() + "/shards", null, Map.of("details", "true"));
        JsonNode shards = details.json().path("shards");
        assertTrue(shards.isObject(), details.text());
        assertEquals(3, shards.size());
        Set<String> leaders = new HashSet<>();
        shards.forEach(servers -> {
            assertEquals(2, servers.size(), servers.toString());
            servers.forEach(id -> assertTrue(id.asText().startsWith("PRMR-"), id.toString()));
            assertNotEquals(servers.get(0).asText(), servers.get(1).asText());
            leaders.add(servers.get(0).asText());
        });
        if (cluster.isSandbox()) {
            assertEquals(3, leaders.size(), "three shards led by three DB-Servers: " + shards);
        }
    }

    /** Same document, same shard; the shard is one of the collection's. */
    @BothProtocols
    void responsibleShardIsStableAndOneOfTheCollections(Protocol p) {
        ArangoCollection c = sharded(p, "resp", 3, 1, 1);
        String shard = c.getResponsibleShard(Map.of("_key", "abc")).getShardId();
        assertEquals(shard, c.getResponsibleShard(Map.of("_key", "abc", "other", 1)).getShardId());
        TestServer.JsonResponse list = call(p, dbName, Request.Method.GET,
                "/_api/collection/" + c.name() + "/shards", null, Map.of());
        List<String> ids = new ArrayList<>();
        list.json().path("shards").forEach(s -> ids.add(s.asText()));
        assertTrue(ids.contains(shard), shard + " not in " + ids);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 60; i++) {
            seen.add(c.getResponsibleShard(Map.of("_key", "k" + i)).getShardId());
        }
        assertEquals(3, seen.size(), "60 keys spread over every shard");
    }

    @BothProtocols
    void distributionShowsPlanAndCurrentWithShortNames(Protocol p) {
        ArangoCollection c = sharded(p, "dist", 2, 2, 1);
        TestServer.JsonResponse r = call(p, dbName, Request.Method.GET, "/_admin/cluster/shardDistribution", null,
                Map.of());
        assertEquals(200, r.status(), r.text());
        JsonNode mine = r.json().path("results").path(c.name());
        assertEquals(2, mine.path("Plan").size(), r.text());
        mine.path("Plan").properties().forEach(e -> {
            JsonNode plan = e.getValue();
            assertTrue(plan.path("leader").asText().startsWith("DBServer"), plan.toString());
            assertEquals(1, plan.path("followers").size(), plan.toString());
            assertEquals(plan, mine.path("Current").path(e.getKey()), "in sync: Plan equals Current");
        });
        TestServer.JsonResponse one = call(p, dbName, Request.Method.GET,
                "/_admin/cluster/collectionShardDistribution", null, Map.of("collection", c.name()));
        assertEquals(mine, one.json().path("results").path(c.name()), one.text());
    }

    @Test
    void theDatasetsCollectionsAreShardedThreeByTwo() {
        org.junit.jupiter.api.Assumptions.assumeTrue(cluster.isSandbox(), "the demo dataset is the sandbox's");
        ArangoDB driver = cluster.driver(Protocol.HTTP_JSON);
        for (String name : List.of("va_table", "ccva_results", "system_configs")) {
            CollectionPropertiesEntity props = driver.db("demo").collection(name).getProperties();
            assertEquals(3, props.getNumberOfShards(), name);
            assertEquals(2, ((Number) props.getReplicationFactor().get()).intValue(), name);
        }
    }

    @BothProtocols
    void shardStatisticsCountTheCluster(Protocol p) {
        TestServer.JsonResponse r = call(p, "_system", Request.Method.GET, "/_admin/cluster/shardStatistics", null,
                Map.of());
        assertEquals(200, r.status(), r.text());
        JsonNode result = r.json().path("result");
        for (String field : List.of("databases", "collections", "shards", "leaders", "realLeaders", "followers",
                "servers")) {
            assertTrue(result.path(field).isNumber(), field + " in " + r.text());
        }
        assertTrue(result.path("shards").asLong() >= 9, r.text());
    }

    /** Follower reads: the header asks, the answer says it may be dirty (reference section 2). */
    @BothProtocols
    void followerReadsAreMarkedPotentiallyDirty(Protocol p) {
        ArangoCollection c = sharded(p, "dirty", 3, 2, 1);
        c.insertDocument(Map.of("_key", "d1", "v", 1));
        Request<Object> read = Request.builder().db(dbName).method(Request.Method.GET)
                .path("/_api/document/" + c.name() + "/d1").header("x-arango-allow-dirty-read", "true").build();
        TestServer.JsonResponse r = cluster.call(p, read);
        assertEquals(200, r.status(), r.text());
        assertEquals("true", r.headers().get("x-arango-potential-dirty-read"), r.headers().toString());
        Request<Object> plainRead = Request.builder().db(dbName).method(Request.Method.GET)
                .path("/_api/document/" + c.name() + "/d1").build();
        assertFalse(cluster.call(p, plainRead).headers().containsKey("x-arango-potential-dirty-read"));
        Request<Object> query = Request.builder().db(dbName).method(Request.Method.POST).path("/_api/cursor")
                .header("x-arango-allow-dirty-read", "true")
                .body(Map.of("query", "FOR d IN " + c.name() + " RETURN d")).build();
        TestServer.JsonResponse q = cluster.call(p, query);
        assertEquals(201, q.status(), q.text());
        assertEquals("true", q.headers().get("x-arango-potential-dirty-read"), q.headers().toString());
    }

    @BothProtocols
    void propertiesMayChangeReplication(Protocol p) {
        ArangoCollection c = sharded(p, "grow", 2, 1, 1);
        c.changeProperties(new com.arangodb.model.CollectionPropertiesOptions()
                .replicationFactor(ReplicationFactor.of(2)));
        CollectionPropertiesEntity props = c.getProperties();
        assertEquals(2, ((Number) props.getReplicationFactor().get()).intValue());
    }

    @BothProtocols
    void tooManyCopiesForTheDbServersIsRefused(Protocol p) {
        org.junit.jupiter.api.Assumptions.assumeTrue(cluster.isSandbox(),
                "a real cluster may have more than three DB-Servers");
        com.arangodb.ArangoDBException e = org.junit.jupiter.api.Assertions.assertThrows(
                com.arangodb.ArangoDBException.class, () -> sharded(p, "toomany", 1, 4, 1));
        assertEquals(1487, e.getErrorNum(), e.getMessage());
    }
}
