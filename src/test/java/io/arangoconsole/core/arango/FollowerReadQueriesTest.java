package io.arangoconsole.core.arango;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.arangodb.ArangoDB;
import com.arangodb.Protocol;
import com.sun.net.httpserver.HttpServer;
import io.arangoconsole.core.connection.ConnectionTarget;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The seam for follower-read lag (issue 12 item 5, issue 15 item 5): a stats source for a replica made of a
 * cluster's followers sends its AQL reads (the watermark's latest, which the lag is computed from) with
 * {@code x-arango-allow-dirty-read: true}, so a follower may answer them; a primary's source never does. Checked on
 * the wire, against a loopback server that records the header (the single-server sandbox ignores it).
 */
class FollowerReadQueriesTest {
    private HttpServer server;
    private final List<String> dirtyHeaders = new CopyOnWriteArrayList<>();
    private ArangoDB arango;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String header = exchange.getRequestHeaders().getFirst("x-arango-allow-dirty-read");
            dirtyHeaders.add(header == null ? "absent" : header);
            byte[] body = "{\"result\":[\"2026-01-01T00:00:00Z\"],\"hasMore\":false,\"cached\":false,\"error\":false,\"code\":201}"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("content-type", "application/json");
            exchange.sendResponseHeaders(201, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        arango = new ArangoDB.Builder().host("127.0.0.1", server.getAddress().getPort()).user("root").password("")
                .protocol(Protocol.HTTP_JSON).build();
    }

    @AfterEach
    void stop() {
        arango.shutdown();
        server.stop(0);
    }

    private ArangoStatsSource source(boolean dirtyRead) {
        ConnectionTarget target = new ConnectionTarget("http://127.0.0.1:" + server.getAddress().getPort(), "root",
                "", "demo", ConnectionTarget.Label.REPLICA);
        return new ArangoStatsSource(arango, target, "replica", dirtyRead);
    }

    @Test
    void followerReadsAskForADirtyReadAndPrimaryReadsDoNot() {
        String latest = io.arangoconsole.core.stats.StatsReader.latestQuery("placed_at");

        assertEquals("2026-01-01T00:00:00Z", source(true).query(latest, Map.of("@c", "orders")).get(0).asText());
        source(false).query(latest, Map.of("@c", "orders"));

        assertEquals(List.of("true", "absent"), dirtyHeaders);
    }
}
