package io.arangoconsole.sandbox.conformance;

import com.arangodb.ArangoCollection;
import com.arangodb.ArangoDB;
import com.arangodb.ArangoDatabase;
import com.arangodb.Protocol;
import com.arangodb.Request;
import com.arangodb.Response;
import com.arangodb.entity.BaseDocument;
import com.arangodb.entity.ReplicationFactor;
import com.arangodb.model.CollectionCreateOptions;
import com.arangodb.util.RawBytes;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Each server's own metrics page, as a Coordinator answers {@code /_admin/metrics/v2?serverId=} (decision 0071):
 * a Coordinator counts the requests sent to its own listener, a DB-Server the requests its shards were sent and the
 * shards and documents it holds, so two servers' pages differ where a real cluster's would.
 */
class ClusterNodeMetricsConformanceTest {
    private static final String REQUESTS = "arangodb_http_request_statistics_total_requests_total";
    private static final Duration CEILING = Duration.ofSeconds(30);
    static ClusterServer cluster;
    static String dbName;

    @BeforeAll
    static void start() {
        cluster = ClusterServer.start(50);
        dbName = TestServer.unique("nodemetrics");
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

    @BothProtocols
    void eachCoordinatorCountsTheRequestsSentToItsOwnListener(Protocol p) {
        Map<String, String> coordinators = servers(p, "Coordinator");
        String second = byPort(p, coordinators, cluster.coordinators().get(1));
        String third = byPort(p, coordinators, cluster.coordinators().get(2));
        double secondBefore = figure(p, second, REQUESTS);
        double thirdBefore = figure(p, third, REQUESTS);
        ArangoDB toSecond = cluster.builder(p, 1).build();
        try {
            for (int i = 0; i < 40; i++) {
                toSecond.getVersion();
            }
        } finally {
            toSecond.shutdown();
        }
        double secondGrew = figure(p, second, REQUESTS) - secondBefore;
        double thirdGrew = figure(p, third, REQUESTS) - thirdBefore;
        assertTrue(secondGrew >= 40, "the coordinator asked 40 times counted " + secondGrew);
        assertTrue(thirdGrew < 40, "another coordinator counted " + thirdGrew + " of the 40 requests it never saw");
    }

    @BothProtocols
    void aDbServerCountsTheRequestsAndHoldsTheShardsAndDocumentsThatAreItsOwn(Protocol p) {
        String name = "one_shard_" + p.name().toLowerCase();
        ArangoDatabase db = cluster.driver(p).db(dbName);
        Map<String, String> dbServers = servers(p, "DBServer");
        Map<String, Map<String, Double>> before = new LinkedHashMap<>();
        dbServers.keySet().forEach(n -> before.put(n, figures(p, n)));
        db.createCollection(name, new CollectionCreateOptions().numberOfShards(1)
                .replicationFactor(ReplicationFactor.of(1)));
        ArangoCollection c = db.collection(name);
        JsonNode shards = cluster.call(p, Request.builder().db(dbName).method(Request.Method.GET)
                .path("/_api/collection/" + name + "/shards").queryParam("details", "true").build()).json();
        String holderId = shards.path("shards").elements().next().get(0).asText();
        String holder = dbServers.entrySet().stream().filter(e -> e.getValue().equals(holderId)).findFirst()
                .orElseThrow().getKey();
        String other = dbServers.keySet().stream().filter(n -> !n.equals(holder)).findFirst().orElseThrow();

        Map<String, Double> holderBefore = before.get(holder);
        Map<String, Double> otherBefore = before.get(other);
        List<BaseDocument> docs = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            BaseDocument d = new BaseDocument("k" + i);
            d.addAttribute("n", i);
            docs.add(d);
        }
        c.insertDocuments(docs);
        for (int i = 0; i < 40; i++) {
            c.getDocument("k" + i, BaseDocument.class);
        }

        awaitFigures(p, holder, f -> grew(holderBefore, f, "arangodb_shards_number") >= 1
                && grew(holderBefore, f, "arangodb_shards_leader_number") >= 1,
                "the holder lists the new shard as its own and as led by it");
        Map<String, Double> holderAfter = figures(p, holder);
        Map<String, Double> otherAfter = figures(p, other);
        assertTrue(grew(holderBefore, holderAfter, REQUESTS) >= 41, "the holder of the only shard counted "
                + grew(holderBefore, holderAfter, REQUESTS) + " requests for 1 insert and 40 reads");
        assertEquals(1, grew(holderBefore, holderAfter, "arangodb_shards_number"), 0.0, "shards of the holder");
        assertTrue(grew(otherBefore, otherAfter, REQUESTS) < 41,
                "a DB-Server without the shard counted " + grew(otherBefore, otherAfter, REQUESTS));
        assertEquals(need(otherBefore, "arangodb_shards_number"), need(otherAfter, "arangodb_shards_number"),
                "a DB-Server without the shard does not list it");
        if (cluster.isSandbox()) { // a real RocksDB's key estimate moves only when it flushes
            assertEquals(500, grew(holderBefore, holderAfter, "rocksdb_estimate_num_keys"), 0.0,
                    "documents of the holder");
            assertEquals(need(otherBefore, "rocksdb_estimate_num_keys"), need(otherAfter, "rocksdb_estimate_num_keys"),
                    "documents of a DB-Server without the shard");
        }
    }

