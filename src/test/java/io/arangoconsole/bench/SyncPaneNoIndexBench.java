package io.arangoconsole.bench;

import atlantafx.base.theme.PrimerLight;
import io.arangoconsole.core.arango.ArangoClients;
import io.arangoconsole.core.arango.ArangoSyncConnector;
import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.core.sync.SyncHistory;
import io.arangoconsole.core.sync.SyncJobs;
import io.arangoconsole.sandbox.Sandbox;
import io.arangoconsole.sandbox.SandboxConfig;
import io.arangoconsole.settings.SyncDefaults;
import io.arangoconsole.ui.common.FxTaskRunner;
import io.arangoconsole.ui.common.UiThread;
import io.arangoconsole.ui.common.Views;
import io.arangoconsole.ui.sync.SyncJobRow;
import io.arangoconsole.ui.sync.SyncView;
import io.arangoconsole.ui.sync.SyncViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Figures for docs/benchmarks.md (issue 11), not a test: a sync of N documents from a source collection with no
 * index but the primary one, started from the real Sync pane (view, view model, jobs runner, driver; headless
 * Monocle) the way a user starts it: form filled, Start pressed. Prints when the jobs table first shows committed
 * documents and when the run ended (verification included, as the pane does it), after a warm-up sync of 20,000
 * documents from another sandbox. Sandboxes in this JVM.
 * Run: {@code java -Xmx2500m -cp ... io.arangoconsole.bench.SyncPaneNoIndexBench 300000}.
 */
public final class SyncPaneNoIndexBench {
    private SyncPaneNoIndexBench() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 300_000;
        CountDownLatch fxUp = new CountDownLatch(1);
        Platform.startup(fxUp::countDown);
        fxUp.await();
        Platform.setImplicitExit(false);
        Path dir = Files.createTempDirectory("pane-bench");
        try (Sandbox source = Sandbox.start(SandboxConfig.defaults().withRecords(n));
             Sandbox target = Sandbox.start(SandboxConfig.defaults().withRecords(0));
             ArangoClients clients = new ArangoClients()) {
            System.out.printf(Locale.ROOT, "%,d documents, %d cores, %s%n", n,
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
            SyncHistory history = new SyncHistory(dir.resolve("sync-history.jsonl"));
            SyncJobs jobs = new SyncJobs(new ArangoSyncConnector(clients), history, c -> { }, 1);
            ConnectionTarget primary = new ConnectionTarget(target.url(), "root", "", "demo",
                    ConnectionTarget.Label.PRIMARY);
            SyncViewModel model = new SyncViewModel(jobs, history, new FxTaskRunner(Executors.newCachedThreadPool()),
                    UiThread.fx(), new SimpleObjectProperty<>(primary));
            model.setCheckpoints(SyncDefaults.CHECKPOINTS);
            show(model);
            try (Sandbox small = Sandbox.start(SandboxConfig.defaults().withRecords(20_000))) {
                // the same code paths once, so that the measured run does not pay for the JIT's first compilations
                run(model, small, "warm_up_copy", 0);
            }
            run(model, source, "pane_copy", 1);
            jobs.close();
        } finally {
            Platform.exit();
        }
        System.exit(0);
    }

    /** Fills the form, presses Start (on the FX thread) and waits for the run to reach the history. */
    private static void run(SyncViewModel model, Sandbox source, String into, int historyBefore) throws Exception {
        AtomicLong firstBatch = new AtomicLong();
        CompletableFuture<SyncJobRow> started = new CompletableFuture<>();
        long start = System.nanoTime();
        Platform.runLater(() -> {
            model.form().sourceUrlProperty().set(source.url());
            model.form().sourceCollectionProperty().set("va_table");
            model.form().targetCollectionProperty().set(into);
            model.form().watermarkProperty().set("submissiondate");
            SyncJobRow row = model.start();
            row.doneProperty().addListener((obs, old, now) -> {
                if (!now.isEmpty() && !now.startsWith("0 ") && !now.equals("0")) {
                    firstBatch.compareAndSet(0, System.nanoTime());
                }
            });
            started.complete(row);
        });
        SyncJobRow row = started.get(30, TimeUnit.SECONDS);
        while (model.history().size() <= historyBefore) {
            Thread.sleep(50);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        CompletableFuture<String> done = new CompletableFuture<>();
        Platform.runLater(() -> done.complete(row.doneProperty().get() + "; " + row.statusProperty().get()));
        System.out.printf(Locale.ROOT, "%s: first batch shown after %.1f s, ended after %.1f s: %s%n", into,
                (firstBatch.get() - start) / 1e9, seconds, done.get(30, TimeUnit.SECONDS));
    }

    private static void show(SyncViewModel model) throws Exception {
        CompletableFuture<Stage> shown = new CompletableFuture<>();
        Platform.runLater(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            Stage stage = new Stage();
            stage.setScene(new Scene(Views.load(new SyncView(model)), 1100, 720));
            stage.show();
            shown.complete(stage);
        });
        shown.get(30, TimeUnit.SECONDS);
    }
}
