package io.arangoconsole.sandbox.conformance;

import com.arangodb.ArangoDB;
import com.arangodb.ArangoDBException;
import com.arangodb.Protocol;
import io.arangoconsole.testing.HeldWorkers;
import com.arangodb.Request;
import com.arangodb.entity.ArangoDBEngine;
import com.arangodb.entity.ArangoDBVersion;
import com.arangodb.entity.ServerRole;
import com.fasterxml.jackson.databind.JsonNode;
import io.arangoconsole.sandbox.store.Json;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static io.arangoconsole.sandbox.conformance.TestServer.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Version, role, engine, availability, status, cluster endpoints, authentication and path errors. */
class ServerConformanceTest extends ConformanceBase {

    @BothProtocols
    void versionRoleAndEngine(Protocol p) {
        ArangoDB arango = arango(p);
        ArangoDBVersion version = arango.getVersion();
        assertEquals("arango", version.getServer());
        assertTrue(version.getVersion().matches("3\\.1[12]\\..*"), version.getVersion());
        assertEquals(ServerRole.SINGLE, arango.getRole());
        assertEquals(ArangoDBEngine.StorageEngineName.rocksdb, arango.getEngine().getName());
        var details = call(arango, Request.builder().db("_system").method(Request.Method.GET)
                .path("/_api/version").queryParam("details", "true").build());
        assertTrue(details.json().path("details").isObject());
    }

    @BothProtocols
    void everyAnswerCarriesANumericQueueTime(Protocol p) {
        var r = call(arango(p), Request.builder().db("_system").method(Request.Method.GET)
                .path("/_api/version").build());
        String queueTime = r.headers().get("x-arango-queue-time-seconds");
        assertTrue(queueTime.matches("\\d+\\.\\d{6}"), "ArangoDB's format, e.g. 0.000000: " + queueTime);
        assertTrue(Double.parseDouble(queueTime) < 1, "an idle server answers at once: " + queueTime);
        assertNotNull(arango(p).metrics().getQueueTime());
    }

    /**
     * Behind a full worker pool a request waits, and its queue-time header says how long (sandbox faults only): every
     * worker is held by a request parked in a fault hook, one more request is seen queued, and only after a known
     * pause are the workers let go, so its wait is at least that pause however loaded the machine is.
     */
    @BothProtocols
    void aQueuedRequestShowsItsWait(Protocol p) throws Exception {
        var sandbox = server.sandbox();
        int workers = sandbox.metrics().workerThreads();
        assertTrue(workers > 0, "the sandbox reports its worker threads");
        // HTTP/1.1 needs a connection per request in flight; over HTTP/2 the driver puts 32 streams on a connection
        ArangoDB driver = server.builder(p).maxConnections(p == Protocol.HTTP_JSON ? workers + 8 : 4).build();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(workers + 1);
        HeldWorkers hold = HeldWorkers.on(sandbox, "/_admin/status", workers);
        try {
            Request<?> held = Request.builder().db("_system").method(Request.Method.GET).path("/_admin/status")
                    .build();
            java.util.List<java.util.concurrent.Future<?>> busy = new java.util.ArrayList<>();
            for (int i = 0; i < workers; i++) {
                busy.add(pool.submit(() -> call(driver, held)));
            }
            hold.awaitAllHeld();
            var queued = pool.submit(() -> call(driver, Request.builder().db("_system")
                    .method(Request.Method.GET).path("/_api/version").build()));
            hold.awaitQueued();
            Thread.sleep(300);
            hold.release();
            double waited = Double.parseDouble(queued.get(30, java.util.concurrent.TimeUnit.SECONDS).headers()
                    .get("x-arango-queue-time-seconds"));
            assertTrue(waited >= 0.3, "queued for 300 ms behind " + workers + " held workers, reported " + waited);
            for (var f : busy) {
                f.get(30, java.util.concurrent.TimeUnit.SECONDS);
            }
        } finally {
            hold.close();
            pool.shutdownNow();
            driver.shutdown();
        }
    }

