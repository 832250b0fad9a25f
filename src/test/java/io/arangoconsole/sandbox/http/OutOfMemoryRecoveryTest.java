package io.arangoconsole.sandbox.http;

import io.arangoconsole.sandbox.SandboxConfig;
import io.arangoconsole.sandbox.aql.AqlEngine;
import io.arangoconsole.sandbox.aql.QueryTracker;
import io.arangoconsole.sandbox.faults.Faults;
import io.arangoconsole.sandbox.metrics.Metrics;
import io.arangoconsole.sandbox.store.Json;
import io.arangoconsole.sandbox.store.Store;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** An OutOfMemoryError while serving one request fails that request (500/32); the server goes on answering. */
class OutOfMemoryRecoveryTest {

    @Test
    void outOfMemoryFailsTheRequestNotTheServer() throws Exception {
        Metrics metrics = new Metrics();
        try (Store store = new Store(); Cursors cursors = new Cursors()) {
            Services services = new Services(store, new AqlEngine(new QueryTracker(metrics::queryFinished)),
                    cursors, new QueryCacheSettings(), metrics, new Auth(false, ""),
                    Executors.newSingleThreadExecutor());
            Router router = new Router();
            router.get("/_api/explode", ctx -> {
                throw new OutOfMemoryError("Java heap space");
            });
            router.get("/_api/version", ctx -> Reply.ok(200, Json.object().put("server", "arango")));
            try (SandboxServer server = new SandboxServer(services, router, new Faults(store),
                    new BodyLimits(SandboxConfig.DEFAULT_MAX_BODY_SIZE, SandboxConfig.DEFAULT_BODY_TIMEOUT_MILLIS),
                    "127.0.0.1", 0)) {
                server.listen();
                HttpClient client = HttpClient.newHttpClient();
                for (int i = 0; i < 3; i++) {
                    var failed = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                            + "/_api/explode")).build(), HttpResponse.BodyHandlers.ofString());
                    assertEquals(500, failed.statusCode());
                    assertEquals(32, Json.parse(failed.body()).get("errorNum").asInt(), failed.body());
                }
                var version = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                        + "/_api/version")).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, version.statusCode());
            }
        }
    }
}
