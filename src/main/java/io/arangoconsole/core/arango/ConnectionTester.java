package io.arangoconsole.core.arango;

import com.arangodb.ArangoDB;
import com.arangodb.entity.ServerRole;
import io.arangoconsole.core.arango.ConnectionFailure.Reason;
import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.core.connection.ServerSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * "Test connection" of the profile dialog: a throwaway client with exactly the profile's settings, so a test never
 * disturbs the shared clients of the active connection, and a failure is one sentence, never a stack trace.
 */
public final class ConnectionTester {

    /**
     * Blocking: asks the server for its version (timed), role and the profile's database.
     *
     * @throws ConnectionFailure unreachable, TLS, 401 or unknown database, as one sentence
     */
    public ServerInfo test(ServerSpec spec, String database) {
        ConnectionTarget target = spec.target(database, ConnectionTarget.Label.PRIMARY);
        if (spec.tls() && !spec.caFile().isEmpty() && !Files.isRegularFile(Path.of(spec.caFile()))) {
            throw new ConnectionFailure(Reason.TLS, "CA file not found: " + spec.caFile() + ".", null);
        }
        ArangoDB client = null;
        try {
            client = ClientFactory.build(spec);
            long start = System.nanoTime();
            String version = client.getVersion().getVersion();
            Duration latency = Duration.ofNanos(System.nanoTime() - start);
            ServerRole role = client.getRole();
            client.db(database).getInfo();
            return new ServerInfo(version, role == null ? "UNKNOWN" : role.name(), latency);
        } catch (RuntimeException e) {
            throw ArangoErrors.translate(target, e);
        } finally {
            if (client != null) {
                client.shutdown();
            }
        }
    }
}
