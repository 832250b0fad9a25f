package io.arangoconsole.app;

import io.arangoconsole.core.arango.ArangoClients;
import io.arangoconsole.core.arango.InsightArango;
import io.arangoconsole.core.arango.InsightRuns;
import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.core.insight.AdviceService;
import io.arangoconsole.core.insight.IndexUsage;
import io.arangoconsole.core.insight.ObservedQuery;
import io.arangoconsole.core.insight.QueryPlan;
import io.arangoconsole.core.insight.ShapeHistory;
import io.arangoconsole.core.insight.ShapeWatch;
import io.arangoconsole.ui.common.Poller;
import io.arangoconsole.ui.common.TaskRunner;
import io.arangoconsole.ui.insight.OwnQueries;
import io.arangoconsole.ui.insight.ShapesViewModel;
import io.arangoconsole.ui.insight.WorkbenchViewModel;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The query insight part of the composition root: the Workbench (query pane) runs on the database the console is
 * connected to; the shape history is fed from that server's slow log, running list and query log (polled while the
 * console runs) and from the Workbench's own runs, and kept in the data directory across restarts.
 */
final class InsightWiring {
    private static final Logger LOG = LoggerFactory.getLogger(InsightWiring.class);
    /** Shapes kept per history file (all servers), the least recently seen dropped first. */
    static final int MAX_SHAPES = 2_000;

    final WorkbenchViewModel workbench;
    /** The connected database's workbench (FX thread), null before the console is connected. */
    final java.util.function.Supplier<io.arangoconsole.core.insight.QueryWorkbench> workbenches;
    final ShapesViewModel shapes;
    /** Which indexes the connected database's observed shapes read (blocking only on the history's lock). */
    final Supplier<IndexUsage> usage;
    /** Run after an index of the connected database was built or dropped: its shapes are explained again. */
    final Runnable plansChanged;
    private final Poller poller;
    private final java.util.concurrent.Callable<ShapeWatch.Round> round;
    private final java.util.function.Consumer<ShapeWatch.Round> onRound;
    private Poller.Polling polling;

    /**
     * @param period how often the server's query lists and query log are read: the monitoring interval
     */
    InsightWiring(Path dataDir, ArangoClients clients, TaskRunner tasks, Poller poller,
                  ObservableValue<ConnectionTarget> target, Duration period) {
        this.poller = poller;
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
            report.plans().forEach((id, plan) -> watch.notePlan(server(t), id, plan));
            report.shapes().stream().filter(s -> s.explainError() != null).forEach(s ->
                    watch.noteExplainFailure(server(t), s.shape().id(), s.explainError()));
            return report;
        });
        // the console's own runs, profiles and explains show at once (in memory; the next poll saves them)
        workbench.onOwnQueries(new OwnQueries() {
            @Override
            public void ran(ObservedQuery run, QueryPlan plan) {
                noteOwn("count the console's own run", t -> watch.recordOwn(server(t), run, plan));
            }

            @Override
            public void explained(ObservedQuery asked, QueryPlan plan) {
                noteOwn("keep the console's own explain", t -> watch.noteOwnExplain(server(t), asked, plan));
            }

            private void noteOwn(String what, Consumer<ConnectionTarget> note) {
                ConnectionTarget t = current.get();
                if (t != null) {
                    tasks.run(what, () -> {
                        note.accept(t);
                        return watch.shapes(server(t));
                    }, shapes::show, e -> LOG.warn("Could not {} in the shape history", what, e));
                }
            }
        });
        this.round = () -> {
            ConnectionTarget t = current.get();
            // still connecting (the sandbox starts): nothing to read yet, the next round will
            return t == null ? null : watch.poll(server(t), new InsightArango(clients, t));
        };
        this.onRound = done -> {
            if (done != null) {
                shapes.queryLog(done.queryLog());
                shapes.show(done.shapes());
            }
        };
        this.polling = poller.poll("query shapes", period, round, onRound, shapes::failed);
        this.usage = () -> {
            ConnectionTarget t = current.get();
            return t == null ? IndexUsage.NONE : watch.usage(server(t));
        };
        // the history's lock may be held by a poll saving it: never waited for on the FX thread
        this.plansChanged = () -> tasks.run("mark the shapes' plans outdated", () -> {
            ConnectionTarget t = current.get();
            if (t != null) {
                watch.plansChanged(server(t));
            }
            return null;
        }, done -> { }, e -> LOG.warn("Could not mark the query shapes' plans outdated", e));
        target.addListener((obs, old, now) -> {
            if (now == null) {
                shapes.show(java.util.List.of());
            } else {
                tasks.run("the new server's query shapes", () -> watch.shapes(server(now)), shapes::show,
                        shapes::failed);
            }
        });
    }

    /** Starts polling the slow log and the running list into the history. FX thread. */
    void start() {
        polling.start();
    }

    /** Stops the polling. FX thread. */
    void stop() {
        polling.stop();
    }

    /** Polls every {@code period} from now on (the monitoring interval changed). FX thread. */
    void reschedule(Duration period) {
        boolean running = polling.isRunning();
        polling.stop();
        polling = poller.poll("query shapes", period, round, onRound, shapes::failed);
        if (running) {
            polling.start();
        }
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
