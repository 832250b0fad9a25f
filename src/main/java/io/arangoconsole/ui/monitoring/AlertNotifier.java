package io.arangoconsole.ui.monitoring;

import io.arangoconsole.ui.common.Formats;
import io.arangoconsole.core.monitoring.AlertEvent;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns alert transitions into ControlsFX desktop notifications. Called on the FX thread. */
public final class AlertNotifier implements Consumer<AlertEvent> {
    private static final Logger LOG = LoggerFactory.getLogger(AlertNotifier.class);

    @Override
    public void accept(AlertEvent event) {
        String value = String.format(Locale.ROOT, "%.3g", event.value());
        boolean fired = event.transition() == AlertEvent.Transition.FIRED;
        LOG.info("Alert {} {} at {} (value {})", event.rule().name(), event.transition(), event.at(), value);
        try {
            Notifications n = Notifications.create()
                    .title(fired ? "Alert: " + event.rule().name() : "Cleared: " + event.rule().name())
                    .text((fired ? "Fired" : "Cleared") + " at " + Formats.time(event.at()) + ", value " + value + ".")
                    .hideAfter(Duration.seconds(fired ? 15 : 6));
            if (fired) {
                n.showWarning();
            } else {
                n.showInformation();
            }
        } catch (RuntimeException e) {
            // No window to anchor the popup to (e.g. minimised at start): the log line above is the record.
            LOG.warn("Could not show the alert notification", e);
        }
    }
}