    @BothProtocols
    void availabilityAndStatus(Protocol p) {
        var avail = call(arango(p), Request.builder().method(Request.Method.GET)
                .path("/_admin/server/availability").build());
        assertEquals(200, avail.status());
        assertEquals("default", avail.json().path("mode").asText());
        var status = call(arango(p), Request.builder().method(Request.Method.GET).path("/_admin/status").build());
        assertEquals("SINGLE", status.json().path("serverInfo").path("role").asText());
    }

    @BothProtocols
    void availabilityNeedsNoPassword(Protocol p) {
        ArangoDB wrong = server.builder(p).password("not-the-password").build();
        try {
            var avail = call(wrong, Request.builder().method(Request.Method.GET)
                    .path("/_admin/server/availability").build());
            assertEquals(200, avail.status());
        } finally {
            wrong.shutdown();
        }
    }

    @BothProtocols
    void buildWithHostListAcceptsTheSingleServerAnswer(Protocol p) {
        ArangoDB withHostList = server.builder(p).acquireHostList(true).build();
        try {
            assertEquals(ServerRole.SINGLE, withHostList.getRole());
            ArangoDBException e = assertThrows(ArangoDBException.class, () -> withHostList.execute(
                    Request.builder().db("_system").method(Request.Method.GET).path("/_api/cluster/endpoints").build(),
                    Void.class));
            assertEquals(501, e.getResponseCode());
            assertEquals(9, e.getErrorNum());
        } finally {
            withHostList.shutdown();
        }
    }

    @BothProtocols
    void wrongPasswordIs401WithErrorNum11(Protocol p) {
        ArangoDB wrong = server.builder(p).password("not-the-password").build();
        try {
            assertArangoError(401, 11, wrong::getVersion);
        } finally {
            wrong.shutdown();
        }
    }

    @BothProtocols
    void jwtFromOpenAuthIsAccepted(Protocol p) {
        var login = call(arango(p), Request.builder().method(Request.Method.POST).path("/_open/auth")
                .body(Json.object().put("username", "root").put("password", server.password())).build());
        String jwt = login.json().path("jwt").asText();
        assertFalse(jwt.isEmpty());
        ArangoDB withJwt = new ArangoDB.Builder().host(server.host(), server.port()).jwt(jwt).protocol(p).build();
        try {
            assertEquals(ServerRole.SINGLE, withJwt.getRole());
        } finally {
            withJwt.shutdown();
        }
    }

    @BothProtocols
    void unknownPathAndWrongMethod(Protocol p) {
        assertArangoError(404, 404, () -> arango(p).execute(Request.builder().db("_system")
                .method(Request.Method.GET).path("/_api/no-such-thing").build(), Void.class));
        assertArangoError(405, 405, () -> arango(p).execute(Request.builder().db("_system")
                .method(Request.Method.DELETE).path("/_api/version").build(), Void.class));
    }

    @BothProtocols
    void unknownDatabaseIs1228(Protocol p) {
        assertFalse(arango(p).db("no_such_db_" + p.name().toLowerCase()).exists());
        assertArangoError(404, 1228, () -> arango(p).db("no_such_db").getInfo());
    }

    @BothProtocols
    void rawErrorBodyHasAllFourFields(Protocol p) {
        ArangoDBException e = assertThrows(ArangoDBException.class, () -> arango(p).db("_system")
                .collection("missing_collection").getInfo());
        assertEquals(404, e.getResponseCode());
        assertEquals(1203, e.getErrorNum());
        assertTrue(e.getErrorMessage().contains("collection or view not found"), e.getErrorMessage());
    }

    @BothProtocols
    void basicAuthHeaderWithoutDriverWorks(Protocol p) {
        String basic = Base64.getEncoder().encodeToString(("root:" + server.password())
                .getBytes(StandardCharsets.UTF_8));
        var r = call(arango(p), Request.builder().db("_system").method(Request.Method.GET)
                .path("/_admin/server/role").header("Authorization", "Basic " + basic).build());
        JsonNode body = r.json();
        assertEquals("SINGLE", body.path("role").asText());
        assertEquals(0, body.path("errorNum").asInt());
    }
}
