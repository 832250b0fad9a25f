package io.arangoconsole.core.monitoring;

import io.arangoconsole.core.stats.DriftRow;
import io.arangoconsole.core.stats.DriftService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The replica's lag per collection as monitoring series, sampled with every monitoring poll
 * ({@link MonitoringSampler#addSeries}) and so kept in the 24 h history and watched by alert rules: the lag in time
 * ({@link SeriesNames#lagSeconds}) for each collection with a freshness attribute, and in documents
 * ({@link SeriesNames#lagDocuments}). A lag that cannot be read is left out of the sample, never written as 0.
 * Without a replica (the drift supplier gives null) the poll adds nothing.
 */
public final class LagSeries implements Supplier<Map<String, Double>> {
    private static final Logger LOG = LoggerFactory.getLogger(LagSeries.class);
    private final Supplier<DriftService> drift;
    private volatile String lastFailure;

    /** @param drift the current connection's drift service, or null while it has no replica */
    public LagSeries(Supplier<DriftService> drift) {
        this.drift = drift;
    }

    @Override
    public Map<String, Double> get() {
        DriftService service = drift.get();
        Map<String, Double> out = new LinkedHashMap<>();
        if (service == null) {
            return out;
        }
        try {
            for (DriftRow row : service.compare()) {
                Double seconds = row.lagSeconds();
                if (seconds != null) {
                    out.put(SeriesNames.lagSeconds(row.collection()), seconds);
                }
                Long documents = row.lagDocuments();
                if (documents != null) {
                    out.put(SeriesNames.lagDocuments(row.collection()), documents.doubleValue());
                }
            }
            lastFailure = null;
        } catch (RuntimeException e) {
            String message = String.valueOf(e.getMessage());
            if (!message.equals(lastFailure)) {
                // once per distinct failure: the poll runs every few seconds
                LOG.warn("Replica lag could not be sampled", e);
                lastFailure = message;
            }
        }
        return out;
    }
}
