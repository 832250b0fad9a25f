package io.arangoconsole.app;

import io.arangoconsole.core.arango.ArangoClients;
import io.arangoconsole.core.arango.InsightArango;
import io.arangoconsole.core.arango.InsightRuns;
import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.core.insight.AdviceService;
import io.arangoconsole.core.insight.ShapeHistory;
import io.arangoconsole.core.insight.ShapeWatch;
import io.arangoconsole.ui.common.Poller;
import io.arangoconsole.ui.common.TaskRunner;
import io.arangoconsole.ui.insight.ShapesViewModel;
import io.arangoconsole.ui.insight.WorkbenchViewModel;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.value.ObservableValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The query insight part of the composition root: the Workbench (query pane) runs on the database the console is
 * connected to; the shape history is fed from that server's slow log and running list (polled while the console
 * runs) and from the Workbench's own runs, and kept in the data directory across restarts.
 */
final class InsightWiring {
    private static final Logger LOG = LoggerFactory.getLogger(InsightWiring.class);
    /** How often the slow log and the running list are read for the history. */
    static final Duration POLL_PERIOD = Duration.ofSeconds(10);
    /** Shapes kept per history file (all servers), the least recently seen dropped first. */
    static final int MAX_SHAPES = 2_000;

    final WorkbenchViewModel workbench;
    /** The connected database's workbench (FX thread), null before the console is connected. */
    final java.util.function.Supplier<io.arangoconsole.core.insight.QueryWorkbench> workbenches;
    final ShapesViewModel shapes;
    private final Poller.Polling polling;

    InsightWiring(Path dataDir, ArangoClients clients, TaskRunner tasks, Poller poller,
                  ObservableValue<ConnectionTarget> target) {
        // Background threads read the target; the FX thread is its only writer.
        AtomicReference<ConnectionTarget> current = new AtomicReference<>(target.getValue());
        target.addListener((obs, old, now) -> current.set(now));
        ShapeWatch watch = new ShapeWatch(history(dataDir.resolve(ShapeHistory.FILE_NAME)));
        this.workbenches = () -> target.getValue() == null ? null : new InsightRuns(clients, target.getValue());
        this.workbench = new WorkbenchViewModel(tasks, workbenches);
        this.shapes = new ShapesViewModel(tasks, list -> {
            ConnectionTarget t = connected(current);
            InsightArango gateway = new InsightArango(clients, t);
            var report = new AdviceService(gateway).adviseShapes(list);
            report.shapes().stream().filter(s -> s.fullScan() != null).forEach(s ->
                    watch.notePlan(server(t), s.shape().id(), s.fullScan()));
            return report;
        });
        // the console's own runs show at once (in memory; the next poll saves them)
        workbench.onOwnRun(run -> {
            ConnectionTarget t = current.get();
            if (t != null) {
                watch.recordOwn(server(t), run);
                shapes.show(watch.shapes(server(t)));
            }
        });
        this.polling = poller.poll("query shapes", POLL_PERIOD, () -> {
            ConnectionTarget t = current.get();
            // still connecting (the sandbox starts): nothing to read yet, the next round will
            return t == null ? java.util.List.<io.arangoconsole.core.insight.ShapeStats>of()
                    : watch.poll(server(t), new InsightArango(clients, t));
        }, shapes::show, shapes::failed);
        target.addListener((obs, old, now) -> shapes.show(now == null ? java.util.List.of()
                : watch.shapes(server(now))));
    }

    /** Starts polling the slow log and the running list into the history. FX thread. */
    void start() {
        polling.start();
    }

    /** Stops the polling. FX thread. */
    void stop() {
        polling.stop();
    }

    private static ConnectionTarget connected(AtomicReference<ConnectionTarget> current) {
        ConnectionTarget t = current.get();
        if (t == null) {
            throw new IllegalStateException("The console is not connected yet.");
        }
        return t;
    }

    /** The name a server's shapes are kept under: the sandbox keeps one history whatever port it gets. */
    static String server(ConnectionTarget t) {
        return t.label() == ConnectionTarget.Label.SANDBOX ? "sandbox/" + t.database()
                : t.endpoint() + "/" + t.database();
    }

    private static ShapeHistory history(Path file) {
        try {
            return ShapeHistory.load(file, MAX_SHAPES, Clock.systemUTC());
        } catch (IOException e) {
            LOG.warn("Could not read the query shape history {}; starting an empty one that replaces it", file, e);
            return ShapeHistory.empty(file, MAX_SHAPES, Clock.systemUTC());
        }
    }
}
