package io.arangoconsole.core.arango;

import com.arangodb.ArangoDB;
import com.arangodb.entity.ArangoDBVersion;
import com.arangodb.entity.ServerRole;
import io.arangoconsole.core.connection.ConnectionTarget;
import java.time.Duration;

/**
 * The console's door to ArangoDB: blocking calls through the shared client of each endpoint, every failure turned
 * into a {@link ConnectionFailure}. Call it from worker threads only.
 */
public final class ArangoGateway implements ServerProbe, AutoCloseable {

    private final ArangoClients clients;

    public ArangoGateway(ArangoClients clients) {
        this.clients = clients;
    }

    /**
     * Asks for the version (timed: that round trip is the latency shown to the user), the role, and the target
     * database, so a wrong database name shows up at once rather than in the first pane that uses it.
     */
    @Override
    public ServerInfo probe(ConnectionTarget target) {
        try {
            ArangoDB client = clients.client(target);
            long start = System.nanoTime();
            ArangoDBVersion version = client.getVersion();
            Duration latency = Duration.ofNanos(System.nanoTime() - start);
            ServerRole role = client.getRole();
            client.db(target.database()).getInfo();
            return new ServerInfo(version.getVersion(), role == null ? "UNKNOWN" : role.name(), latency);
        } catch (RuntimeException e) {
            throw ArangoErrors.translate(target, e);
        }
    }

    @Override
    public void close() {
        clients.close();
    }
}
