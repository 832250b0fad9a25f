package io.arangoconsole.sandbox.conformance;

import com.arangodb.ArangoDB;
import com.arangodb.Protocol;
import com.arangodb.Request;
import com.arangodb.entity.BaseDocument;
import com.arangodb.entity.ServerRole;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A cluster's topology as a 3.12 Coordinator answers it (reference sections 1.1 to 1.3 and checklist items 1-2):
 * every Coordinator port serves the one state, role COORDINATOR, the Coordinators' endpoints, a health record per
 * server with the roles spelled {@code Coordinator|DBServer|Agent}.
 */
class ClusterTopologyConformanceTest {
    static ClusterServer cluster;

    @BeforeAll
    static void start() {
        cluster = ClusterServer.start(50);
    }

    @AfterAll
    static void stop() {
        if (cluster != null) {
            cluster.close();
            cluster = null;
        }
    }

    private static Request<Object> get(String path) {
        return Request.builder().db("_system").method(Request.Method.GET).path(path).build();
    }

    @BothProtocols
    void everyCoordinatorAnswersAsACoordinator(Protocol p) {
        for (int i = 0; i < cluster.coordinators().size(); i++) {
            ArangoDB driver = cluster.builder(p, i).build();
            try {
                assertEquals(ServerRole.COORDINATOR, driver.getRole(), "role of coordinator " + i);
                JsonNode role = TestServer.call(driver, get("/_admin/server/role")).json();
                assertEquals("COORDINATOR", role.path("role").asText());
                assertEquals("default", role.path("mode").asText());
                assertFalse(role.path("error").asBoolean(true));
                assertEquals(200, role.path("code").asInt());
                JsonNode id = TestServer.call(driver, get("/_admin/server/id")).json();
                assertTrue(id.path("id").asText().startsWith("CRDN-"), id.toString());
                assertTrue(driver.getVersion().getVersion().startsWith("3.12"));
            } finally {
                driver.shutdown();
            }
        }
    }

    @BothProtocols
    void endpointsListEachCoordinatorAsTcp(Protocol p) {
        TestServer.JsonResponse r = cluster.call(p, get("/_api/cluster/endpoints"));
        assertEquals(200, r.status());
        List<String> endpoints = new ArrayList<>();
        r.json().path("endpoints").forEach(e -> endpoints.add(e.path("endpoint").asText()));
        assertEquals(cluster.coordinators().size(), endpoints.size(), r.text());
        if (cluster.isSandbox()) {
            for (URI uri : cluster.coordinators()) {
                assertTrue(endpoints.contains("tcp://127.0.0.1:" + uri.getPort()), endpoints.toString());
            }
        }
    }

