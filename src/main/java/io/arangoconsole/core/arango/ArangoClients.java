package io.arangoconsole.core.arango;

import com.arangodb.ArangoDB;
import com.arangodb.Protocol;
import com.arangodb.http.HttpProtocolConfig;
import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.core.connection.ServerSpec;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
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

    private record Key(String endpoint, String user, String password) {
        @Override
        public String toString() {
            return user + "@" + endpoint;
        }
    }

    private final Map<Key, ArangoDB> clients = new HashMap<>();
    private final Map<ConnectionTarget, ServerSpec> specs = new HashMap<>();
    private final Map<ConnectionTarget, ArangoDB> profileClients = new HashMap<>();
    /** Clients with a long request timeout, keyed like the short ones: endpoint and user, or the profile target. */
    private final Map<Object, ArangoDB> longClients = new HashMap<>();
    private final Map<ConnectionTarget, Integer> registrations = new HashMap<>();
    private final int timeoutMillis;
    /**
     * One Vert.x instance under every client built here. Left to itself the driver starts a Vert.x instance, with
     * its threads, for each connection it opens; a DBA's console holds several clients of up to 20 connections.
     */
    private Vertx vertx;
    private boolean closed;

    /** Clients that give up after {@link #TIMEOUT_MILLIS}: an unreachable server fails in seconds. */
    public ArangoClients() {
        this(java.time.Duration.ofMillis(TIMEOUT_MILLIS));
    }

    /** Clients that give up after {@code timeout} (tests make a slow call cross it in a second, not ten). */
    ArangoClients(java.time.Duration timeout) {
        this.timeoutMillis = Math.toIntExact(timeout.toMillis());
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
            ArangoDB stale = profileClients.remove(target);
            if (stale != null) {
                shutdownQuietly(stale);
            }
            ArangoDB staleLong = longClients.remove(target);
            if (staleLong != null) {
                shutdownQuietly(staleLong);
            }
        }
    }

    /** Undoes one {@link #register}; the last one forgets the target and shuts its client down. */
    public synchronized void unregister(ConnectionTarget target) {
        Integer left = registrations.computeIfPresent(target, (t, n) -> n > 1 ? n - 1 : null);
        if (left != null) {
            return;
        }
        specs.remove(target);
        ArangoDB previous = profileClients.remove(target);
        if (previous != null) {
            shutdownQuietly(previous);
        }
        ArangoDB previousLong = longClients.remove(target);
        if (previousLong != null) {
            shutdownQuietly(previousLong);
        }
    }

    /**
     * True when reads through {@code target} should carry {@code x-arango-allow-dirty-read: true} (a replica made
     * of the primary cluster's followers): pass {@code allowDirtyRead(true)} in the driver's read options.
     */
    public synchronized boolean allowDirtyRead(ConnectionTarget target) {
        ServerSpec spec = specs.get(target);
        return spec != null && spec.dirtyRead();
    }

    /** The shared client for the target's endpoint and credentials, built on first use. */
    public synchronized ArangoDB client(ConnectionTarget target) {
        if (closed) {
            throw new IllegalStateException("the driver clients are closed");
        }
        ServerSpec spec = specs.get(target);
        if (spec != null) {
            return profileClients.computeIfAbsent(target, t -> {
                LOG.info("Building driver client for {} with {}", t, spec);
                return ClientFactory.build(spec, vertx());
            });
        }
        Key key = new Key(target.endpoint(), target.user(), target.password());
        return clients.computeIfAbsent(key, k -> build(target, timeoutMillis, vertx()));
    }

    /**
     * A client like {@link #client(ConnectionTarget)} (a profile's endpoints, TLS, protocol and JWT included) whose
     * requests may take up to {@code timeout}: for the calls that legitimately take long, such as an index build,
     * which ArangoDB answers only once the index is built. Kept apart from the short-timeout client, so an
     * unreachable server still fails every other call in seconds.
     */
    public synchronized ArangoDB longRunning(ConnectionTarget target, java.time.Duration timeout) {
        if (closed) {
            throw new IllegalStateException("the driver clients are closed");
        }
        int millis = Math.toIntExact(timeout.toMillis());
        ServerSpec spec = specs.get(target);
        if (spec != null) {
            return longClients.computeIfAbsent(target, t -> {
                LOG.info("Building long-running driver client for {} with {}", t, spec);
                return ClientFactory.build(spec.withTimeoutSeconds(Math.max(1, millis / 1000)), vertx());
            });
        }
        Key key = new Key(target.endpoint(), target.user(), target.password());
        return longClients.computeIfAbsent(key, k -> build(target, millis, vertx()));
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
        clients.values().forEach(ArangoClients::shutdownQuietly);
        clients.clear();
        profileClients.values().forEach(ArangoClients::shutdownQuietly);
        profileClients.clear();
        longClients.values().forEach(ArangoClients::shutdownQuietly);
        longClients.clear();
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
            LOG.debug("Driver client shutdown failed", e);
        }
    }
}
