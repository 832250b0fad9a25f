package io.arangoconsole.ui.monitoring;

import io.arangoconsole.core.monitoring.AlertEvent;
import io.arangoconsole.core.monitoring.ThresholdRule;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The status bar's replica-lag badge: empty while no lag rule fires, else "Replica lag: lag of orders over 5 min
 * for 2 samples" (and "+ N more"). Fed the alert transitions on the FX thread.
 */
public final class LagBadge implements Consumer<AlertEvent> {
    private final Map<String, String> firing = new LinkedHashMap<>();
    private final StringProperty text = new SimpleStringProperty(this, "text", "");

    @Override
    public void accept(AlertEvent event) {
        if (!(event.rule() instanceof ThresholdRule rule) || !rule.watchesLag()) {
            return;
        }
        if (event.transition() == AlertEvent.Transition.FIRED) {
            firing.put(rule.id(), rule.name());
        } else {
            firing.remove(rule.id());
        }
        text.set(firing.isEmpty() ? "" : "Replica lag: " + firing.values().iterator().next()
                + (firing.size() > 1 ? " (+ " + (firing.size() - 1) + " more)" : ""));
    }

    /** The badge's text; empty hides it. */
    public ReadOnlyStringProperty textProperty() {
        return text;
    }
}
