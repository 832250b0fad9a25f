package io.arangoconsole.core.arango;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.core.indexes.IndexGateway;
import io.arangoconsole.core.indexes.IndexGatewayException;
import io.arangoconsole.core.monitoring.LatencyStats;
import io.arangoconsole.sandbox.Sandbox;
import io.arangoconsole.sandbox.SandboxConfig;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** "The console's own requests" lists stats reads, index calls and proofs, not only the metrics scrape. */
class TimedCallsTest {
    private static Sandbox sandbox;
    private static ArangoClients clients;
    private static ConnectionTarget target;

    @BeforeAll
    static void start() {
        sandbox = Sandbox.start(SandboxConfig.defaults().withRecords(50));
        clients = new ArangoClients();
        target = new ConnectionTarget(sandbox.url(), "root", "", "demo", ConnectionTarget.Label.PRIMARY);
    }

    @AfterAll
    static void stop() {
        clients.close();
        sandbox.close();
    }

    @Test
    void everyServiceCallIsTimedPerOperationAndTarget() {
        new StatsSources(clients).on(target, "primary").count("va_table");
        IndexGateway indexes = new IndexConnections(clients).gateway(target);
        indexes.collections();
        assertThrows(IndexGatewayException.class, () -> indexes.list("no_such_collection", false),
                "the gateway's own exception comes through the timing unchanged");

        List<String> operations = clients.recorder().snapshot().stream()
                .map(s -> s.operation() + " @ " + s.target()).toList();
        assertTrue(operations.containsAll(List.of("stats.count @ primary", "indexes.collections @ primary",
                "indexes.list @ primary")), operations.toString());
        LatencyStats list = clients.recorder().snapshot().stream()
                .filter(s -> s.operation().equals("indexes.list")).findFirst().orElseThrow();
        assertEquals(1, list.errors(), "a failed call counts as an error");
    }

    @Test
    void aServerThatIsNotArangoDbReadsAsOneSentenceWithoutDriverText() throws Exception {
        com.sun.net.httpserver.HttpServer other = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        other.createContext("/", exchange -> {
            byte[] body = "<html>not found</html>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(404, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        other.start();
        try (ArangoClients own = new ArangoClients()) {
            ConnectionTarget web = new ConnectionTarget("http://127.0.0.1:" + other.getAddress().getPort(), "root",
                    "", "demo", ConnectionTarget.Label.PRIMARY);
            RuntimeException e = assertThrows(RuntimeException.class,
                    () -> new StatsSources(own).on(web, "primary").count("va_table"));
            assertTrue(e.getMessage().startsWith("The server at http://127.0.0.1:"), e.getMessage());
            assertTrue(!e.getMessage().contains("Response Code"), "no driver text: " + e.getMessage());
        } finally {
            other.stop(0);
        }
    }
}
