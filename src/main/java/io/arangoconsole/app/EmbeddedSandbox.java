package io.arangoconsole.app;

import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.sandbox.Sandbox;
import io.arangoconsole.sandbox.SandboxConfig;
import io.arangoconsole.ui.shell.SandboxLauncher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The sandbox the console starts when the user has no saved connection; closed when the console exits. Its generated
 * demo data is kept in the console's data directory and read back on the next start (decision 0034). The composition
 * root may {@link #prestart()} it while the window is still being built (decision 0080); {@link #start()} then waits
 * for that start instead of beginning another. Public for the start-to-data benchmark, which starts it exactly as the
 * console does.
 */
public final class EmbeddedSandbox implements SandboxLauncher, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedSandbox.class);
    private static final java.time.Duration KEEP_AT_THE_LATEST = java.time.Duration.ofSeconds(60);

    private final SandboxConfig config;
    private final Path dataDir;
    private final StartupTimeline timeline;
    private final java.util.function.Consumer<ConnectionTarget> warmUp;
    private CompletableFuture<Sandbox> starting;
    private Sandbox sandbox;
    /** start() took over the prestarted sandbox: it, not close(), closes it if the console closes meanwhile. */
    private boolean claimed;
    private boolean closed;
    /** Released when the console's first cards are shown, or it closes: generated data is kept after that. */
    private final java.util.concurrent.CountDownLatch quiet = new java.util.concurrent.CountDownLatch(1);

    /** @param dataDir where the demo data is kept between starts; null keeps it nowhere */
    public EmbeddedSandbox(SandboxConfig config, Path dataDir) {
        this(config, dataDir, new StartupTimeline(), target -> { });
    }

    /** @param warmUp run on the starting thread once the sandbox listens, e.g. to build the driver's client */
    EmbeddedSandbox(SandboxConfig config, Path dataDir, StartupTimeline timeline,
                    java.util.function.Consumer<ConnectionTarget> warmUp) {
        this.config = config;
        this.dataDir = dataDir;
        this.timeline = timeline;
        this.warmUp = warmUp;
        timeline.onCardsShown(quiet::countDown);
    }

    /** Begins starting the sandbox on a thread of its own and returns at once; {@link #start()} waits for it. */
    public void prestart() {
        synchronized (this) {
            if (starting != null || closed) {
                return;
            }
            starting = new CompletableFuture<>();
        }
        CompletableFuture<Sandbox> future = starting;
        Thread thread = new Thread(() -> {
            try {
                future.complete(startNow());
            } catch (RuntimeException e) {
                future.completeExceptionally(e);
            }
        }, "sandbox-start");
        thread.setDaemon(true);
        thread.start();
    }

    /** Blocking: the started sandbox's target, after the prestarted start if there was one. */
    @Override
    public ConnectionTarget start() {
        CompletableFuture<Sandbox> future;
        synchronized (this) {
            if (sandbox != null) {
                return target(sandbox);
            }
            if (closed) {
                throw new IllegalStateException("the console is closing");
            }
            future = starting;
            claimed = future != null;
        }
        Sandbox started;
        if (future == null) {
            started = startNow();
        } else {
            try {
                started = future.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
        synchronized (this) {
            if (closed) {
                // The console was closed while the demo data was being built.
                started.close();
                throw new IllegalStateException("the console is closing");
            }
            sandbox = started;
        }
        return target(started);
    }

    private Sandbox startNow() {
        LOG.info("Starting the embedded sandbox with {} records", config.records());
        Sandbox started = Sandbox.start(config, dataDir, this::awaitFirstData);
        timeline.mark(StartupTimeline.Mark.DEMO_DATA_READY, started.dataReadyNanos());
        timeline.mark(StartupTimeline.Mark.SANDBOX_LISTENING);
        LOG.info("Embedded sandbox listening on {}, its demo data {}", started.url(),
                started.demoDataReadBack() ? "read back from the data directory" : "generated");
        try {
            warmUp.accept(target(started));
        } catch (RuntimeException e) {
            // Only a head start is lost: the panes build the client themselves when they connect.
            LOG.warn("The driver could not be started ahead for the sandbox on {}", started.url(), e);
        }
        return started;
    }

    /**
     * On the thread keeping generated data: waits until the first cards are shown (decision 0086), so writing the
     * data file does not compete with the first stats; at most {@link #KEEP_AT_THE_LATEST}, for a console whose first
     * data never comes.
     */
    private void awaitFirstData() {
        try {
            quiet.await(KEEP_AT_THE_LATEST.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private ConnectionTarget target(Sandbox running) {
        return new ConnectionTarget(running.url(), "root", config.password(), config.dataset().database(),
                ConnectionTarget.Label.SANDBOX);
    }

    @Override
    public void close() {
        quiet.countDown(); // generated data still to be kept is written now, while the sandbox closes
        Sandbox running;
        CompletableFuture<Sandbox> pending;
        synchronized (this) {
            closed = true;
            running = sandbox;
            sandbox = null;
            pending = running == null && !claimed ? starting : null;
        }
        if (pending != null) {
            // Started ahead but never asked for: closed when it is up, without holding the console's exit.
            pending.thenAccept(Sandbox::close);
        }
        if (running != null) {
            running.close();
            LOG.info("Embedded sandbox closed");
        }
    }
}
