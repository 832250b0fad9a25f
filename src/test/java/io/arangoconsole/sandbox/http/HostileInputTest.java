package io.arangoconsole.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.arangoconsole.sandbox.Sandbox;
import io.arangoconsole.sandbox.SandboxConfig;
import io.arangoconsole.sandbox.store.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Requests meant to hurt: bodies over the limit without credentials (plain, chunked, gzip), over the limit with
 * credentials, a stalled body, a trickled one, 500 idle connections. After each, the servers still answer
 * {@code /_api/version}. The sandboxes here allow 1 MiB bodies, so each case stays small. Nothing here depends on how
 * fast the machine is: the cases that expect 401 or 413 run on a sandbox that waits 30 s for a body's next piece (so
 * a loaded machine cannot turn them into 408), a stalled body goes to one that waits 600 ms (the test sends nothing
 * more, however long it takes), a trickled body to one that judges the rate after 600 ms but waits 30 s for the
 * next piece (so a late piece cannot make it a stall), and every answer is awaited for up to 30 s.
 */
class HostileInputTest {
    private static final long LIMIT = 1 << 20;
    private static final long SHORT_MILLIS = 600;
    /** How long a test waits for what it asserts; only a server that stopped answering reaches it. */
    private static final int PATIENCE_MILLIS = 30_000;
    private static final String AUTH = "Authorization: Basic "
            + Base64.getEncoder().encodeToString("root:secret".getBytes(StandardCharsets.UTF_8)) + "\r\n";
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    /** Waits 30 s for a body's next piece: the 401 and 413 cases, whose bodies never stall on purpose. */
    private static Sandbox sandbox;
    /** Drops a body after 600 ms without a piece. */
    private static Sandbox stalling;
    /** Judges a body's rate after 600 ms; waits 30 s for its next piece. */
    private static Sandbox trickled;
    private final List<Socket> sockets = new ArrayList<>();

    @BeforeAll
    static void start() {
        SandboxConfig config = new SandboxConfig("127.0.0.1", 0, 0, 1, true, "secret").withMaxBodySize(LIMIT);
        sandbox = Sandbox.start(config.withBodyTimeoutMillis(PATIENCE_MILLIS));
        stalling = Sandbox.start(config.withBodyTimeoutMillis(SHORT_MILLIS));
        trickled = Sandbox.start(config.withBodyTimeoutMillis(PATIENCE_MILLIS).withBodyRateGraceMillis(SHORT_MILLIS));
        for (Sandbox server : List.of(sandbox, stalling)) {
            server.store().database("_system").create("target", 2, false);
        }
    }

    @AfterAll
    static void stop() {
        sandbox.close();
        stalling.close();
        trickled.close();
    }