    /** The driver's acquireHostList reads those endpoints and replaces its configured host with them. */
    @BothProtocols
    void theDriverFindsAllCoordinatorsFromOne(Protocol p) {
        ArangoDB driver = cluster.builder(p, 0).acquireHostList(true)
                .loadBalancingStrategy(com.arangodb.entity.LoadBalancingStrategy.ROUND_ROBIN).build();
        try {
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < 9; i++) {
                ids.add(TestServer.call(driver, get("/_admin/server/id")).json().path("id").asText());
            }
            assertEquals(cluster.coordinators().size(), ids.size(), "round robin reached " + ids);
        } finally {
            driver.shutdown();
        }
    }

    @BothProtocols
    void healthHasEveryServerWithTheReferenceFields(Protocol p) {
        TestServer.JsonResponse r = cluster.call(p, get("/_admin/cluster/health"));
        assertEquals(200, r.status());
        assertFalse(r.json().path("error").asBoolean(true));
        assertTrue(r.json().path("ClusterId").isTextual());
        Map<String, Integer> roles = new HashMap<>();
        Set<String> shortNames = new HashSet<>();
        int leading = 0;
        for (Map.Entry<String, JsonNode> e : r.json().path("Health").properties()) {
            JsonNode h = e.getValue();
            String role = h.path("Role").asText();
            roles.merge(role, 1, Integer::sum);
            assertTrue(h.path("Endpoint").asText().startsWith("tcp://"), h.toString());
            assertTrue(h.path("Version").asText().startsWith("3.12"), h.toString());
            assertEquals("GOOD", h.path("Status").asText(), h.toString());
            assertFalse(h.path("CanBeDeleted").asBoolean(true), h.toString());
            if (role.equals("Agent")) {
                assertTrue(e.getKey().startsWith("AGNT-"), e.getKey());
                assertTrue(h.path("LastAckedTime").isNumber(), h.toString());
                leading += h.path("Leading").asBoolean(false) ? 1 : 0;
                assertTrue(h.path("Leader").asText().startsWith("AGNT-"), h.toString());
                continue;
            }
            assertTrue(e.getKey().startsWith(role.equals("DBServer") ? "PRMR-" : "CRDN-"), e.getKey());
            shortNames.add(h.path("ShortName").asText());
            assertEquals("SERVING", h.path("SyncStatus").asText());
            assertEquals("rocksdb", h.path("Engine").asText());
            for (String time : List.of("Timestamp", "SyncTime", "LastAckedTime")) {
                assertTrue(h.path(time).asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"),
                        time + " in " + h);
            }
        }
        assertEquals(Map.of("Coordinator", 3, "DBServer", 3, "Agent", 3), roles);
        assertTrue(shortNames.containsAll(List.of("Coordinator0001", "Coordinator0002", "Coordinator0003",
                "DBServer0001", "DBServer0002", "DBServer0003")), shortNames.toString());
        assertEquals(1, leading, "one leading agent");
    }

    @BothProtocols
    void numberOfServersAnswersFromTheTarget(Protocol p) {
        TestServer.JsonResponse r = cluster.call(p, get("/_admin/cluster/numberOfServers"));
        assertEquals(200, r.status());
        assertTrue(r.json().has("numberOfDBServers"), r.text());
        assertTrue(r.json().path("cleanedServers").isArray(), r.text());
    }

    @BothProtocols
    void statusAndVersionDetailsSayCoordinator(Protocol p) {
        JsonNode status = cluster.call(p, get("/_admin/status")).json();
        assertEquals("COORDINATOR", status.path("serverInfo").path("role").asText());
        assertTrue(status.path("coordinator").path("foxxmaster").asText().startsWith("CRDN-"), status.toString());
        assertEquals(3, status.path("agency").path("agencyComm").path("endpoints").size(), status.toString());
        JsonNode details = cluster.call(p, Request.builder().db("_system").method(Request.Method.GET)
                .path("/_api/version").queryParam("details", "true").build()).json();
        assertEquals("COORDINATOR", details.path("details").path("role").asText(), details.toString());
    }

    @BothProtocols
    void nodeVersionAnswersForAServerAndDatabaseCurrentHasClusterDefaults(Protocol p) {
        JsonNode health = cluster.call(p, get("/_admin/cluster/health")).json().path("Health");
        String dbServer = health.properties().stream().filter(e -> e.getValue().path("Role").asText()
                .equals("DBServer")).findFirst().orElseThrow().getKey();
        JsonNode version = cluster.call(p, Request.builder().db("_system").method(Request.Method.GET)
                .path("/_admin/cluster/nodeVersion").queryParam("ServerID", dbServer).build()).json();
        assertTrue(version.path("version").asText().startsWith("3.12"), version.toString());
        JsonNode current = cluster.call(p, get("/_api/database/current")).json().path("result");
        assertEquals(1, current.path("replicationFactor").asInt(), current.toString());
        assertEquals(1, current.path("writeConcern").asInt(), current.toString());
        assertTrue(current.has("sharding"), current.toString());
    }

    /** A document written through one Coordinator is read through each of the others. */
    @BothProtocols
    void allCoordinatorsServeOneState(Protocol p) {
        String db = TestServer.unique("topo");
        ArangoDB first = cluster.builder(p, 0).build();
        try {
            first.createDatabase(db);
            first.db(db).createCollection("things");
            first.db(db).collection("things").insertDocument(Map.of("_key", "k1", "n", 7));
            for (int i = 1; i < cluster.coordinators().size(); i++) {
                ArangoDB other = cluster.builder(p, i).build();
                try {
                    BaseDocument doc = other.db(db).collection("things").getDocument("k1", BaseDocument.class);
                    assertEquals(7, ((Number) doc.getAttribute("n")).intValue(), "through coordinator " + i);
                } finally {
                    other.shutdown();
                }
            }
        } finally {
            first.db(db).drop();
            first.shutdown();
        }
    }
}
