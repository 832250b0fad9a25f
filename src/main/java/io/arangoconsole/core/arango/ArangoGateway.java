package io.arangoconsole.core.arango;

import com.arangodb.ArangoDB;
import com.arangodb.entity.ArangoDBVersion;
import com.arangodb.entity.ServerRole;
import io.arangoconsole.core.connection.ConnectionTarget;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The console's door to ArangoDB: blocking calls through the shared client of each endpoint, every failure turned
 * into a {@link ConnectionFailure}. Call it from worker threads only.
 */
public final class ArangoGateway implements ServerProbe, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ArangoGateway.class);
    private final ArangoClients clients;
    /** Coordinators already logged as down: logged once until they are back. */
    private final Set<String> reported = ConcurrentHashMap.newKeySet();

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
            // each coordinator alone first: the shared client then skips those that do not answer (decision 0065)
            List<String> endpoints = clients.endpoints(target);
            List<String> down = endpoints.size() > 1 ? down(target, endpoints) : List.of();
            clients.skip(target, down);
            ArangoDB client = clients.client(target);
            long start = System.nanoTime();
            ArangoDBVersion version = client.getVersion();
            Duration latency = Duration.ofNanos(System.nanoTime() - start);
            ServerRole role = client.getRole();
            client.db(target.database()).getInfo();
            return new ServerInfo(version.getVersion(), role == null ? "UNKNOWN" : role.name(), latency,
                    endpoints.size(), down);
        } catch (RuntimeException e) {
            throw ArangoErrors.translate(target, e);
        }
    }

    /**
     * The coordinators of {@code target} that do not answer on their own: refused (the driver already moves on,
     * decision 0043) or silent past the probe's short timeout (a hang, which the driver would not leave).
     */
    private List<String> down(ConnectionTarget target, List<String> endpoints) {
        List<String> down = new ArrayList<>();
        for (String endpoint : endpoints) {
            try {
                clients.alone(target, endpoint).getVersion();
            } catch (RuntimeException e) {
                ConnectionFailure failure = ArangoErrors.translate(target, e);
                if (failure.reason() != ConnectionFailure.Reason.UNREACHABLE) {
                    continue;
                }
                if (!reported.contains(endpoint)) {
                    LOG.warn("Coordinator {} of {} does not answer; requests go to the others", endpoint, target, e);
                }
                down.add(endpoint);
            }
        }
        reported.addAll(down);
        reported.retainAll(down);
        return down;
    }

    @Override
    public void close() {
        clients.close();
    }
}
