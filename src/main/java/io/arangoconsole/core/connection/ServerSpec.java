package io.arangoconsole.core.connection;

import java.util.List;

/**
 * Everything the driver needs to build a client for one side of a profile (primary or replica). Holds the secret in
 * memory only; {@link #toString()} never prints it.
 *
 * @param dirtyRead reads carry {@code x-arango-allow-dirty-read: true}, so a cluster's followers may answer them
 */
public record ServerSpec(List<String> endpoints, String user, String secret, AuthMethod auth, boolean tls,
                         String caFile, boolean verifyHost, WireProtocol protocol, int poolSize, int timeoutSeconds,
                         boolean dirtyRead) {

    public ServerSpec {
        endpoints = List.copyOf(endpoints);
        secret = secret == null ? "" : secret;
    }

    /** The primary side of {@code profile}. */
    public static ServerSpec primary(ConnectionProfile p, String secret) {
        return new ServerSpec(p.primaryEndpoints(), p.user(), secret, p.auth(), p.tls(), p.caFile(), p.verifyHost(),
                p.protocol(), p.poolSize(), p.timeoutSeconds(), false);
    }

    /** The replica side of {@code profile}, or null when it has none. */
    public static ServerSpec replica(ConnectionProfile p, String primarySecret, String replicaSecret) {
        return switch (p.replicaMode()) {
            case NONE -> null;
            case DIRTY_READ -> new ServerSpec(p.primaryEndpoints(), p.user(), primarySecret, p.auth(), p.tls(),
                    p.caFile(), p.verifyHost(), p.protocol(), p.poolSize(), p.timeoutSeconds(), true);
            case SEPARATE -> new ServerSpec(p.replicaEndpoints(), p.effectiveReplicaUser(), replicaSecret,
                    p.auth(), p.tls(), p.caFile(), p.verifyHost(), p.protocol(), p.poolSize(), p.timeoutSeconds(),
                    false);
        };
    }

    /** The same side with another request timeout (an index build answers only once the index is built). */
    public ServerSpec withTimeoutSeconds(int seconds) {
        return new ServerSpec(endpoints, user, secret, auth, tls, caFile, verifyHost, protocol, poolSize, seconds,
                dirtyRead);
    }

    /** The same side on other endpoints (one coordinator of the list, probed alone). */
    public ServerSpec withEndpoints(List<String> others) {
        return new ServerSpec(others, user, secret, auth, tls, caFile, verifyHost, protocol, poolSize, timeoutSeconds,
                dirtyRead);
    }

    /** The same side with another connection pool size. */
    public ServerSpec withPoolSize(int size) {
        return new ServerSpec(endpoints, user, secret, auth, tls, caFile, verifyHost, protocol, size, timeoutSeconds,
                dirtyRead);
    }

    /** The target the rest of the console passes around for this side. */
    public ConnectionTarget target(String database, ConnectionTarget.Label label) {
        return new ConnectionTarget(endpoints.get(0), user, secret, database, label);
    }

    @Override
    public String toString() {
        return "ServerSpec[" + user + "@" + endpoints + (tls ? " tls" : "") + " " + protocol.display()
                + " pool " + poolSize + (dirtyRead ? " dirty-read" : "") + "]";
    }
}
