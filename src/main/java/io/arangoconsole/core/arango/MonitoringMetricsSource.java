package io.arangoconsole.core.arango;

import com.arangodb.Request;
import com.arangodb.Response;
import com.arangodb.util.RawBytes;
import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.core.monitoring.MetricsSource;
import java.util.function.Supplier;

/**
 * {@link MetricsSource} over the driver: {@code GET /_admin/metrics/v2} of the connected server. The page is
 * Prometheus text, which the driver can only hand back as {@link RawBytes} (String and JsonNode fail to parse).
 * The sampler times the call itself, as {@code metrics.scrape}.
 */
public final class MonitoringMetricsSource implements MetricsSource {
    static final String PATH = "/_admin/metrics/v2";

    private final MonitoringTargets targets;

    /** @param current the target the console is connected to now; null until the first connection */
    public MonitoringMetricsSource(ArangoClients clients, Supplier<ConnectionTarget> current) {
        this.targets = new MonitoringTargets(clients, current);
    }

    /** The timings label of the target scraped now ({@code primary}, {@code replica}, {@code sandbox}). */
    public String targetLabel() {
        ConnectionTarget target = targets.current();
        return target == null ? "none" : MonitoringTargets.label(target);
    }

    @Override
    public byte[] fetchMetricsPage() {
        ConnectionTarget target = targets.target();
        try {
            Request<Void> request = Request.<Void>builder().method(Request.Method.GET).path(PATH).build();
            Response<RawBytes> response = targets.client(target).execute(request, RawBytes.class);
            return response.getBody() == null ? new byte[0] : response.getBody().get();
        } catch (RuntimeException e) {
            throw ArangoErrors.translate(target, e);
        }
    }
}