    /** Servers of {@code role} by short name, with their ids, from the health. */
    private static Map<String, String> servers(Protocol p, String role) {
        JsonNode health = cluster.call(p, Request.builder().db("_system").method(Request.Method.GET)
                .path("/_admin/cluster/health").build()).json().path("Health");
        Map<String, String> out = new LinkedHashMap<>();
        health.properties().forEach(e -> {
            if (role.equals(e.getValue().path("Role").asText())) {
                out.put(e.getValue().path("ShortName").asText(), e.getKey());
            }
        });
        return out;
    }

    /** The short name of the Coordinator listening on {@code uri}'s port (endpoints as the health lists them). */
    private static String byPort(Protocol p, Map<String, String> coordinators, URI uri) {
        JsonNode health = cluster.call(p, Request.builder().db("_system").method(Request.Method.GET)
                .path("/_admin/cluster/health").build()).json().path("Health");
        for (Map.Entry<String, String> e : coordinators.entrySet()) {
            if (health.path(e.getValue()).path("Endpoint").asText().endsWith(":" + uri.getPort())) {
                return e.getKey();
            }
        }
        return fail("no coordinator's endpoint has the port of " + uri);
    }

    private static double figure(Protocol p, String shortName, String metric) {
        Double v = figures(p, shortName).get(metric);
        assertTrue(v != null, metric + " missing from the page of " + shortName);
        return v;
    }

    /** Every sample of the page of {@code shortName}, read through the first coordinator, summed by name. */
    private static Map<String, Double> figures(Protocol p, String shortName) {
        Map<String, String> all = servers(p, "Coordinator");
        all.putAll(servers(p, "DBServer"));
        Request<Void> request = Request.<Void>builder().db("_system").method(Request.Method.GET)
                .path("/_admin/metrics/v2").queryParam("serverId", all.get(shortName)).build();
        Response<RawBytes> r = cluster.driver(p).execute(request, RawBytes.class);
        assertEquals(200, r.getResponseCode());
        Map<String, Double> out = new LinkedHashMap<>();
        for (String line : new String(r.getBody().get(), StandardCharsets.UTF_8).split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int brace = line.indexOf('{');
            int space = line.lastIndexOf(' ');
            String name = line.substring(0, brace >= 0 ? brace : line.indexOf(' '));
            out.merge(name, Double.parseDouble(line.substring(space + 1)), Double::sum);
        }
        return out;
    }

    private static double grew(Map<String, Double> before, Map<String, Double> after, String metric) {
        return need(after, metric) - need(before, metric);
    }

    /** {@code metric} of a page, failing with its name when the page lacks it. */
    private static double need(Map<String, Double> page, String metric) {
        Double v = page.get(metric);
        if (v == null) {
            fail(metric + " missing from the page");
        }
        return v;
    }

    private static void awaitFigures(Protocol p, String shortName,
                                     java.util.function.Predicate<Map<String, Double>> condition, String what) {
        long deadline = System.nanoTime() + CEILING.toNanos();
        BooleanSupplier met = () -> condition.test(figures(p, shortName));
        while (!met.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail(what + ": not within " + CEILING.toSeconds() + " s");
            }
            java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(100).toNanos()); // then look again
        }
    }
}
