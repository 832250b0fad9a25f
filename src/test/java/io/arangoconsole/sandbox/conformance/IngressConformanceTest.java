package io.arangoconsole.sandbox.conformance;

import com.arangodb.ArangoDB;
import com.arangodb.ArangoDBException;
import com.arangodb.Protocol;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the Java driver sees of the request-body limits. ArangoDB answers a request without valid credentials with
 * 401 whatever its body, and refuses a body over its limit (1 GiB, not configurable) with 413; the sandbox's limit is
 * set here to 256 KiB so the test stays small (docs/decisions/0022-request-body-limits.md).
 */
class IngressConformanceTest {
    private static final int LIMIT = 256 << 10;
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(0, c -> c.withMaxBodySize(LIMIT));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BothProtocols
    void aBodyWithWrongCredentialsGets401(Protocol p) {
        ArangoDB wrong = server.builder(p).password("not-the-password").build();
        try {
            ArangoDBException e = assertThrows(ArangoDBException.class,
                    () -> wrong.db().query("RETURN @big", String.class, Map.of("big", "x".repeat(100_000))));
            assertEquals(401, e.getResponseCode());
        } finally {
            wrong.shutdown();
        }
    }

    @BothProtocols
    void aBodyOverTheLimitGets413AndTheDriverGoesOn(Protocol p) {
        server.sandbox(); // a real server's limit is 1 GiB: too much to send in a test
        ArangoDB arango = server.driver(p);
        ArangoDBException e = assertThrows(ArangoDBException.class,
                () -> arango.db().query("RETURN LENGTH(@big)", Long.class, Map.of("big", "x".repeat(LIMIT + 1))));
        assertEquals(413, e.getResponseCode(), e.getMessage());
        assertTrue(e.getMessage().contains("sandbox --max-body-size"), e.getMessage());
        long length = arango.db().query("RETURN LENGTH(@big)", Long.class, Map.of("big", "x".repeat(LIMIT / 2)))
                .next();
        assertEquals(LIMIT / 2, length, "the same driver still works after the refusal");
    }
}
