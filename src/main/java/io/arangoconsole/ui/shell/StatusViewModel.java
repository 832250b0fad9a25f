package io.arangoconsole.ui.shell;

import io.arangoconsole.core.arango.ServerInfo;
import io.arangoconsole.core.arango.ServerProbe;
import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.ui.common.Formats;
import io.arangoconsole.ui.common.Poller;
import io.arangoconsole.ui.common.Poller.Polling;
import java.time.Duration;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

/**
 * The status bar: which server the console talks to, what it is, and how fast it answers. The server is probed
 * every {@link #PERIOD} while the window is shown.
 */
public final class StatusViewModel {

    public static final Duration PERIOD = Duration.ofSeconds(5);
    static final String NO_VALUE = "—";

    private final ServerProbe probe;
    private final Poller poller;
    private final StringProperty endpoint = new SimpleStringProperty(this, "endpoint", "not connected");
    private final StringProperty label = new SimpleStringProperty(this, "label", "");
    private final StringProperty version = new SimpleStringProperty(this, "version", "");
    private final StringProperty role = new SimpleStringProperty(this, "role", "");
    private final StringProperty latency = new SimpleStringProperty(this, "latency", "");
    private final StringProperty error = new SimpleStringProperty(this, "error", "");
    private final StringProperty cluster = new SimpleStringProperty(this, "cluster", "");
    private final BooleanProperty clusterHealthy = new SimpleBooleanProperty(this, "clusterHealthy", true);
    private final StringProperty failover = new SimpleStringProperty(this, "failover", "");
    private final StringProperty busyText = new SimpleStringProperty(this, "busyText", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final BooleanProperty sandbox = new SimpleBooleanProperty(this, "sandbox");
    private final BooleanProperty connected = new SimpleBooleanProperty(this, "connected");
    private Polling polling;
    private boolean active;

    public StatusViewModel(ServerProbe probe, Poller poller) {
        this.probe = probe;
        this.poller = poller;
    }

    /** Shows a long-running step (e.g. starting the sandbox) with a progress indicator. */
    public void showBusy(String text) {
        busyText.set(text);
        busy.set(true);
        error.set("");
    }

    /** Shows why the console has no server; the sentence stays until the next successful probe. */
    public void showError(String sentence) {
        busy.set(false);
        busyText.set("");
        error.set(sentence);
    }

    /** Switches the status bar to {@code target} and probes it now and then every {@link #PERIOD}. */
    public void connect(ConnectionTarget target) {
        if (polling != null) {
            polling.stop();
        }
        busy.set(false);
        busyText.set("");
        endpoint.set(target.endpoint());
        label.set(target.label().display());
        sandbox.set(target.label() == ConnectionTarget.Label.SANDBOX);
        version.set("");
        role.set("");
        latency.set("");
        polling = poller.poll("probe " + target.endpoint(), PERIOD, () -> probe.probe(target),
                this::onProbe, this::onProbeFailed);
        if (active) {
            polling.start();
        }
    }

    private void onProbe(ServerInfo info) {
        connected.set(true);
        error.set("");
        version.set("ArangoDB " + info.version());
        role.set(info.role());
        latency.set(Formats.latency(info.latency()));
        failover.set(failoverText(info));
    }

    /** "Failover: 127.0.0.1:8531 down, on the other 2 coordinators", or empty while every coordinator answers. */
    static String failoverText(ServerInfo info) {
        List<String> down = info.coordinatorsDown();
        if (down.isEmpty()) {
            return "";
        }
        int left = info.coordinators() - down.size();
        return "Failover: " + String.join(", ", down.stream().map(StatusViewModel::hostPort).toList())
                + (down.size() == 1 ? " is" : " are") + " down, on the other " + left + " coordinator"
                + (left == 1 ? "" : "s");
    }

    private static String hostPort(String endpoint) {
        return endpoint.replaceFirst("^[a-zA-Z+]+://", "");
    }

    private void onProbeFailed(Throwable failure) {
        connected.set(false);
        failover.set("");
        latency.set(NO_VALUE);
        error.set(Formats.sentence(failure));
    }

    /** Starts probing (the window is shown). */
    public void activate() {
        active = true;
        if (polling != null) {
            polling.start();
        }
    }

    /** Stops probing (the window is hidden or closing). */
    public void deactivate() {
        active = false;
        if (polling != null) {
            polling.stop();
        }
    }

    public ReadOnlyStringProperty endpointProperty() {
        return endpoint;
    }

    /** {@code primary}, {@code replica} or {@code sandbox}; empty before the first connection. */
    public ReadOnlyStringProperty labelProperty() {
        return label;
    }

    /** {@code ArangoDB 3.12.4} once the server answered. */
    public ReadOnlyStringProperty versionProperty() {
        return version;
    }

    public ReadOnlyStringProperty roleProperty() {
        return role;
    }

    public ReadOnlyStringProperty latencyProperty() {
        return latency;
    }

    /** One sentence when the server cannot be used, otherwise empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    /** Repeats the Cluster pane's summary ("3 of 3 DB-Servers good, ..."); empty when not on a cluster. */
    public void showCluster(ObservableValue<String> summary, ObservableValue<Boolean> healthy) {
        cluster.bind(summary);
        clusterHealthy.bind(healthy);
    }

    public ReadOnlyStringProperty clusterProperty() {
        return cluster;
    }

    /** False while the cluster summary names a problem: the status bar shows it in the danger colour. */
    public ReadOnlyBooleanProperty clusterHealthyProperty() {
        return clusterHealthy;
    }

    /** Which coordinators are down while the others carry every request; empty when all answer. */
    public ReadOnlyStringProperty failoverProperty() {
        return failover;
    }

    public ReadOnlyStringProperty busyTextProperty() {
        return busyText;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** True while the console is on the embedded sandbox: the UI must say so unmistakably. */
    public ReadOnlyBooleanProperty sandboxProperty() {
        return sandbox;
    }

    /** True while the last probe succeeded. */
    public ReadOnlyBooleanProperty connectedProperty() {
        return connected;
    }
}