    @AfterEach
    void stillAnswersOthers() throws Exception {
        for (Sandbox server : List.of(sandbox, stalling, trickled)) {
            HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(URI.create(server.url() + "/_api/version"))
                    .header("Authorization", AUTH.substring(15).trim())
                    .timeout(Duration.ofMillis(PATIENCE_MILLIS)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
            assertEquals("arango", Json.parse(r.body()).get("server").asText());
        }
        for (Socket s : sockets) {
            s.close();
        }
    }

    @Test
    void plainBodyWithoutCredentialsIsRefusedBeforeItIsSent() throws Exception {
        Socket s = open();
        send(s, "POST /_api/document/anything HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + (300L << 20) + "\r\n\r\n");
        Answer a = read(s);
        assertEquals(401, a.status, a.text);
        assertEquals(11, a.json().get("errorNum").asInt());
        assertTrue(closedByServer(s), "the connection is closed rather than the 300 MB read through");
        assertTrue(bytesAcceptedBeforeFailure(s, 64L << 20) < 64L << 20, "the rest of the body is refused");
    }

    @Test
    void chunkedBodyWithoutCredentialsIsRefusedBeforeItIsSent() throws Exception {
        Socket s = open();
        send(s, "POST /_api/import?collection=x&type=documents HTTP/1.1\r\nHost: x\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n");
        Answer a = read(s);
        assertEquals(401, a.status, a.text);
        assertTrue(closedByServer(s));
    }

    @Test
    void gzipBombWithoutCredentialsIsNeverInflated() throws Exception {
        byte[] bomb = gzippedZeros(64L << 20);
        Socket s = open();
        send(s, "POST /_api/cursor HTTP/1.1\r\nHost: x\r\nContent-Encoding: gzip\r\nContent-Length: "
                + bomb.length + "\r\n\r\n");
        Answer a = read(s);
        assertEquals(401, a.status, a.text);
        assertTrue(closedByServer(s));
    }

    @Test
    void declaredLengthOverTheLimitGets413AtOnce() throws Exception {
        Socket s = open();
        send(s, "POST /_api/cursor HTTP/1.1\r\nHost: x\r\n" + AUTH + "Content-Length: " + (600L << 20) + "\r\n\r\n");
        Answer a = read(s);
        assertEquals(413, a.status, a.text);
        assertEquals(413, a.json().get("code").asInt());
        assertTrue(a.json().get("errorMessage").asText().contains("limit of " + LIMIT + " bytes"), a.text);
        assertTrue(closedByServer(s));
    }

    @Test
    void expectContinueOverTheLimitIsRefusedWithoutAskingForTheBody() throws Exception {
        Socket s = open();
        send(s, "POST /_api/cursor HTTP/1.1\r\nHost: x\r\n" + AUTH + "Expect: 100-continue\r\nContent-Length: "
                + (2 * LIMIT) + "\r\n\r\n");
        Answer a = read(s);
        assertEquals(413, a.status, "no 100 Continue first: " + a.text);
    }

    @Test
    void chunkedBodyOverTheLimitGets413WhileItIsRead() throws Exception {
        chunkedOverLimit("/_api/cursor");
    }

    @Test
    void chunkedImportOverTheLimitGets413WhileItIsRead() throws Exception {
        chunkedOverLimit("/_api/import?collection=target&type=documents");
    }

    private void chunkedOverLimit(String path) throws Exception {
        Socket s = open();
        send(s, "POST " + path + " HTTP/1.1\r\nHost: x\r\n" + AUTH + "Transfer-Encoding: chunked\r\n\r\n");
        byte[] chunk = ("10000\r\n" + "x".repeat(0x10000) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        CompletableFuture<Long> written = CompletableFuture.supplyAsync(() -> {
            long n = 0;
            try {
                OutputStream out = s.getOutputStream();
                while (n < 64L << 20) {
                    out.write(chunk);
                    n += 0x10000;
                }
            } catch (IOException e) {
                return n;
            }
            return n;
        });
        Answer a = read(s);
        assertEquals(413, a.status, a.text);
        assertTrue(a.json().get("errorMessage").asText().contains("sandbox --max-body-size"), a.text);
        assertTrue(written.get(PATIENCE_MILLIS, TimeUnit.MILLISECONDS) < 64L << 20, "the server stopped taking the body");
    }

    @Test
    void gzipBodyInflatingOverTheLimitGets413() throws Exception {
        byte[] bomb = gzippedZeros(64L << 20);
        Socket s = open();
        send(s, "POST /_api/cursor HTTP/1.1\r\nHost: x\r\n" + AUTH + "Content-Encoding: gzip\r\nContent-Length: "
                + bomb.length + "\r\n\r\n");
        s.getOutputStream().write(bomb);
        Answer a = read(s);
        assertTrue(bomb.length < LIMIT, "the compressed body itself is under the limit");
        assertEquals(413, a.status, a.text);
    }

    @Test
    void deflateBodyInflatingOverTheLimitGets413() throws Exception {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (DeflaterOutputStream z = new DeflaterOutputStream(zipped)) {
            byte[] zeros = new byte[1 << 16];
            for (int i = 0; i < 1024; i++) {
                z.write(zeros);
            }
        }
        Socket s = open();
        send(s, "POST /_api/cursor HTTP/1.1\r\nHost: x\r\n" + AUTH + "Content-Encoding: deflate\r\nContent-Length: "
                + zipped.size() + "\r\n\r\n");
        s.getOutputStream().write(zipped.toByteArray());
        Answer a = read(s);
        assertTrue(zipped.size() < LIMIT, "the compressed body itself is under the limit");
        assertEquals(413, a.status, a.text);
    }

    @Test
    void bodyTrickledBelowTheMinimumRateTimesOutWith408() throws Exception {
        Socket s = open(trickled);
        send(s, "POST /_api/cursor HTTP/1.1\r\nHost: x\r\n" + AUTH + "Content-Length: 100000\r\n\r\n");
        CompletableFuture<Void> trickle = CompletableFuture.runAsync(() -> {
            try {
                for (int i = 0; i < 9_000; i++) { // 10 bytes every 100 ms: never 30 s idle, never finished
                    send(s, "          ");
                    Thread.sleep(100);
                }
            } catch (IOException | InterruptedException e) {
                // the server closed the connection: what this test waits for
            }
        });
        Answer a = read(s);
        assertEquals(408, a.status, a.text);
        assertTrue(a.json().get("errorMessage").asText().contains("bytes/s"), a.text);
        trickle.cancel(true);
    }

    @Test
    void gzipBodyInflatingUnderTheLimitIsServed() throws Exception {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
            gz.write("{\"query\":\"RETURN 6 * 7\"}".getBytes(StandardCharsets.UTF_8));
        }
        Socket s = open();
        send(s, "POST /_api/cursor HTTP/1.1\r\nHost: x\r\n" + AUTH + "Content-Encoding: gzip\r\nContent-Length: "
                + zipped.size() + "\r\n\r\n");
        s.getOutputStream().write(zipped.toByteArray());
        Answer a = read(s);
        assertEquals(201, a.status, a.text);
        assertEquals(42, a.json().get("result").get(0).asInt());
    }

    @Test
    void stalledBodyTimesOutWith408() throws Exception {
        Socket s = open(stalling);
        send(s, "POST /_api/cursor HTTP/1.1\r\nHost: x\r\n" + AUTH + "Content-Length: 1000\r\n\r\n{\"query\":");
        Answer a = read(s);
        assertEquals(408, a.status, a.text);
        assertTrue(closedByServer(s));
    }

    @Test
    void stalledImportTimesOutWith408() throws Exception {
        Socket s = open(stalling);
        send(s, "POST /_api/import?collection=target&type=documents HTTP/1.1\r\nHost: x\r\n" + AUTH
                + "Content-Length: 1000\r\n\r\n{\"a\":1}\n");
        Answer a = read(s);
        assertEquals(408, a.status, a.text);
        assertEquals(0, stalling.store().database("_system").collection("target").count(), "nothing half-imported");
    }

    @Test
    void fiveHundredIdleConnectionsDoNotBlockOthers() throws Exception {
        for (int i = 0; i < 500; i++) {
            Socket s = open();
            if (i % 2 == 0) {
                send(s, "GET /_api/version HTTP/1.1\r\nHost: x\r\n"); // headers begun, never finished
            }
        }
    }

    private Socket open() throws IOException {
        return open(sandbox);
    }

    private Socket open(Sandbox server) throws IOException {
        Socket s = new Socket("127.0.0.1", server.port());
        s.setSoTimeout(PATIENCE_MILLIS);
        sockets.add(s);
        return s;
    }

    private static void send(Socket s, String text) throws IOException {
        s.getOutputStream().write(text.getBytes(StandardCharsets.ISO_8859_1));
        s.getOutputStream().flush();
    }

    private static byte[] gzippedZeros(long size) throws IOException {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        byte[] zeros = new byte[1 << 16];
        try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
            for (long n = 0; n < size; n += zeros.length) {
                gz.write(zeros);
            }
        }
        return zipped.toByteArray();
    }

    /** Writes up to {@code max} more bytes; how many the server took before the connection failed. */
    private static long bytesAcceptedBeforeFailure(Socket s, long max) {
        byte[] piece = new byte[1 << 16];
        long n = 0;
        try {
            OutputStream out = s.getOutputStream();
            while (n < max) {
                out.write(piece);
                n += piece.length;
            }
        } catch (IOException e) {
            return n;
        }
        return n;
    }

    /** One HTTP/1.1 answer read from a socket. */
    private record Answer(int status, String text) {
        JsonNode json() {
            return Json.parse(text.substring(text.indexOf("\r\n\r\n") + 4));
        }
    }

    /** Reads one answer: status line, headers, a Content-Length body. */
    private static Answer read(Socket s) throws IOException {
        InputStream in = s.getInputStream();
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("connection closed before a whole answer: " + head);
            }
            head.write(b);
        }
        String headers = head.toString(StandardCharsets.ISO_8859_1);
        int length = 0;
        for (String line : headers.split("\r\n")) {
            if (line.toLowerCase().startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(15).trim());
            }
        }
        byte[] body = in.readNBytes(length);
        int status = Integer.parseInt(headers.substring(9, 12));
        return new Answer(status, headers + new String(body, StandardCharsets.UTF_8));
    }

    /**
     * Whether the server closes the connection after its answer: the end of the stream or a reset within 30 s; a
     * connection still open then (a server that keeps it) answers false.
     */
    private static boolean closedByServer(Socket s) throws IOException {
        try {
            return s.getInputStream().read() < 0;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true; // reset: closed with body bytes still unread on the server's side
        }
    }
}
