package io.arangoconsole.sandbox.conformance;

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
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code {"action":"hang","server":"Coordinator0002"}}: that Coordinator accepts connections and requests and answers
 * none (the other Coordinators and its own faults API still answer); {@code "on":false}, {@code start} or
 * {@code reset} end the hang, and a request held meanwhile gets 503 without being served.
 */
class CoordinatorHangConformanceTest {
    private static final String PW = "hang-pw";
    private Sandbox sandbox;

    @AfterEach
    void close() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    private static HttpRequest request(String url, String path, String method, String body) {
        return HttpRequest.newBuilder(URI.create(url + path)).version(HttpClient.Version.HTTP_1_1)
                .timeout(Duration.ofSeconds(15))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(("root:" + PW).getBytes(StandardCharsets.UTF_8)))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static HttpResponse<String> send(String url, String path, String method, String body) throws Exception {
        return HttpClient.newHttpClient().send(request(url, path, method, body), HttpResponse.BodyHandlers.ofString());
    }

    /** A GET that gives up after a second: long enough for any answer the sandbox gives, short for a test. */
    private static void expectNoAnswer(String url) {
        HttpRequest r = HttpRequest.newBuilder(request(url, "/_api/version", "GET", null), (k, v) -> true)
                .timeout(Duration.ofSeconds(1)).build();
        assertThrows(HttpTimeoutException.class, () -> HttpClient.newHttpClient().send(r,
                HttpResponse.BodyHandlers.ofString()), "the hanging Coordinator accepts the request, never answers");
    }

    @Test
    void aHangingCoordinatorAnswersNothingUntilReleasedWhileTheOthersAnswer() throws Exception {
        sandbox = Sandbox.start(new SandboxConfig("127.0.0.1", 0, 0, 1, true, PW),
                SandboxMode.cluster(ClusterOptions.defaults()).withFaultsApi());
        String first = sandbox.urls().get(0);
        String second = sandbox.urls().get(1);
        HttpResponse<String> r = send(first, "/_admin/sandbox/faults", "POST",
                "{\"action\":\"hang\",\"server\":\"Coordinator0002\"}");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("\"shortName\":\"Coordinator0002\"") && r.body().contains("\"hanging\":true"),
                r.body());

        expectNoAnswer(second);
        assertEquals(200, send(first, "/_api/version", "GET", null).statusCode(), "the others answer");
        assertEquals(200, send(second, "/_admin/sandbox/faults", "GET", null).statusCode(),
                "its own faults API still answers, so the hang can be ended there");

        CompletableFuture<HttpResponse<String>> held = HttpClient.newHttpClient().sendAsync(
                request(second, "/_api/version", "GET", null), HttpResponse.BodyHandlers.ofString());
        Thread.sleep(200);
        assertFalse(held.isDone(), "held while the Coordinator hangs");
        r = send(first, "/_admin/sandbox/faults", "POST",
                "{\"action\":\"hang\",\"server\":\"Coordinator0002\",\"on\":false}");
        assertEquals(200, r.statusCode(), r.body());
        HttpResponse<String> late = held.get(10, TimeUnit.SECONDS);
        assertEquals(503, late.statusCode(), "a request held through the hang is not served late: " + late.body());
        assertEquals(200, send(second, "/_api/version", "GET", null).statusCode(), "answers again");
    }

    @Test
    void resetEndsAHangAndOnlyCoordinatorsHang() throws Exception {
        sandbox = Sandbox.start(new SandboxConfig("127.0.0.1", 0, 0, 1, true, PW),
                SandboxMode.cluster(ClusterOptions.defaults()).withFaultsApi());
        String first = sandbox.urls().get(0);
        HttpResponse<String> bad = send(first, "/_admin/sandbox/faults", "POST",
                "{\"action\":\"hang\",\"server\":\"DBServer0001\"}");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("'hang' needs the 'server' of a Coordinator"), bad.body());
        assertEquals(200, send(first, "/_admin/sandbox/faults", "POST",
                "{\"action\":\"hang\",\"server\":\"Coordinator0001\"}").statusCode());
        expectNoAnswer(first);
        assertEquals(200, send(first, "/_admin/sandbox/faults", "POST", "{\"action\":\"reset\"}").statusCode());
        assertEquals(200, send(first, "/_api/version", "GET", null).statusCode());
    }
}
