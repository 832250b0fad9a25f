package io.arangoconsole.core.arango;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.sandbox.Sandbox;
import io.arangoconsole.sandbox.SandboxConfig;
import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The gateway with the real driver, against the sandbox over real HTTP and against a port nobody listens on. */
class ArangoGatewayTest {

    private static Sandbox sandbox;
    private static final ArangoGateway GATEWAY = new ArangoGateway(new ArangoClients());

    @BeforeAll
    static void startSandbox() {
        sandbox = Sandbox.start(SandboxConfig.defaults().withRecords(0)); // a sandbox that cannot start fails here
    }

    @AfterAll
    static void stop() {
        GATEWAY.close();
        if (sandbox != null) {
            sandbox.close();
        }
    }

    private static ConnectionTarget target(String password, String database) {
        return new ConnectionTarget(sandbox.url(), "root", password, database, ConnectionTarget.Label.SANDBOX);
    }

    @Test
    void probeReportsVersionRoleAndLatency() {
        ServerInfo info = GATEWAY.probe(target("", "demo"));
        assertTrue(info.version().matches("3\\.1[12]\\.\\d+.*"), info.version());
        assertEquals("SINGLE", info.role());
        assertTrue(!info.latency().isNegative());
    }

    @Test
    void wrongPasswordIsOneSentence() {
        ConnectionTarget target = target("not-the-password", "demo");
        ConnectionFailure failure = assertThrows(ConnectionFailure.class, () -> GATEWAY.probe(target));
        assertEquals(ConnectionFailure.Reason.UNAUTHORIZED, failure.reason());
        assertEquals("The server at " + sandbox.url() + " refused user 'root': wrong password (401).",
                failure.getMessage());
    }

    @Test
    void unknownDatabaseIsOneSentence() {
        ConnectionTarget target = target("", "no_such_db");
        ConnectionFailure failure = assertThrows(ConnectionFailure.class, () -> GATEWAY.probe(target));
        assertEquals(ConnectionFailure.Reason.UNKNOWN_DATABASE, failure.reason());
        assertEquals("Database 'no_such_db' does not exist on " + sandbox.url() + ".", failure.getMessage());
    }

    @Test
    void unreachableServerIsOneSentence() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ConnectionTarget target = new ConnectionTarget("http://127.0.0.1:" + port, "root", "", "_system",
                ConnectionTarget.Label.PRIMARY);
        ConnectionFailure failure = assertThrows(ConnectionFailure.class, () -> GATEWAY.probe(target));
        assertEquals(ConnectionFailure.Reason.UNREACHABLE, failure.reason());
        assertEquals("Cannot reach http://127.0.0.1:" + port + ": connection refused or no server listening.",
                failure.getMessage());
    }

    @Test
    void oneClientPerEndpointAndUser() {
        ArangoClients clients = new ArangoClients();
        try {
            ConnectionTarget a = new ConnectionTarget("http://127.0.0.1:1", "root", "", "demo",
                    ConnectionTarget.Label.PRIMARY);
            ConnectionTarget sameEndpointOtherDb = new ConnectionTarget("http://127.0.0.1:1", "root", "", "_system",
                    ConnectionTarget.Label.PRIMARY);
            assertSame(clients.client(a), clients.client(sameEndpointOtherDb));
        } finally {
            clients.close();
        }
    }

    @Test
    void endpointsParseInTheFormsDbasWrite() {
        assertEquals("db1", ArangoClients.parse("db1:8529").getHost());
        assertEquals(8530, ArangoClients.parse("tcp://db1:8530").getPort());
        assertEquals("https", ArangoClients.parse("https://db1:8529").getScheme());
    }
}
