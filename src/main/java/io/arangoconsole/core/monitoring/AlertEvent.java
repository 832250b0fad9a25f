package io.arangoconsole.core.monitoring;

import java.time.Instant;

/** A rule changed state at {@code at}; {@code value} is the sample of the watched series that made it change. */
public record AlertEvent(AlertRule rule, Transition transition, Instant at, double value) {

    /** Fired: the condition has held long enough. Cleared: a sample no longer breaches the rule. */
    public enum Transition { FIRED, CLEARED }
}
