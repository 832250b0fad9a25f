package io.arangoconsole.core.monitoring;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything one poll of the monitoring panes produced: the server's figures (empty when the scrape failed, with
 * {@code error} saying why), the console's own request timings and requests in flight per target, every series as
 * written to the history, and the alert transitions this poll caused.
 */
public record MonitoringSample(Instant at, Optional<ServerMetrics> server, List<LatencyStats> console,
                               Map<String, Integer> inFlight, Map<String, Double> series, List<AlertEvent> events,
                               Optional<String> error) {
}
