package io.arangoconsole.sandbox.conformance;

import com.arangodb.ArangoDBException;
import com.arangodb.Protocol;
import com.arangodb.entity.BaseDocument;
import com.arangodb.entity.ServerRole;
import io.arangoconsole.sandbox.Sandbox;
import io.arangoconsole.sandbox.faults.Faults;
import org.junit.jupiter.api.AfterEach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sandbox's fault control as the real driver experiences it (skipped against a real server). */
class FaultsConformanceTest extends ConformanceBase {

    @AfterEach
    void reset() {
        if (server != null && server.isSandbox()) {
            server.sandbox().faults().reset();
        }
    }

    @BothProtocols
    void failedShareAnswersWithTheChosenError(Protocol p) {
        Sandbox sandbox = server.sandbox();
        sandbox.faults().failRequests(1.0, new Faults.Failure(500, 4, "injected internal error"));
        assertArangoError(500, 4, () -> arango(p).getVersion());
        sandbox.faults().reset();
        assertEquals(ServerRole.SINGLE, arango(p).getRole());
    }

    @BothProtocols
    void unavailableIsRetriedByTheDriverThenGivesUp(Protocol p) {
        Sandbox sandbox = server.sandbox();
        sandbox.faults().failRequests(1.0, Faults.UNAVAILABLE);
        long before = sandbox.metrics().totalRequests();
        ArangoDBException e = assertThrows(ArangoDBException.class, () -> arango(p).getVersion());
        long served = sandbox.metrics().totalRequests() - before;
        assertNotNull(e.getMessage());
        assertTrue(served > 1, "one call, " + served + " requests: the driver retried the 503 before giving up");
    }

    @BothProtocols
    void latencyDelaysTheAnswerByAtLeastTheInjectedTime(Protocol p) {
        server.sandbox().faults().latency(150);
        long start = System.nanoTime();
        assertEquals(ServerRole.SINGLE, arango(p).getRole());
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis >= 150, "answered after " + millis + " ms with 150 ms injected");
    }

    @BothProtocols
    void refusedConnectionsFailNewClients(Protocol p) {
        Sandbox sandbox = server.sandbox();
        sandbox.faults().refuseConnections(true);
        var fresh = server.builder(p).build();
        try {
            assertThrows(ArangoDBException.class, fresh::getVersion);
            sandbox.faults().refuseConnections(false);
            assertEquals("arango", fresh.getVersion().getServer());
        } finally {
            fresh.shutdown();
        }
    }

    @BothProtocols
    void stopAndRestartKeepDataAndPort(Protocol p) {
        Sandbox sandbox = server.sandbox();
        var c = arango(p).db("_system").collection(TestServer.unique("kept"));
        c.create();
        c.insertDocument(new BaseDocument("survivor"));
        int port = sandbox.port();
        sandbox.stop();
        var fresh = server.builder(p).build();
        try {
            assertThrows(ArangoDBException.class, fresh::getVersion);
            sandbox.restart();
            assertEquals(port, sandbox.port());
            assertNotNull(fresh.db("_system").collection(c.name()).getDocument("survivor", BaseDocument.class));
        } finally {
            fresh.shutdown();
        }
    }
}
