package io.arangoconsole.sandbox.conformance;

import com.arangodb.ArangoDB;
import com.arangodb.ArangoDBException;
import com.arangodb.Protocol;
import com.arangodb.entity.ServerRole;
import io.arangoconsole.sandbox.Sandbox;
import io.arangoconsole.sandbox.SandboxConfig;
import io.arangoconsole.sandbox.SandboxMode;
import io.arangoconsole.sandbox.cluster.ClusterOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code /_admin/sandbox/faults} as curl and the driver use it: off unless asked for, root's credentials needed,
 * latency / fail / refuse / reset on a single server, Coordinators stopped and started on a cluster.
 */
class FaultsApiConformanceTest {
    private static final String PW = "faults-pw";
    private Sandbox sandbox;
    private ArangoDB driver;

    @AfterEach
    void close() {
        if (driver != null) {
            driver.shutdown();
        }
        if (sandbox != null) {
            sandbox.close();
        }
    }

    private Sandbox start(SandboxMode mode) {
        SandboxConfig config = new SandboxConfig("127.0.0.1", 0, 0, 1, true, PW);
        sandbox = Sandbox.start(config, mode);
        return sandbox;
    }

    private static HttpResponse<String> curl(String url, String method, String body, boolean credentials)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url + "/_admin/sandbox/faults"))
                .version(HttpClient.Version.HTTP_1_1)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (credentials) {
            b.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString(("root:" + PW).getBytes(StandardCharsets.UTF_8)));
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private ArangoDB driver(Protocol p, String url) {
        URI uri = URI.create(url);
        return new ArangoDB.Builder().host(uri.getHost(), uri.getPort()).user("root").password(PW).protocol(p)
                .build();
    }

    @Test
    void offByDefault() throws Exception {
        Sandbox s = start(SandboxMode.single());
        HttpResponse<String> r = curl(s.url(), "POST", "{\"action\":\"reset\"}", true);
        assertEquals(404, r.statusCode(), r.body());
    }

    @Test
    void withoutRootsCredentialsItIs401() throws Exception {
        Sandbox s = start(SandboxMode.single().withFaultsApi());
        assertEquals(401, curl(s.url(), "POST", "{\"action\":\"reset\"}", false).statusCode());
        assertEquals(401, curl(s.url(), "GET", null, false).statusCode());
    }

    @Test
    void badBodiesGetOneSentenceNamingWhatWasWrong() throws Exception {
        Sandbox s = start(SandboxMode.single().withFaultsApi());
        HttpResponse<String> unknown = curl(s.url(), "POST", "{\"action\":\"explode\"}", true);
        assertEquals(400, unknown.statusCode());
        assertTrue(unknown.body().contains("unknown action 'explode'"), unknown.body());
        HttpResponse<String> single = curl(s.url(), "POST", "{\"action\":\"stop\",\"server\":\"DBServer0001\"}",
                true);
        assertEquals(400, single.statusCode());
        assertTrue(single.body().contains("needs a cluster sandbox"), single.body());
        HttpResponse<String> share = curl(s.url(), "POST", "{\"action\":\"fail\",\"share\":2}", true);
        assertEquals(400, share.statusCode());
        assertTrue(share.body().contains("'share' must be a number from 0 to 1"), share.body());
    }

    /** A single server failing every request is still repaired through the API, which the faults spare. */
    @BothProtocols
    void failAndResetOnASingleServer(Protocol p) throws Exception {
        Sandbox s = start(SandboxMode.single().withFaultsApi());
        driver = driver(p, s.url());
        HttpResponse<String> fail = curl(s.url(), "POST",
                "{\"action\":\"fail\",\"share\":1.0,\"code\":500,\"errorNum\":4,\"message\":\"injected\"}", true);
        assertEquals(200, fail.statusCode(), fail.body());
        assertTrue(fail.body().contains("\"share\":1.0"), fail.body());
        ArangoDBException e = assertThrows(ArangoDBException.class, () -> driver.getVersion());
        assertEquals(4, e.getErrorNum());
        assertEquals(200, curl(s.url(), "POST", "{\"action\":\"reset\"}", true).statusCode());
        assertEquals(ServerRole.SINGLE, driver.getRole());
    }

    @Test
    void latencyDelaysRequestsButNotTheApi() throws Exception {
        Sandbox s = start(SandboxMode.single().withFaultsApi());
        driver = driver(Protocol.HTTP_JSON, s.url());
        assertEquals(200, curl(s.url(), "POST", "{\"action\":\"latency\",\"millis\":300}", true).statusCode());
        long t0 = System.nanoTime();
        driver.getVersion();
        assertTrue((System.nanoTime() - t0) / 1_000_000 >= 300, "the request waited the injected latency");
        HttpResponse<String> state = curl(s.url(), "GET", null, true);
        assertTrue(state.body().contains("\"latencyMillis\":300"), state.body());
    }

    @Test
    void refuseForSecondsEndsByItself() throws Exception {
        Sandbox s = start(SandboxMode.single().withFaultsApi());
        assertEquals(200, curl(s.url(), "POST", "{\"action\":\"refuse\",\"on\":true,\"seconds\":1}", true)
                .statusCode());
        assertThrows(java.io.IOException.class, () -> curl(s.url(), "GET", null, true));
        Thread.sleep(1_300);
        assertEquals(200, curl(s.url(), "GET", null, true).statusCode());
    }

    /** A Coordinator stopped through another one refuses connections; started again it answers. */
    @BothProtocols
    void aCoordinatorStopsAndStartsThroughTheApi(Protocol p) throws Exception {
        Sandbox s = start(SandboxMode.cluster(ClusterOptions.defaults()).withFaultsApi());
        String first = s.urls().get(0);
        String second = s.urls().get(1);
        assertEquals(200, curl(first, "POST", "{\"action\":\"stop\",\"server\":\"Coordinator0002\"}", true)
                .statusCode());
        assertThrows(java.io.IOException.class, () -> curl(second, "GET", null, true));
        HttpResponse<String> state = curl(first, "GET", null, true);
        assertTrue(state.body().contains("\"shortName\":\"Coordinator0002\",\"role\":\"Coordinator\","
                + "\"running\":false"), state.body());
        assertEquals(200, curl(first, "POST", "{\"action\":\"start\",\"server\":\"Coordinator0002\"}", true)
                .statusCode());
        driver = driver(p, second);
        assertEquals(ServerRole.COORDINATOR, driver.getRole());
    }

    /** Stopping the Coordinator that serves the request: it answers first, then stops. */
    @Test
    void aCoordinatorStoppingItselfAnswersFirst() throws Exception {
        Sandbox s = start(SandboxMode.cluster(ClusterOptions.defaults()).withFaultsApi());
        String first = s.urls().get(0);
        HttpResponse<String> r = curl(first, "POST", "{\"action\":\"stop\",\"server\":\"Coordinator0001\"}", true);
        assertEquals(200, r.statusCode(), r.body());
        long deadline = System.currentTimeMillis() + 30_000;
        boolean refused = false;
        while (!refused && System.currentTimeMillis() < deadline) {
            try {
                curl(first, "GET", null, true);
                Thread.sleep(50);
            } catch (java.io.IOException e) {
                refused = true;
            }
        }
        assertTrue(refused, "Coordinator0001 stopped listening after answering");
        assertEquals(200, curl(s.urls().get(2), "POST", "{\"action\":\"reset\"}", true).statusCode());
        assertEquals(200, curl(first, "GET", null, true).statusCode(), "reset starts every stopped server");
    }
}
