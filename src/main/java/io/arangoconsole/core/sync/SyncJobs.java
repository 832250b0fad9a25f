package io.arangoconsole.core.sync;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Runs sync jobs in the background, at most {@code maxConcurrent} at once (the rest wait as PENDING), and does what
 * every finished run needs: appends it to the history and, when it wrote anything, tells {@code onWritten} the
 * target collection so cached statistics of it are dropped. Plain Java: the jobs panel and the command line share it.
 */
public final class SyncJobs implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SyncJobs.class);
    private final SyncConnector connector;
    private final SyncHistory history;
    private final Consumer<String> onWritten;
    private final ExecutorService executor;
    private final List<Handle> active = new CopyOnWriteArrayList<>();

    /**
     * @param onWritten receives the target collection of a run that wrote documents (e.g. to invalidate its stats)
     * @param maxConcurrent how many jobs run at once; each also uses one reader thread
     */
    public SyncJobs(SyncConnector connector, SyncHistory history, Consumer<String> onWritten, int maxConcurrent) {
        this.connector = connector;
        this.history = history;
        this.onWritten = onWritten;
        AtomicInteger count = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(maxConcurrent, r -> {
            Thread t = new Thread(r, "sync-job-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Queues a run of {@code spec}; returns at once. {@code listener} gets the job's progress (at most 10 updates a
     * second, on the job's threads, so it must not block) and last the final state.
     *
     * @throws IllegalStateException when a job with the same id is queued or running
     */
    public synchronized Handle start(SyncSpec spec, Consumer<SyncProgress> listener) {
        String id = spec.config().jobId();
        if (active.stream().anyMatch(h -> h.spec.config().jobId().equals(id))) {
            // two runs of one job would write the same checkpoint and each skip the other's batches
            throw new IllegalStateException("This sync is already running; cancel it or wait for it to end.");
        }
        boolean defaultRejects = spec.config().rejectsFile() == null;
        if (defaultRejects) {
            // every run keeps its rejects: without a file named, one under rejects/ in the data directory
            spec = new SyncSpec(spec.source(), spec.target(), spec.targetCollection(), spec.config().withRejectsFile(
                    RejectFiles.defaultFor(history.file().toAbsolutePath().getParent(), spec.targetCollection(),
                            java.time.LocalDateTime.now())));
        }
        Handle handle = new Handle(spec, listener, defaultRejects);
        active.add(handle);
        executor.execute(() -> {
            SyncResult result = null;
            Throwable failure = null;
            try {
                result = runNow(handle);
            } catch (RuntimeException | Error e) {
                failure = e;
            }
            // no longer active before anyone hears of the end, so "run it again" right then is allowed
            active.remove(handle);
            if (failure == null) {
                handle.result.complete(result);
            } else {
                handle.result.completeExceptionally(failure);
            }
        });
        return handle;
    }

    /** The jobs queued or running now. */
    public List<Handle> active() {
        return List.copyOf(active);
    }

    /** Blocking: compares the whole source of {@code spec} with its target (the "Verify now" of a finished run). */
    public Verification verify(SyncSpec spec, Consumer<String> announce) {
        SyncSource source = connector.source(spec);
        SyncTarget target = connector.target(spec);
        try {
            SyncJobConfig c = spec.config();
            return new Verifier(c.retry(), announce).verify(source, target,
                    new VerifyScope(c.watermark(), null, null, true, c.onDuplicate(), c.batchSize()));
        } finally {
            source.close();
            target.close();
        }
    }

    private SyncResult runNow(Handle handle) {
        SyncSpec spec = handle.spec;
        SyncJob job;
        try {
            if (handle.defaultRejects) {
                RejectFiles.createDirectory(spec.config().rejectsFile());
            }
            job = new SyncJob(connector.source(spec), connector.target(spec), spec.config(), handle::publish);
        } catch (RuntimeException e) {
            // a malformed endpoint or an unreadable file: the run fails like any other, and says why
            return finish(spec, ended(handle, SyncState.FAILED, SyncFailure.describe(e)));
        }
        if (!handle.attach(job)) {
            return finish(spec, ended(handle, SyncState.CANCELLED, "cancelled before it started"));
        }
        return finish(spec, job.run());
    }

    private static SyncResult ended(Handle handle, SyncState state, String message) {
        SyncSpec spec = handle.spec;
        Instant now = Instant.now();
        handle.publish(new SyncProgress(0, -1, 0, null, 0, null, state, message));
        return SyncResult.of(spec.config().jobId(), spec.source().describe(), spec.describeTarget(), now, now, 0, 0,
                0, state, message, null, null, false);
    }

    private SyncResult finish(SyncSpec spec, SyncResult result) {
        try {
            history.append(result, spec);
        } catch (RuntimeException e) {
            LOG.warn("could not record sync run {}", result.jobId(), e);
        }
        if (result.written() > 0) {
            try {
                onWritten.accept(spec.targetCollection());
            } catch (RuntimeException e) {
                LOG.warn("stats invalidation after sync failed", e);
            }
        }
        return result;
    }

    /** Blocking: cancels every job and waits for them to stop; runs keep their checkpoints, so they resume. */
    @Override
    public void close() {
        active.forEach(Handle::cancel);
        executor.shutdown();
        try {
            // a cancel takes effect after the batch in flight: give it that long to store its checkpoint
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /** One queued, running or finished job; pause, resume and cancel work from any thread, also before it starts. */
    public static final class Handle {
        private final SyncSpec spec;
        private final Consumer<SyncProgress> listener;
        private final CompletableFuture<SyncResult> result = new CompletableFuture<>();
        private volatile SyncProgress latest = new SyncProgress(0, -1, 0, null, 0, null, SyncState.PENDING, "queued");
        private SyncJob job;
        private boolean paused;
        private boolean cancelled;

        /** Whether the rejects file is the default one, whose directory the run creates. */
        private final boolean defaultRejects;

        Handle(SyncSpec spec, Consumer<SyncProgress> listener, boolean defaultRejects) {
            this.spec = spec;
            this.listener = listener;
            this.defaultRejects = defaultRejects;
        }

        /** What runs. */
        public SyncSpec spec() {
            return spec;
        }

        /** The latest progress, PENDING until the job starts. */
        public SyncProgress progress() {
            return latest;
        }

        /** Completes with the run's result (also for failed and cancelled runs). */
        public CompletableFuture<SyncResult> result() {
            return result;
        }

        /** Stops between batches until {@link #resume()}. */
        public synchronized void pause() {
            paused = true;
            if (job != null) {
                job.pause();
            }
        }

        /** Continues a paused job. */
        public synchronized void resume() {
            paused = false;
            if (job != null) {
                job.resume();
            }
        }

        /** Ends the run after the batch being written; a queued job never starts. */
        public synchronized void cancel() {
            cancelled = true;
            if (job != null) {
                job.cancel();
            }
        }

        /** Hands the job its pause state; false when it was cancelled before it started. */
        private synchronized boolean attach(SyncJob created) {
            if (cancelled) {
                return false;
            }
            job = created;
            if (paused) {
                created.pause();
            }
            return true;
        }

        private void publish(SyncProgress progress) {
            latest = progress;
            try {
                listener.accept(progress);
            } catch (RuntimeException e) {
                LOG.warn("sync progress listener failed", e);
            }
        }
    }
}
