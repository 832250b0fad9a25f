package io.arangoconsole.core.monitoring;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A user-defined alert: a condition on one sampled series ({@link SeriesNames}) that must hold for
 * {@code forSeconds} before the alert fires. Saved with the settings as JSON, told apart by {@code "kind"}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = ThresholdRule.class, name = "threshold"),
    @JsonSubTypes.Type(value = EndpointDownRule.class, name = "endpointDown")
})
public sealed interface AlertRule permits ThresholdRule, EndpointDownRule {

    /** Stable identity, so editing a rule's threshold in the settings is still the same rule. */
    String id();

    /** What the notification and the chart mark say. */
    String name();

    /** How long the condition must hold before the alert fires; 0 fires on the first breaching sample. */
    long forSeconds();

    /** The series this rule watches. */
    String watchedSeries();

    /** Whether one sample of the watched series breaches the rule. */
    boolean breachedBy(double value);
}
