package io.arangoconsole.sandbox.http;

import io.arangoconsole.sandbox.faults.Faults;
import io.arangoconsole.sandbox.metrics.Metrics;
import io.arangoconsole.sandbox.store.ApiError;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.Http2Settings;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The sandbox's HTTP server: Vert.x serving HTTP/1.1 and h2c (prior knowledge) on one port, gzip/deflate request
 * bodies, authentication, fault injection and metrics. Requests are read on the event loop and served on a pool of
 * worker threads, because store work (index builds, big imports, long queries) blocks.
 */
public final class SandboxServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SandboxServer.class);
    private static final String QUEUE_TIME = "0.000000";
    private static final String QUEUE_TIME_HEADER = "x-arango-queue-time-seconds";
    /** Requests served at once; more wait in the queue, and that wait is their queue time (as ArangoDB's). */
    static final int WORKERS = 64;
    /** ArangoDB's default {@code --http.keep-alive-timeout}: idle connections are closed after it. */
    private static final int KEEP_ALIVE_SECONDS = 300;
    private static final String CONTROL_PATHS = "/_admin/sandbox/";
    private static final Set<String> OPEN_PATHS = Set.of("/_admin/server/availability", "/_open/auth");
    private final Services services;
    private final Router router;
    private final Faults faults;
    private final Metrics metrics;
    /** A cluster Coordinator's own metrics, counted besides the process's (null: a single server). */
    private volatile Metrics own;
    private final BodyLimits limits;
    private final String host;
    private final Vertx vertx;
    private final ExecutorService workers;
    private final Set<HttpConnection> connections = ConcurrentHashMap.newKeySet();
    private volatile HttpServer server;
    private volatile int port;

    public SandboxServer(Services services, Router router, Faults faults, BodyLimits limits, String host, int port) {
        this.services = services;
        this.limits = limits;
        this.router = router;
        this.faults = faults;
        this.metrics = services.metrics();
        this.host = host;
        this.port = port;
        this.vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(2).setWorkerPoolSize(2));
        AtomicInteger n = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(WORKERS, WORKERS, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "sandbox-http-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        pool.allowCoreThreadTimeOut(true);
        this.workers = pool;
        metrics.setWorkerThreads(WORKERS);
    }

    /** Starts listening; with port 0 the first start picks a free port, later starts reuse it. */
    public synchronized void listen() {
        if (server != null) {
            return;
        }
        // 100-continue: curl asks before sending big import bodies; answered by onRequest once the credentials and
        // the declared length are known to be acceptable, so a refused body is never sent. HTTP/2 windows as large as the driver's own, so
        // a bulk import over h2c is not throttled to 64 KB round trips.
        HttpServerOptions options = new HttpServerOptions().setHost(host).setPort(port)
                .setDecompressionSupported(true).setReuseAddress(true).setHandle100ContinueAutomatically(false)
                .setInitialSettings(new Http2Settings().setInitialWindowSize(2 << 20))
                .setHttp2ConnectionWindowSize(32 << 20)
                .setIdleTimeout(KEEP_ALIVE_SECONDS).setIdleTimeoutUnit(TimeUnit.SECONDS);
        HttpServer s = vertx.createHttpServer(options);
        s.connectionHandler(this::onConnection);
        s.requestHandler(this::onRequest);
        try {
            s.listen().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("sandbox cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
        }
        port = s.actualPort();
        server = s;
    }

    /** Stops listening and drops open connections; the data stays. */
    public synchronized void stopListening() {
        HttpServer s = server;
        server = null;
        if (s != null) {
            try {
                s.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                LOG.warn("closing the sandbox server: {}", e.toString());
            }
        }
        connections.forEach(HttpConnection::close);
        connections.clear();
    }

    public int port() {
        return port;
    }

    /** Counts this listener's requests, connections and queries also in {@code own} (a Coordinator's metrics). */
    public void countAlsoIn(Metrics own) {
        this.own = own;
    }

    private void onConnection(HttpConnection conn) {
        if (faults.refusesConnections()) {
            conn.close();
        }
    }

    /** Counts a connection when its first request arrives, which is when its protocol version is known. */
    private void track(HttpConnection conn, HttpVersion version) {
        if (connections.add(conn)) {
            Metrics counted = own;
            metrics.connectionOpened(version == HttpVersion.HTTP_2);
            if (counted != null) {
                counted.connectionOpened(version == HttpVersion.HTTP_2);
            }
            conn.closeHandler(v -> {
                if (connections.remove(conn)) {
                    metrics.connectionClosed();
                    if (counted != null) {
                        counted.connectionClosed();
                    }
                }
            });
        }
    }

    /**
     * Checks what the headers alone can tell, before a byte of the body is read: the credentials (ArangoDB reads the
     * body first; a sandbox that does so can be made to buffer or inflate anything by anyone) and a declared
     * {@code Content-Length} over the limit. Then reads the body under {@link BodyLimits} and serves it on a worker.
     */
    private void onRequest(HttpServerRequest req) {
        HttpConnection conn = req.connection();
        if (faults.refusesConnections() && !connections.contains(conn)) {
            // a connection opened while refusing, in case the connection handler did not see it first
            conn.close();
            return;
        }
        track(conn, req.version());
        long started = System.nanoTime();
        Target target;
        try {
            target = Target.of(req.path());
        } catch (ApiError e) {
            refuse(req, Reply.error(e), started, 0);
            return;
        }
        String user = services.auth().authenticate(req.getHeader("authorization"));
        if (user == null && !OPEN_PATHS.contains(target.path())) {
            Reply r = Reply.error(401, 11, "not authorized to execute this request");
            if (req.getHeader("x-omit-www-authenticate") == null) {
                r.header("www-authenticate", "Basic, realm=\"ArangoDB\"");
            }
            refuse(req, r, started, 0);
            return;
        }
        if (user != null && services.auth().enabled()) {
            metrics.userRequest();
        }
        long declared = declaredLength(req);
        if (declared > limits.maxBytes()) {
            refuse(req, Reply.error(413, 413, limits.tooLarge("of " + declared + " bytes")), started, 0);
            return;
        }
        if ("100-continue".equalsIgnoreCase(req.getHeader("expect"))) {
            req.response().writeContinue();
        }
        BodyCollector.Refusal refusal = (reply, received) -> refuse(req, reply, started, received);
        if (req.method() == HttpMethod.POST && target.path().equals("/_api/import")) {
            StreamingBody stream = new StreamingBody(req, vertx, limits, refusal);
            queue(waited -> {
                Reply reply = serve(req, target, user, new byte[0], stream).header(QUEUE_TIME_HEADER, waited);
                stream.close();
                send(req, reply, started, stream.received());
            });
            return;
        }
        BodyCollector.collect(req, vertx, limits, declared, refusal, body -> queue(waited -> {
            Reply reply = serve(req, target, user, body.getBytes(), null).header(QUEUE_TIME_HEADER, waited);
            send(req, reply, started, body.length());
        }));
    }

    /**
     * Hands work to a worker, counting the wait in the scheduler queue metrics; {@code work} gets that wait, taken
     * when a worker picks the request up, in the format of ArangoDB's {@code x-arango-queue-time-seconds}.
     */
    private void queue(Queued work) {
        long queuedAt = System.nanoTime();
        metrics.requestQueued();
        workers.execute(() -> {
            double waited = (System.nanoTime() - queuedAt) / 1e9;
            metrics.requestStarted(waited);
            work.run(String.format(java.util.Locale.ROOT, "%.6f", waited));
        });
    }

    /** Work for a worker, told how long it waited for one. */
    @FunctionalInterface
    private interface Queued {
        void run(String queueTimeSeconds);
    }

    /** The {@code Content-Length} a request declares, or -1 (none, or not a number: the body is counted instead). */
    private static long declaredLength(HttpServerRequest req) {
        String v = req.getHeader("content-length");
        if (v == null) {
            return -1;
        }
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * Answers before the body is (fully) read, then stops reading it: an HTTP/1 connection is closed after the
     * answer, since the rest of its body would otherwise have to be read through; an HTTP/2 stream is reset, which
     * leaves the connection's other streams alone.
     */
    private void refuse(HttpServerRequest req, Reply reply, long started, long received) {
        boolean bodyPending = !req.isEnded();
        boolean http2 = req.version() == HttpVersion.HTTP_2;
        if (bodyPending && !http2) {
            reply.header("connection", "close");
        }
        Future<Void> sent = send(req, reply, started, received);
        if (!bodyPending) {
            return;
        }
        req.handler(chunk -> { });
        sent.onComplete(ar -> {
            if (http2) {
                req.response().reset(8);
            } else {
                req.connection().close();
            }
        });
    }

    /** A request path split into the database it names and the path inside it. */
    private record Target(String rawPath, String database, List<String> segments, String path) {
        static Target of(String rawPath) {
            List<String> segments = SandboxServer.segments(rawPath);
            String database = "_system";
            if (segments.size() >= 2 && segments.get(0).equals("_db")) {
                database = segments.get(1);
                segments = segments.subList(2, segments.size());
            }
            return new Target(rawPath, database, segments, "/" + String.join("/", segments));
        }
    }

    private Reply serve(HttpServerRequest req, Target target, String user, byte[] body, InputStream bodyStream) {
        String method = req.method().name();
        String rawPath = target.rawPath();
        try {
            // the faults API itself is exempt, so a sandbox made to fail everything can be repaired over HTTP
            boolean control = target.path().startsWith(CONTROL_PATHS);
            long delay = control ? 0 : faults.latencyFor(method, rawPath);
            if (delay > 0) {
                Thread.sleep(delay);
            }
            Faults.Failure failure = control ? null : faults.failureFor();
            if (failure != null) {
                return Reply.error(failure.code(), failure.errorNum(), failure.message());
            }
            String database = target.database();
            if (!database.equals("_system")) {
                services.store().database(database);
            }
            Router.Match match = router.match(method, target.segments());
            if (match.handler() == null) {
                return match.failure() == 405 ? Reply.error(405, 405, "method not supported")
                        : Reply.error(404, 404, "unknown path '" + rawPath + "'");
            }
            Ctx ctx = new Ctx(services.store(), method, database, match.params(), queryParams(req),
                    headers(req), body, bodyStream, user == null ? "root" : user);
            Metrics.serving(own);
            try {
                return match.handler().handle(ctx);
            } finally {
                Metrics.serving(null);
            }
        } catch (ApiError e) {
            return Reply.error(e);
        } catch (OutOfMemoryError e) {
            // what held the memory was on this request's stack and is garbage now: fail it, keep serving
            LOG.warn("out of memory serving {} {}", method, rawPath, e);
            return Reply.error(500, 32,
                    "resource limit exceeded: the sandbox ran out of memory serving this request");
        } catch (BodyRefused e) {
            LOG.debug("{} {}: body refused while streaming: {}", method, rawPath, e.getMessage());
            return Reply.error(400, 600, e.getMessage()); // already answered by the event loop: not sent
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Reply.error(503, 503, "sandbox shutting down");
        } catch (Exception e) {
            LOG.warn("internal error serving {} {}", method, rawPath, e);
            return Reply.error(500, 4, "internal error: " + e);
        }
    }

    private Future<Void> send(HttpServerRequest req, Reply reply, long started, long received) {
        HttpServerResponse res = req.response();
        if (res.closed() || res.ended()) {
            return Future.succeededFuture();
        }
        res.setStatusCode(reply.status());
        res.putHeader("server", "ArangoDB");
        res.putHeader(QUEUE_TIME_HEADER, QUEUE_TIME);
        res.putHeader("x-content-type-options", "nosniff");
        if (reply.contentType() != null) {
            res.putHeader("content-type", reply.contentType());
        }
        reply.headers().forEach(res::putHeader);
        boolean head = req.method().name().equals("HEAD");
        double seconds = (System.nanoTime() - started) / 1e9;
        metrics.requestServed(req.method().name(), seconds, received, head ? 0 : reply.body().length);
        Metrics counted = own;
        if (counted != null) {
            counted.requestServed(req.method().name(), seconds, received, head ? 0 : reply.body().length);
        }
        try {
            if (head || reply.status() == 304) {
                return res.end();
            }
            return res.end(Buffer.buffer(reply.body()));
        } catch (IllegalStateException e) {
            LOG.debug("client went away before the answer: {}", e.toString());
            return Future.succeededFuture();
        }
    }

    private static List<String> segments(String rawPath) {
        List<String> out = new ArrayList<>();
        for (String s : rawPath.split("/")) {
            if (!s.isEmpty()) {
                out.add(decode(s));
            }
        }
        return out;
    }

    /** Percent-decoding of a path segment ({@code +} stays a plus, unlike form decoding). */
    static String decode(String segment) {
        if (segment.indexOf('%') < 0) {
            return segment;
        }
        try {
            return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiError.badParameter("invalid URL encoding in path segment: " + segment);
        }
    }

    private static Map<String, String> queryParams(HttpServerRequest req) {
        Map<String, String> out = new HashMap<>();
        req.params().forEach(e -> out.putIfAbsent(e.getKey(), e.getValue()));
        return out;
    }

    private static Map<String, String> headers(HttpServerRequest req) {
        Map<String, String> out = new HashMap<>();
        req.headers().forEach(e -> out.putIfAbsent(e.getKey().toLowerCase(java.util.Locale.ROOT), e.getValue()));
        return out;
    }

    @Override
    public void close() {
        stopListening();
        workers.shutdownNow();
        vertx.close();
    }
}
