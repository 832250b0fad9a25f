package io.arangoconsole.core.arango;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arangoconsole.core.connection.ConnectionProfile;
import io.arangoconsole.core.connection.ServerSpec;
import io.arangoconsole.core.connection.WireProtocol;
import io.arangoconsole.sandbox.Sandbox;
import io.arangoconsole.sandbox.SandboxConfig;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Test connection" with the real driver against a sandbox over HTTP: the success report and each failure sentence. */
class ConnectionTesterTest {

    private static Sandbox sandbox;
    private final ConnectionTester tester = new ConnectionTester();

    @BeforeAll
    static void start() {
        sandbox = Sandbox.start(SandboxConfig.defaults().withRecords(10));
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private static ServerSpec spec(ConnectionProfile profile, String password) {
        return ServerSpec.primary(profile, password);
    }

    @Test
    void reportsVersionRoleAndLatencyOverHttp2AndHttp11() {
        ConnectionProfile http2 = ConnectionProfile.of("local", sandbox.url(), "demo");
        assertEquals(WireProtocol.HTTP2, http2.protocol(), "HTTP/2 is the default");
        ServerInfo info = tester.test(spec(http2, ""), "demo");
        assertTrue(info.version().matches("3\\.1[12]\\.\\d+.*"), info.version());
        assertEquals("SINGLE", info.role());
        assertNotNull(info.latency());

        ConnectionProfile http1 = new ConnectionProfile("h1", List.of(sandbox.url()), null, null, null, "demo",
                "root", null, false, null, true, WireProtocol.HTTP1, 5, 5);
        assertEquals("SINGLE", tester.test(spec(http1, ""), "demo").role());
    }

    @Test
    void severalPrimaryEndpointsAreServedRoundRobin() {
        try (Sandbox other = Sandbox.start(SandboxConfig.defaults().withRecords(10))) {
            ConnectionProfile two = new ConnectionProfile("two", List.of(sandbox.url(), other.url()),
                    null, null, null, "demo", "root", null, false, null, true, null, 0, 0);
            long firstBefore = sandbox.metrics().totalRequests();
            long secondBefore = other.metrics().totalRequests();
            for (int i = 0; i < 3; i++) {
                assertEquals("SINGLE", tester.test(spec(two, ""), "demo").role());
            }
            long first = sandbox.metrics().totalRequests() - firstBefore;
            long second = other.metrics().totalRequests() - secondBefore;
            assertTrue(first > 0 && second > 0, "both endpoints answered: " + first + " and " + second + " requests");
        }
    }

    @Test
    void wrongPasswordIsOneSentence() {
        ConnectionFailure failure = assertThrows(ConnectionFailure.class,
                () -> tester.test(spec(ConnectionProfile.of("p", sandbox.url(), "demo"), "wrong"), "demo"));
        assertEquals(ConnectionFailure.Reason.UNAUTHORIZED, failure.reason());
        assertEquals("The server at " + sandbox.url() + " refused user 'root': wrong password (401).",
                failure.getMessage());
    }

    @Test
    void unknownDatabaseIsOneSentence() {
        ConnectionFailure failure = assertThrows(ConnectionFailure.class,
                () -> tester.test(spec(ConnectionProfile.of("p", sandbox.url(), "nope"), ""), "nope"));
        assertEquals(ConnectionFailure.Reason.UNKNOWN_DATABASE, failure.reason());
        assertEquals("Database 'nope' does not exist on " + sandbox.url() + ".", failure.getMessage());
    }

    @Test
    void unreachablePortIsOneSentence() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + port;
        ConnectionFailure failure = assertThrows(ConnectionFailure.class,
                () -> tester.test(spec(ConnectionProfile.of("p", url, "demo"), ""), "demo"));
        assertEquals(ConnectionFailure.Reason.UNREACHABLE, failure.reason());
        assertEquals("Cannot reach " + url + ": connection refused or no server listening.", failure.getMessage());
    }

    @Test
    void missingCaFileIsOneSentence(@TempDir Path dir) {
        String missing = dir.resolve("ca.pem").toString();
        ConnectionProfile profile = ConnectionProfile.of("p", sandbox.url(), "demo").withTls(missing, true);
        ConnectionFailure failure = assertThrows(ConnectionFailure.class, () -> tester.test(spec(profile, ""), "demo"));
        assertEquals(ConnectionFailure.Reason.TLS, failure.reason());
        assertEquals("CA file not found: " + missing + ".", failure.getMessage());
    }

    @Test
    void tlsToAPlainHttpServerIsOneSentence() {
        ConnectionProfile profile = ConnectionProfile.of("p", sandbox.url(), "demo").withTls("", false);
        ConnectionFailure failure = assertThrows(ConnectionFailure.class, () -> tester.test(spec(profile, ""), "demo"));
        assertEquals(ConnectionFailure.Reason.TLS, failure.reason(), failure.getMessage());
        assertEquals("TLS failure with " + sandbox.url() + ": the server does not speak TLS on this port.",
                failure.getMessage());
    }
}
