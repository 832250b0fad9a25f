package io.arangoconsole.core.arango;

import io.arangoconsole.core.monitoring.LatencyRecorder;
import com.arangodb.ArangoDB;
import com.arangodb.Protocol;
import com.arangodb.http.HttpProtocolConfig;
import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.core.connection.ServerSpec;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One shared driver client per endpoint and user. The driver's client is thread-safe and holds a connection pool, so
 * building one per request would open sockets and Vert.x instances for nothing.
 */
public final class ArangoClients implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ArangoClients.class);
    /** Connect, idle and request timeout: an unreachable server must fail in seconds, never hang a pane. */
    static final int TIMEOUT_MILLIS = 10_000;
    /** A coordinator that has not answered the probe's version request in this time is skipped (decision 0065). */
    static final java.time.Duration PROBE_TIMEOUT = java.time.Duration.ofSeconds(3);
    /**
     * For the calls that legitimately take long: an index build (ArangoDB answers once the index is built) and a
     * whole collection's checksum (the server hashes every document), minutes on a large collection.
     */
    public static final java.time.Duration LONG_CALL_TIMEOUT = java.time.Duration.ofHours(2);

    private record Key(String endpoint, String user, String password) {
        @Override
        public String toString() {
            return user + "@" + endpoint;
        }
    }

    private final Map<ConnectionTarget, ServerSpec> specs = new HashMap<>();
    /** Keyed by the registered target for a profile's clients, else by endpoint and credentials ({@link Key}). */
    private final Map<Object, ArangoDB> shortClients = new HashMap<>();
    private final Map<Object, ArangoDB> longClients = new HashMap<>();
    private final Map<ConnectionTarget, Integer> registrations = new HashMap<>();
    /** One client per coordinator of a registered target, for probing each alone (see {@link #alone}). */
    private final Map<List<Object>, ArangoDB> aloneClients = new HashMap<>();
    private final int timeoutMillis;
    /** How long the status probe waits for one coordinator asked alone before it counts as not answering. */
    private final int probeTimeoutMillis;
    /** Per target, the coordinators ({@code host:port}) new requests skip: the probe found them not answering. */
    private final Map<ConnectionTarget, Set<String>> skipped = new ConcurrentHashMap<>();
    /**
     * One Vert.x instance under every client built here. Left to itself the driver starts a Vert.x instance, with
     * its threads, for each connection it opens; a DBA's console holds several clients of up to 20 connections.
     */
    private Vertx vertx;
    private boolean closed;
    /** Every service call made through these clients, timed per operation and target (the Queries pane). */
    private final LatencyRecorder recorder = new LatencyRecorder();

    /** The console's own request timings, shared by every service built on these clients. */
    public LatencyRecorder recorder() {
        return recorder;
    }

    /** Clients that give up after {@link #TIMEOUT_MILLIS}: an unreachable server fails in seconds. */
    public ArangoClients() {
        this(java.time.Duration.ofMillis(TIMEOUT_MILLIS));
    }

    /** Clients that give up after {@code timeout} (tests make a slow call cross it in a second, not ten). */
    ArangoClients(java.time.Duration timeout) {
        this(timeout, PROBE_TIMEOUT);
    }

    /** As {@link #ArangoClients(java.time.Duration)}, a coordinator probed alone given {@code probeTimeout}. */
    ArangoClients(java.time.Duration timeout, java.time.Duration probeTimeout) {
        this.timeoutMillis = Math.toIntExact(timeout.toMillis());
        this.probeTimeoutMillis = Math.toIntExact(probeTimeout.toMillis());
    }

    /**
     * From now on new requests through {@code target}'s clients skip {@code endpoints} (coordinators that refused
     * or did not answer the probe in time), until a later call leaves them out. Requests already sent are not
     * moved: they end at their timeout, and the callers' own retries (a sync's) take them elsewhere.
     */
    public void skip(ConnectionTarget target, List<String> endpoints) {
        Set<String> hosts = ConcurrentHashMap.newKeySet();
        for (String e : endpoints) {
            URI uri = parse(e);
            hosts.add(uri.getHost() + ":" + (uri.getPort() > 0 ? uri.getPort() : 8529));
        }
        skipped.put(target, hosts);
    }

    private boolean skipped(ConnectionTarget target, String hostPort) {
        Set<String> hosts = skipped.get(target);
        return hosts != null && hosts.contains(hostPort);
    }

    /**
     * From now on {@link #client(ConnectionTarget)} builds {@code target}'s client from a profile's full settings
     * (several endpoints round robin, TLS with a CA file, protocol, pool size, timeout, JWT). Counted: re-activating
     * a profile registers its targets again before the previous connection unregisters them.
     */
    public synchronized void register(ConnectionTarget target, ServerSpec spec) {
        ServerSpec previous = specs.put(target, spec);
        registrations.merge(target, 1, Integer::sum);
        if (previous != null && !previous.equals(spec)) {
            shutDownClientsOf(target);
        }
    }

    /** Undoes one {@link #register}; the last one forgets the target and shuts its client down. */
    public synchronized void unregister(ConnectionTarget target) {
        Integer left = registrations.computeIfPresent(target, (t, n) -> n > 1 ? n - 1 : null);
        if (left != null) {
            return;
        }
        specs.remove(target);
        skipped.remove(target);
        shutDownClientsOf(target);
    }

    private void shutDownClientsOf(ConnectionTarget target) {
        for (Map<Object, ArangoDB> cache : List.of(shortClients, longClients)) {
            ArangoDB stale = cache.remove(target);
            if (stale != null) {
                shutdownQuietly(stale);
            }
        }
        aloneClients.entrySet().removeIf(e -> {
            if (e.getKey().get(0).equals(target)) {
                shutdownQuietly(e.getValue());
                return true;
            }
            return false;
        });
    }

    /** The endpoints {@code target}'s client spreads its requests over: a registered profile's list, else one. */
    public synchronized List<String> endpoints(ConnectionTarget target) {
        ServerSpec spec = specs.get(target);
        return spec != null ? spec.endpoints() : List.of(target.endpoint());
    }

    /**
     * A client of {@code target}'s profile (TLS, JWT, protocol) on {@code endpoint} alone, so a probe learns whether
     * that one coordinator answers: the shared client would quietly fail over to another.
     */
    public synchronized ArangoDB alone(ConnectionTarget target, String endpoint) {
        ServerSpec spec = specs.get(target);
        if (spec == null) {
            return client(target);
        }
        if (closed) {
            throw new IllegalStateException("the driver clients are closed");
        }
        return aloneClients.computeIfAbsent(List.of(target, endpoint),
                k -> ClientFactory.build(spec.withEndpoints(List.of(endpoint)).withPoolSize(1), vertx(), h -> false,
                        Math.min(probeTimeoutMillis, spec.timeoutSeconds() * 1000)));
    }

    /**
     * True when reads through {@code target} should carry {@code x-arango-allow-dirty-read: true} (a replica made
     * of the primary cluster's followers): pass {@code allowDirtyRead(true)} in the driver's read options.
     */
    public synchronized boolean allowDirtyRead(ConnectionTarget target) {
        ServerSpec spec = specs.get(target);
        return spec != null && spec.dirtyRead();
    }

    /** The request timeout, in seconds, of {@link #client(ConnectionTarget)}'s client for {@code target}. */
    public synchronized int timeoutSeconds(ConnectionTarget target) {
        ServerSpec spec = specs.get(target);
        return spec != null ? spec.timeoutSeconds() : timeoutMillis / 1000;
    }

    /** The shared client for the target's endpoint and credentials, built on first use. */
    public synchronized ArangoDB client(ConnectionTarget target) {
        return cached(target, shortClients, timeoutMillis);
    }

    /**
     * Builds the shared client of {@code target} and asks its server's version once, so that the first pane to use
     * it (on the FX thread, when the console's target changes) finds the driver started. Blocking; throws as a
     * request does.
     */
    public void warmUp(ConnectionTarget target) {
        client(target).getVersion();
    }

    /**
     * A client like {@link #client(ConnectionTarget)} (a profile's endpoints, TLS, protocol and JWT included) whose
     * requests may take up to {@link #LONG_CALL_TIMEOUT}. Kept apart from the short-timeout client, so an
     * unreachable server still fails every other call in seconds.
     */
    public synchronized ArangoDB longRunning(ConnectionTarget target) {
        return cached(target, longClients, Math.toIntExact(LONG_CALL_TIMEOUT.toMillis()));
    }

    /** A profile's client with {@code millis} as its timeout when {@code target} is registered, else a plain one. */
    private ArangoDB cached(ConnectionTarget target, Map<Object, ArangoDB> cache, int millis) {
        if (closed) {
            throw new IllegalStateException("the driver clients are closed");
        }
        ServerSpec spec = specs.get(target);
        if (spec != null) {
            return cache.computeIfAbsent(target, t -> {
                // the short clients keep the profile's own timeout
                ServerSpec built = cache == shortClients ? spec : spec.withTimeoutSeconds(millis / 1000);
                LOG.info("Building driver client for {} with {}", t, built);
                return ClientFactory.build(built, vertx(), host -> skipped(target, host),
                        built.timeoutSeconds() * 1000);
            });
        }
        Key key = new Key(target.endpoint(), target.user(), target.password());
        return cache.computeIfAbsent(key, k -> build(target, millis, vertx()));
    }

    private Vertx vertx() {
        if (vertx == null) {
            vertx = Vertx.vertx(new VertxOptions().setPreferNativeTransport(true)
                    .setEventLoopPoolSize(Math.max(2, Runtime.getRuntime().availableProcessors())));
        }
        return vertx;
    }

    private static ArangoDB build(ConnectionTarget target, int timeoutMillis, Vertx vertx) {
        URI uri = parse(target.endpoint());
        boolean tls = "https".equalsIgnoreCase(uri.getScheme()) || "ssl".equalsIgnoreCase(uri.getScheme());
        int port = uri.getPort() > 0 ? uri.getPort() : 8529;
        LOG.info("Building driver client for {}", target);
        // HTTP/1.1 rather than the driver's default h2c: it passes every proxy and load balancer a DBA may have in
        // front of ArangoDB, and the console sends few concurrent requests.
        return new ArangoDB.Builder()
                .host(uri.getHost(), port)
                .useSsl(tls)
                .user(target.user())
                .password(target.password())
                .protocol(Protocol.HTTP_JSON)
                .protocolConfig(HttpProtocolConfig.builder().vertx(vertx).build())
                .timeout(timeoutMillis)
                .build();
    }

    /** Accepts {@code http://h:p}, {@code https://h:p}, {@code tcp://h:p} and a bare {@code h:p}. */
    static URI parse(String endpoint) {
        String text = endpoint.strip();
        if (!text.contains("://")) {
            text = "http://" + text;
        }
        URI uri = URI.create(text.replaceFirst("^tcp://", "http://"));
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("not an endpoint: " + endpoint);
        }
        return uri;
    }

    /** Shuts every client down; their Vert.x threads would otherwise keep the JVM alive. */
    @Override
    public synchronized void close() {
        closed = true;
        for (Map<Object, ArangoDB> cache : List.of(shortClients, longClients)) {
            cache.values().forEach(ArangoClients::shutdownQuietly);
            cache.clear();
        }
        aloneClients.values().forEach(ArangoClients::shutdownQuietly);
        aloneClients.clear();
        if (vertx != null) {
            // the clients do not close a Vert.x instance they were given
            vertx.close();
            vertx = null;
        }
    }

    private static void shutdownQuietly(ArangoDB client) {
        try {
            client.shutdown();
        } catch (RuntimeException e) {
            LOG.warn("Driver client shutdown failed; its connections may linger until exit", e);
        }
    }
}
