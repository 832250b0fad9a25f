package io.arangoconsole.core.monitoring;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Duration;

/**
 * "The {@code endpoint} (primary, replica) has been down for {@code forSeconds}": watches
 * {@link SeriesNames#endpointUp(String)}, which the health probe samples as 1 (up) or 0 (down).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EndpointDownRule(String id, String name, String endpoint, long forSeconds) implements AlertRule {

    public EndpointDownRule {
        ThresholdRule.requireText(id, "id");
        ThresholdRule.requireText(endpoint, "endpoint");
        if (forSeconds < 0) {
            throw new IllegalArgumentException("forSeconds must not be negative, was " + forSeconds);
        }
        if (name == null || name.isBlank()) {
            name = endpoint + " down" + (forSeconds == 0 ? "" : " for " + DurationText.of(forSeconds));
        }
    }

    /** A new rule (fresh id, generated name). */
    public static EndpointDownRule of(String endpoint, Duration lasting) {
        return new EndpointDownRule(ThresholdRule.newId(), null, endpoint, lasting.toSeconds());
    }

    @Override
    public String watchedSeries() {
        return SeriesNames.endpointUp(endpoint);
    }

    @Override
    public boolean breachedBy(double value) {
        return value < 0.5;
    }
}
