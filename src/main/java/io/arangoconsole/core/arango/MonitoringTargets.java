package io.arangoconsole.core.arango;

import com.arangodb.ArangoDB;
import io.arangoconsole.core.connection.ConnectionTarget;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The monitoring panes' view of the connection: the target the console is connected to now (it changes when the
 * user switches connections), its shared driver client, and the label its timings are recorded under.
 */
final class MonitoringTargets {
    private final ArangoClients clients;
    private final Supplier<ConnectionTarget> current;

    MonitoringTargets(ArangoClients clients, Supplier<ConnectionTarget> current) {
        this.clients = clients;
        this.current = current;
    }

    /** The target now, or null before the first connection. */
    ConnectionTarget current() {
        return current.get();
    }

    ConnectionTarget target() {
        ConnectionTarget target = current.get();
        if (target == null) {
            throw new IllegalStateException("not connected to a server yet");
        }
        return target;
    }

    ArangoDB client(ConnectionTarget target) {
        return clients.client(target);
    }

    /** {@code primary}, {@code replica}, {@code sandbox}: the target column of the console's timings. */
    static String label(ConnectionTarget target) {
        return target.label().name().toLowerCase(Locale.ROOT);
    }
}
