package io.arangoconsole.core.connection;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * A saved way to reach a deployment: its primary endpoints (several coordinators are load-balanced round robin), an
 * optional replica, the database, the user and how that user authenticates, TLS, protocol, pool size and request
 * timeout. Deliberately without a secret: passwords and tokens live in a {@link SecretStore}, never in the file.
 *
 * @param replicaEndpoints the replica deployment's endpoints when {@code replicaMode} is {@link ReplicaMode#SEPARATE}
 * @param replicaUser the replica deployment's user; empty means the primary's user
 * @param caFile a PEM or DER CA certificate to trust, empty to use the JVM's trust store
 * @param timeoutSeconds per request, connect and idle timeout
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ConnectionProfile(String name, List<String> primaryEndpoints, ReplicaMode replicaMode,
                                List<String> replicaEndpoints, String replicaUser, String database, String user,
                                AuthMethod auth, boolean tls, String caFile, boolean verifyHost,
                                WireProtocol protocol, int poolSize, int timeoutSeconds, Environment environment) {

    /** The plan's figure: enough for parallel pane refreshes and an index build without queueing. */
    public static final int DEFAULT_POOL_SIZE = 20;
    public static final int DEFAULT_TIMEOUT_SECONDS = 10;

    public ConnectionProfile {
        name = name == null ? "" : name.strip();
        primaryEndpoints = primaryEndpoints == null ? List.of() : List.copyOf(primaryEndpoints);
        replicaMode = replicaMode == null ? ReplicaMode.NONE : replicaMode;
        replicaEndpoints = replicaEndpoints == null ? List.of() : List.copyOf(replicaEndpoints);
        replicaUser = replicaUser == null ? "" : replicaUser.strip();
        database = database == null ? "" : database.strip();
        user = user == null || user.isBlank() ? "root" : user.strip();
        auth = auth == null ? AuthMethod.PASSWORD : auth;
        caFile = caFile == null ? "" : caFile.strip();
        protocol = protocol == null ? WireProtocol.HTTP2 : protocol;
        poolSize = poolSize <= 0 ? DEFAULT_POOL_SIZE : poolSize;
        timeoutSeconds = timeoutSeconds <= 0 ? DEFAULT_TIMEOUT_SECONDS : timeoutSeconds;
        environment = environment == null ? Environment.OTHER : environment;
    }

    /** A profile without a stated environment ("other"), as profiles saved before environments existed read. */
    public ConnectionProfile(String name, List<String> primaryEndpoints, ReplicaMode replicaMode,
                             List<String> replicaEndpoints, String replicaUser, String database, String user,
                             AuthMethod auth, boolean tls, String caFile, boolean verifyHost, WireProtocol protocol,
                             int poolSize, int timeoutSeconds) {
        this(name, primaryEndpoints, replicaMode, replicaEndpoints, replicaUser, database, user, auth, tls, caFile,
                verifyHost, protocol, poolSize, timeoutSeconds, Environment.OTHER);
    }

    /** The same profile in {@code newEnvironment}. */
    public ConnectionProfile withEnvironment(Environment newEnvironment) {
        return new ConnectionProfile(name, primaryEndpoints, replicaMode, replicaEndpoints, replicaUser, database,
                user, auth, tls, caFile, verifyHost, protocol, poolSize, timeoutSeconds, newEnvironment);
    }

    /** A new profile with the defaults: HTTP/2, pool 20, 10 s timeout, host verification on, no replica. */
    public static ConnectionProfile of(String name, String endpoint, String database) {
        return new ConnectionProfile(name, List.of(endpoint), ReplicaMode.NONE, List.of(), "", database, "root",
                AuthMethod.PASSWORD, endpoint.strip().startsWith("https"), "", true, WireProtocol.HTTP2,
                DEFAULT_POOL_SIZE, DEFAULT_TIMEOUT_SECONDS);
    }

    /** The same profile with a replica deployment at {@code endpoints} (same user unless {@code user}). */
    public ConnectionProfile withSeparateReplica(List<String> endpoints, String user) {
        return new ConnectionProfile(name, primaryEndpoints, ReplicaMode.SEPARATE, endpoints, user, database,
                this.user, auth, tls, caFile, verifyHost, protocol, poolSize, timeoutSeconds, environment);
    }

    /** The same profile with TLS on, trusting {@code caFile}. */
    public ConnectionProfile withTls(String caFile, boolean verifyHost) {
        return new ConnectionProfile(name, primaryEndpoints, replicaMode, replicaEndpoints, replicaUser, database,
                user, auth, true, caFile, verifyHost, protocol, poolSize, timeoutSeconds, environment);
    }

    /** The user the replica deployment is reached with. */
    public String effectiveReplicaUser() {
        return replicaUser.isEmpty() ? user : replicaUser;
    }

    /** Whether reads may go elsewhere than the primary. */
    public boolean hasReplica() {
        return replicaMode != ReplicaMode.NONE;
    }

    /** The first primary endpoint, shown in lists and the status bar. */
    public String firstEndpoint() {
        return primaryEndpoints.isEmpty() ? "" : primaryEndpoints.get(0);
    }
}
