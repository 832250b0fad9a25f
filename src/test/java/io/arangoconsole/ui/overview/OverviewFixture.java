package io.arangoconsole.ui.overview;

import atlantafx.base.theme.PrimerLight;
import io.arangoconsole.core.arango.ArangoClients;
import io.arangoconsole.core.arango.StatsSessions;
import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.core.routing.EndpointHealth;
import io.arangoconsole.core.routing.Router;
import io.arangoconsole.core.stats.AttributeOverrides;
import io.arangoconsole.core.stats.StatsSettings;
import io.arangoconsole.sandbox.Sandbox;
import io.arangoconsole.ui.common.FxPoller;
import io.arangoconsole.ui.common.FxTaskRunner;
import io.arangoconsole.ui.common.Views;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;

/**
 * The Overview pane on its own stage over real sandboxes (a primary and, optionally, a replica), as the Overview's
 * TestFX classes set it up and tear it down. A stage of its own: the primary stage is shared by every TestFX class
 * in this JVM.
 */
final class OverviewFixture {

    final Sandbox primary;
    final Sandbox replica;
    final ArangoClients clients = new ArangoClients();
    final ConnectionTarget primaryTarget;
    final ConnectionTarget replicaTarget;
    private final ExecutorService executor = Executors.newFixedThreadPool(2);
    private OverviewViewModel model;
    private Stage stage;

    /** @param replica null for an Overview without drift */
    OverviewFixture(Sandbox primary, Sandbox replica) {
        this.primary = primary;
        this.replica = replica;
        primaryTarget = new ConnectionTarget(primary.url(), "root", "", "demo", ConnectionTarget.Label.PRIMARY);
        replicaTarget = replica == null ? null
                : new ConnectionTarget(replica.url(), "root", "", "demo", ConnectionTarget.Label.REPLICA);
    }

    /** Builds the view model with {@code overrides} and shows the pane (call from the {@code @Start} method). */
    OverviewViewModel show(Supplier<AttributeOverrides> overrides) {
        Router<ConnectionTarget> router = new Router<>(primaryTarget, replicaTarget, new EndpointHealth(1));
        StatsSessions sessions = new StatsSessions(clients, StatsSettings.defaults(), executor);
        model = new OverviewViewModel(new SimpleObjectProperty<>(primaryTarget),
                t -> sessions.open(router, overrides.get()), new FxTaskRunner(executor), new FxPoller(executor),
                Clock.systemUTC());
        return model;
    }

    /** Shows the pane of the model {@link #show} built, at 1000 x 820 in the light theme. */
    Stage stage() {
        if (stage == null) {
            stage = new Stage();
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            Scene scene = new Scene(Views.load(new OverviewView(model)), 1000, 820);
            scene.getStylesheets().add(getClass().getResource("/io/arangoconsole/ui/app.css").toExternalForm());
            stage.setScene(scene);
            stage.show();
        }
        return stage;
    }

    /** Stops polling, closes the stage, the clients and the sandboxes (call from the {@code @AfterEach} method). */
    void close(FxRobot robot) {
        robot.interact(() -> {
            if (model != null) {
                model.deactivate();
            }
            if (stage != null) {
                stage.close();
            }
        });
        if (model != null) {
            model.close();
        }
        executor.shutdownNow();
        clients.close();
        if (replica != null) {
            replica.close();
        }
        primary.close();
    }
}
