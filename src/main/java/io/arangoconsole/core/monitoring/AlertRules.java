package io.arangoconsole.core.monitoring;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates the user's alert rules against incoming samples and reports each transition once: FIRED when a
 * condition has held for the rule's duration, CLEARED at the first sample that no longer breaches it; nothing while
 * the state stays. A missing or NaN sample (series not exported, poll failed) changes nothing. Thread-safe.
 */
public final class AlertRules {
    private List<AlertRule> rules = List.of();
    private final Map<String, State> states = new HashMap<>();

    private static final class State {
        final AlertRule rule;
        Instant breachedSince;
        boolean firing;

        State(AlertRule rule) {
            this.rule = rule;
        }
    }

    /** Starts with these rules, none firing. */
    public AlertRules(List<AlertRule> rules) {
        setRules(rules);
    }

    /**
     * Replaces the rules (after the user edited them). A rule that is unchanged (same id and definition) keeps its
     * state, so saving the settings does not re-fire alerts; a changed one starts afresh.
     */
    public synchronized void setRules(List<AlertRule> newRules) {
        Map<String, State> kept = new HashMap<>();
        for (AlertRule rule : newRules) {
            State old = states.get(rule.id());
            if (kept.containsKey(rule.id())) {
                throw new IllegalArgumentException("two rules share the id " + rule.id());
            }
            kept.put(rule.id(), old != null && old.rule.equals(rule) ? old : new State(rule));
        }
        states.clear();
        states.putAll(kept);
        rules = List.copyOf(newRules);
    }

    /** The rules in the order they are evaluated. */
    public synchronized List<AlertRule> rules() {
        return rules;
    }

    /** The rules firing now. */
    public synchronized List<AlertRule> firing() {
        List<AlertRule> out = new ArrayList<>();
        for (AlertRule rule : rules) {
            if (states.get(rule.id()).firing) {
                out.add(rule);
            }
        }
        return out;
    }

    /**
     * Feeds one sample time of any number of series (e.g. {@link ServerMetrics#series()} plus the endpoint health)
     * and returns the transitions it caused, in rule order.
     */
    public synchronized List<AlertEvent> evaluate(Instant at, Map<String, Double> samples) {
        List<AlertEvent> events = new ArrayList<>();
        for (AlertRule rule : rules) {
            Double value = samples.get(rule.watchedSeries());
            if (value == null || value.isNaN()) {
                continue;
            }
            State state = states.get(rule.id());
            if (rule.breachedBy(value)) {
                if (state.breachedSince == null) {
                    state.breachedSince = at;
                }
                long held = Duration.between(state.breachedSince, at).toSeconds();
                if (!state.firing && held >= rule.forSeconds()) {
                    state.firing = true;
                    events.add(new AlertEvent(rule, AlertEvent.Transition.FIRED, at, value));
                }
            } else {
                state.breachedSince = null;
                if (state.firing) {
                    state.firing = false;
                    events.add(new AlertEvent(rule, AlertEvent.Transition.CLEARED, at, value));
                }
            }
        }
        return events;
    }
}
