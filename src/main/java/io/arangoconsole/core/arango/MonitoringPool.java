package io.arangoconsole.core.arango;

import com.arangodb.internal.ArangoDefaults;

/** The connection pool figures the Caches pane sets the requests in flight against. */
public final class MonitoringPool {
    private MonitoringPool() {
    }

    /**
     * Connections per endpoint of the shared clients: {@link ArangoClients} builds them over HTTP/1.1 without
     * setting a maximum, so the driver's HTTP default applies (20).
     */
    public static int maxConnectionsPerEndpoint() {
        return ArangoDefaults.MAX_CONNECTIONS_HTTP_DEFAULT;
    }
}
