package io.arangoconsole.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.arangoconsole.sandbox.Sandbox;
import io.arangoconsole.sandbox.SandboxConfig;
import io.arangoconsole.sandbox.store.Json;
import io.arangoconsole.testing.HeldWorkers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What other HTTP clients (curl, arangojs, python-arango) see: plain HTTP/1.1 against the sandbox. */
class RawHttpTest {
    private static Sandbox sandbox;
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final String AUTH = "Basic " + Base64.getEncoder()
            .encodeToString("root:secret".getBytes(StandardCharsets.UTF_8));

    @BeforeAll
    static void start() {
        sandbox = Sandbox.start(new SandboxConfig("127.0.0.1", 0, 0, 1, true, "secret"));
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder req(String path) {
        return HttpRequest.newBuilder(URI.create(sandbox.url() + path)).header("Authorization", AUTH);
    }

    @Test
    void missingCredentialsGive401WithChallengeUnlessOmitted() throws Exception {
        var r = send(HttpRequest.newBuilder(URI.create(sandbox.url() + "/_api/version")));
        assertEquals(401, r.statusCode());
        JsonNode body = Json.parse(r.body());
        assertEquals(401, body.get("code").asInt());
        assertEquals(11, body.get("errorNum").asInt());
        assertTrue(body.get("error").asBoolean());
        assertEquals("not authorized to execute this request", body.get("errorMessage").asText());
        assertTrue(r.headers().firstValue("www-authenticate").isPresent());
        var omitted = send(HttpRequest.newBuilder(URI.create(sandbox.url() + "/_api/version"))
                .header("X-Omit-Www-Authenticate", "1"));
        assertFalse(omitted.headers().firstValue("www-authenticate").isPresent());
    }

    @Test
    void everyAnswerHasANumericQueueTime() throws Exception {
        var ok = send(req("/_api/version"));
        var err = send(req("/_api/nothing"));
        assertEquals(404, err.statusCode());
        for (var r : new HttpResponse<?>[]{ok, err}) {
            String queueTime = r.headers().firstValue("x-arango-queue-time-seconds").orElseThrow();
            assertTrue(queueTime.matches("\\d+\\.\\d{6}"), queueTime);
            assertTrue(Double.parseDouble(queueTime) < 1, "nothing else is running: " + queueTime);
        }
    }

    /** A request that is slow to serve but did not wait for a worker shows no queue time. */
    @Test
    void servingTimeIsNotQueueTime() throws Exception {
        sandbox.faults().latency(r -> r.path().endsWith("/_api/version") ? 500 : 0);
        try {
            var r = send(req("/_api/version"));
            double waited = Double.parseDouble(r.headers().firstValue("x-arango-queue-time-seconds").orElseThrow());
            assertTrue(waited < 0.25, "served in 0.5 s without queueing, header says " + waited);
        } finally {
            sandbox.faults().reset();
        }
    }

    /**
     * With every worker busy, a request waits in the queue, and its header says for how long: every worker holds a
     * request parked in a fault hook, one more is seen queued, and the workers are let go only after 300 ms.
     */
    @Test
    void aQueuedRequestReportsItsWait() throws Exception {
        HeldWorkers hold = HeldWorkers.on(sandbox, "/_admin/status", SandboxServer.WORKERS);
        try {
            List<CompletableFuture<HttpResponse<String>>> busy = new ArrayList<>();
            for (int i = 0; i < SandboxServer.WORKERS; i++) {
                busy.add(CLIENT.sendAsync(req("/_admin/status").build(), HttpResponse.BodyHandlers.ofString()));
            }
            hold.awaitAllHeld();
            var queued = CLIENT.sendAsync(req("/_api/version").build(), HttpResponse.BodyHandlers.ofString());
            hold.awaitQueued();
            Thread.sleep(300);
            hold.release();
            HttpResponse<String> answer = queued.get(30, java.util.concurrent.TimeUnit.SECONDS);
            assertEquals(200, answer.statusCode());
            double waited = Double.parseDouble(answer.headers().firstValue("x-arango-queue-time-seconds")
                    .orElseThrow());
            assertTrue(waited >= 0.3, "queued for 300 ms behind 64 held workers, reported " + waited);
            for (var f : busy) {
                assertEquals(200, f.get(30, java.util.concurrent.TimeUnit.SECONDS).statusCode());
            }
        } finally {
            hold.close();
        }
    }

    @Test
    void literalNullBodyOnGetIsIgnored() throws Exception {
        var r = send(req("/_db/_system/_api/collection").method("GET", HttpRequest.BodyPublishers.ofString("null"))
                .header("Content-Type", "application/json"));
        assertEquals(200, r.statusCode());
    }

    @Test
    void gzipRequestBodiesAreAccepted() throws Exception {
        send(req("/_api/collection").POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"zipped\"}")));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write("[{\"_key\":\"a\"},{\"_key\":\"b\"}]".getBytes(StandardCharsets.UTF_8));
        }
        var r = send(req("/_api/document/zipped").header("Content-Encoding", "gzip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes.toByteArray())));
        assertEquals(202, r.statusCode(), r.body());
        assertEquals(2, sandbox.store().database("_system").collection("zipped").count());
    }

    @Test
    void urlEncodedNamesAndUnknownDatabase() throws Exception {
        send(req("/_api/collection").POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"enc\"}")));
        send(req("/_api/document/enc").POST(HttpRequest.BodyPublishers.ofString("{\"_key\":\"a:b\"}")));
        assertEquals(200, send(req("/_db/_system/_api/document/enc/a%3Ab")).statusCode());
        var missing = send(req("/_db/nowhere/_api/version"));
        assertEquals(404, missing.statusCode());
        assertEquals(1228, Json.parse(missing.body()).get("errorNum").asInt());
    }

    @Test
    void importCompleteAbortsEverything() throws Exception {
        send(req("/_api/collection").POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"imp\"}")));
        var r = send(req("/_api/import?collection=imp&type=documents&complete=true")
                .POST(HttpRequest.BodyPublishers.ofString("{\"_key\":\"x\"}\n{\"_key\":\"x\"}\n")));
        assertEquals(409, r.statusCode());
        assertEquals(1210, Json.parse(r.body()).get("errorNum").asInt());
        assertEquals(0, sandbox.store().database("_system").collection("imp").count());
        var auto = send(req("/_api/import?collection=imp&type=auto")
                .POST(HttpRequest.BodyPublishers.ofString("[{\"_key\":\"y\"},{\"_key\":\"z\"}]")));
        assertEquals(2, Json.parse(auto.body()).get("created").asInt());
        var tabular = send(req("/_api/import?collection=imp")
                .POST(HttpRequest.BodyPublishers.ofString("[\"_key\",\"v\"]\n[\"t1\",1]\n[\"t2\"]\n")));
        JsonNode answer = Json.parse(tabular.body());
        assertEquals(1, answer.get("created").asInt());
        assertEquals(1, answer.get("errors").asInt());
    }

    @Test
    void conditionalReadsUseTheRevision() throws Exception {
        send(req("/_api/collection").POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"cond\"}")));
        var created = send(req("/_api/document/cond").POST(HttpRequest.BodyPublishers.ofString("{\"_key\":\"c\"}")));
        String rev = Json.parse(created.body()).get("_rev").asText();
        assertEquals(304, send(req("/_api/document/cond/c").header("If-None-Match", "\"" + rev + "\"")).statusCode());
        var mismatch = send(req("/_api/document/cond/c").header("If-Match", "\"_nope\""));
        assertEquals(412, mismatch.statusCode());
        assertEquals(1200, Json.parse(mismatch.body()).get("errorNum").asInt());
        var head = send(req("/_api/document/cond/c").method("HEAD", HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
        var stale = send(req("/_api/document/cond/c").header("If-Match", "\"_nope\"")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"v\":1}")));
        assertEquals(412, stale.statusCode());
    }

    @Test
    void bigImportsKeepPositionsAcrossBatchesAndBrokenArraysFail() throws Exception {
        send(req("/_api/collection").POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"many\"}")));
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            body.append(i == 700 ? "{broken" : "{\"_key\":\"m" + i + "\"}").append('\n');
        }
        var r = send(req("/_api/import?collection=many&type=documents&details=true")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
        JsonNode answer = Json.parse(r.body());
        assertEquals(999, answer.get("created").asInt());
        assertTrue(answer.get("details").get(0).asText().startsWith("at position 700: "), r.body());
        var broken = send(req("/_api/import?collection=many&type=list&complete=true&onDuplicate=ignore")
                .POST(HttpRequest.BodyPublishers.ofString("[{\"_key\":\"n1\"},{\"_key\":")));
        assertEquals(400, broken.statusCode());
        assertEquals(999, sandbox.store().database("_system").collection("many").count());
    }

    @Test
    void badInputGetsAClientErrorWithAFullErrorBody() throws Exception {
        send(req("/_api/collection").POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"fz\"}")));
        String[][] cases = {
            {"POST", "/_api/collection", "[]"},
            {"POST", "/_api/collection", "{\"name\":5}"},
            {"POST", "/_api/collection", "{\"name\":\"x\",\"type\":9}"},
            {"POST", "/_api/collection", "{not json"},
            {"POST", "/_api/index?collection=fz", "{}"},
            {"POST", "/_api/index?collection=fz", "{\"type\":\"persistent\",\"fields\":[1]}"},
            {"GET", "/_api/index", ""},
            {"DELETE", "/_api/index/fz/nope", ""},
            {"POST", "/_api/cursor", "{\"query\":5}"},
            {"POST", "/_api/cursor", "{\"query\":\"RETURN 1\",\"bindVars\":[]}"},
            {"POST", "/_api/cursor", "{\"query\":\"RETURN 1\",\"batchSize\":-1}"},
            {"POST", "/_api/cursor/abc", ""},
            {"POST", "/_api/explain", "{}"},
            {"PUT", "/_api/query/properties", "[]"},
            {"PUT", "/_api/query-cache/properties", "{\"maxResults\":\"x\"}"},
            {"POST", "/_api/document/fz", "5"},
            {"DELETE", "/_api/document/fz", "{}"},
            {"PUT", "/_api/document/fz/k", "[1]"},
            {"POST", "/_api/document/fz?overwriteMode=sometimes", "{}"},
            {"POST", "/_api/database", "{}"},
            {"POST", "/_api/import?collection=fz&type=weird", "{}"},
            {"POST", "/_api/import?collection=fz&onDuplicate=never", "{}"},
            {"POST", "/_api/import?collection=fz&type=list", "{}"},
            {"GET", "/_api/collection/fz/nothing", ""},
            {"GET", "/_db/%C3%28/_api/version", ""},
        };
        for (String[] c : cases) {
            var r = send(req(c[1]).method(c[0], HttpRequest.BodyPublishers.ofString(c[2])));
            String what = String.join(" ", c) + " -> " + r.statusCode() + " " + r.body();
            assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, what);
            JsonNode body = Json.parse(r.body());
            if (body.isObject() && body.has("error")) {
                assertEquals(r.statusCode(), body.get("code").asInt(), what);
                assertTrue(body.get("errorNum").isInt() && body.get("errorMessage").isTextual(), what);
            } else {
                org.junit.jupiter.api.Assertions.fail("no error body: " + what);
            }
        }
    }

    @Test
    void importLargerThanTheStreamingBufferGoesThroughWithFlowControl() throws Exception {
        send(req("/_api/collection").POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"large\"}")));
        String filler = "y".repeat(2000);
        StringBuilder body = new StringBuilder();
        int n = 12_000;
        for (int i = 0; i < n; i++) {
            body.append("{\"_key\":\"l").append(i).append("\",\"f\":\"").append(filler).append("\"}\r\n");
        }
        var r = send(req("/_api/import?collection=large&type=documents")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
        assertEquals(201, r.statusCode(), r.body());
        assertEquals(n, Json.parse(r.body()).get("created").asInt());
        assertEquals(n, sandbox.store().database("_system").collection("large").count());
        sandbox.store().database("_system").drop("large");
    }

    @Test
    void noAuthModeAcceptsAnyone() throws Exception {
        try (Sandbox open = Sandbox.start(new SandboxConfig("127.0.0.1", 0, 0, 1, false, "x"))) {
            var r = send(HttpRequest.newBuilder(URI.create(open.url() + "/_admin/server/role")));
            assertEquals(200, r.statusCode());
            assertEquals("SINGLE", Json.parse(r.body()).get("role").asText());
        }
    }
}
