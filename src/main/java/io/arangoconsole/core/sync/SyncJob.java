package io.arangoconsole.core.sync;

import com.fasterxml.jackson.databind.JsonNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * One run of a sync job: reads the source in batches (a reader thread fills a queue of at most
 * {@code inFlight} batches), writes each batch to the target, stores the checkpoint after every committed batch,
 * and verifies the synced range at the end. {@link #run()} blocks its caller; {@link #pause()}, {@link #resume()}
 * and {@link #cancel()} may be called from any thread and take effect between batches. Progress reaches the listener
 * at most 10 times a second, on the thread that produced it.
 */
public final class SyncJob {
    private static final Logger LOG = LoggerFactory.getLogger(SyncJob.class);
    private final SyncSource source;
    private final SyncTarget target;
    private final SyncJobConfig config;
    private final ProgressThrottle throttle;
    private final Clock clock;
    private final LongSupplier nanoTime;
    private final Random random;
    private final JobControl control = new JobControl();
    private volatile SyncProgress latest = new SyncProgress(0, -1, 0, null, 0, null, SyncState.PENDING, null);
    private volatile long done;
    private volatile long written;
    private volatile long rejected;
    private volatile long estimated = -1;
    private volatile Position high;
    /** Shown with the running state: why reading is slow (see {@link SyncSource#readNote()}), or null. */
    private volatile String note;
    private long startNanos;

    /** A job reporting progress to {@code listener} (which must not block; it may be a no-op). */
    public SyncJob(SyncSource source, SyncTarget target, SyncJobConfig config, Consumer<SyncProgress> listener) {
        this(source, target, config, listener, Clock.systemUTC(), System::nanoTime, new Random());
    }

    SyncJob(SyncSource source, SyncTarget target, SyncJobConfig config, Consumer<SyncProgress> listener, Clock clock,
            LongSupplier nanoTime, Random random) {
        this.source = source;
        this.target = target;
        this.config = config;
        this.clock = clock;
        this.nanoTime = nanoTime;
        this.random = random;
        this.throttle = new ProgressThrottle(p -> {
            try {
                listener.accept(p);
            } catch (RuntimeException e) {
                LOG.warn("sync progress listener failed", e);
            }
        }, nanoTime, ProgressThrottle.DEFAULT_INTERVAL_NANOS);
    }

    /**
     * Runs the job to its end and returns what it did (once per instance; start a new job to run again); never
     * throws for source or target failures (they end the run as {@link SyncState#FAILED} with the checkpoint at
     * the last committed batch).
     */
    public SyncResult run() {
        Instant started = clock.instant();
        startNanos = nanoTime.getAsLong();
        Retrier retrier = new Retrier(config.retry(), control, m -> publish(SyncState.RETRYING, m), random);
        SyncState state;
        String message;
        Verification verification = null;
        boolean resumed = false;
        SourcePump pump = null;
        Thread reader = null;
        try (RejectWriter rejects = new RejectWriter(config.rejectsFile())) {
            publish(SyncState.RUNNING, "preparing " + target.describe());
            retrier.call("prepare", () -> {
                target.prepare();
                return null;
            });
            Checkpoint checkpoint = config.full() ? null
                    : retrier.call("load checkpoint", () -> target.loadCheckpoint(config.jobId())).orElse(null);
            resumed = checkpoint != null && !checkpoint.complete();
            Position from = checkpoint == null ? null : checkpoint.position();
            long[] base = resumed ? new long[]{checkpoint.read(), checkpoint.written(), checkpoint.rejected()}
                    : new long[3];
            high = from == null || from.key() == null ? null : Position.of(from.watermark(), from.key());
            boolean compare = retrier.call("count", target::count) > 0;
            estimated = retrier.call("estimate", () -> source.estimateRemaining(from));
            note = readNote();
            BlockingQueue<SourcePump.Item> queue = new ArrayBlockingQueue<>(config.inFlight());
            pump = new SourcePump(source, queue, config.batchSize(), config.watermark(), retrier, from);
            reader = new Thread(pump, "sync-read-" + config.jobId());
            reader.setDaemon(true);
            reader.start();
            BatchWriter writer = new BatchWriter(target, config.onDuplicate(), rejects, retrier);
            long lastLine = from == null ? 0 : from.line();
            publish(SyncState.RUNNING, null);
            while (true) {
                if (!awaitRunnable()) {
                    throw new Retrier.CancelledException();
                }
                SourcePump.Item item = queue.poll(100, TimeUnit.MILLISECONDS);
                if (item == null) {
                    continue;
                }
                if (item.failure() != null) {
                    throw item.failure();
                }
                if (item.isEnd()) {
                    break;
                }
                BatchWriter.Outcome outcome = writer.write(item.records(), compare);
                lastLine = advance(item.records(), lastLine);
                done += item.records().size();
                written += outcome.written();
                rejected += outcome.rejected();
                save(retrier, lastLine, base, false);
                publish(SyncState.RUNNING, null);
            }
            save(retrier, lastLine, base, true);
            join(reader);
            if (config.verify()) {
                publish(SyncState.VERIFYING, "verifying");
                VerifyScope scope = new VerifyScope(config.watermark(), from, source.ordered() ? high : null,
                        from == null || from.key() == null, config.onDuplicate(), config.batchSize());
                verification = new Verifier(retrier).verify(source, target, scope);
            }
            state = SyncState.SUCCEEDED;
            message = verification == null ? "done" : verification.describe();
        } catch (Retrier.CancelledException e) {
            state = SyncState.CANCELLED;
            message = "cancelled; the next run resumes after the last committed batch";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            state = SyncState.CANCELLED;
            message = "interrupted; the next run resumes after the last committed batch";
        } catch (RuntimeException e) {
            state = SyncState.FAILED;
            message = (SyncFailure.isTransient(e) ? "gave up after " + config.retry().maxRetries() + " retries: " : "")
                    + SyncFailure.describe(e) + "; the checkpoint stays at the last committed batch";
            LOG.warn("sync job {} failed", config.jobId(), e);
        } finally {
            if (pump != null) {
                pump.stop();
            }
            if (reader != null && reader.isAlive()) {
                reader.interrupt();
            }
            join(reader);
            source.close();
        }
        SyncResult result = SyncResult.of(config.jobId(), source.describe(), target.describe(), started,
                clock.instant(), done, written, rejected, state, message, verification,
                config.rejectsFile() == null ? null : config.rejectsFile().toString(), resumed);
        publish(state, message);
        return result;
    }

    /** Stops between batches until {@link #resume()}; the reader fills its queue and waits. */
    public void pause() {
        control.pause();
    }

    /** Continues a paused job. */
    public void resume() {
        control.resume();
    }

    /** Ends the run after the batch being written; its checkpoint lets the next run resume. */
    public void cancel() {
        control.cancel();
    }

    /** The latest progress, whether or not the listener was given it. */
    public SyncProgress progress() {
        return latest;
    }

    /** The job's settings. */
    public SyncJobConfig config() {
        return config;
    }

    private boolean awaitRunnable() throws InterruptedException {
        if (!control.isPaused()) {
            return !control.isCancelled();
        }
        publish(SyncState.PAUSED, "paused");
        boolean goOn = control.awaitRunnable();
        if (goOn) {
            publish(SyncState.RUNNING, null);
        }
        return goOn;
    }

    /** Moves the high-water mark over the batch's documents; returns the last record's line. */
    private long advance(List<SourceRecord> records, long lastLine) {
        Position h = high;
        for (SourceRecord record : records) {
            if (record.doc() != null) {
                JsonNode w = record.doc().get(config.watermark());
                if (WatermarkOrder.isAfter(w, record.key(), h)) {
                    h = Position.of(w, record.key());
                }
            }
        }
        high = h;
        return records.get(records.size() - 1).line();
    }

    private void save(Retrier retrier, long lastLine, long[] base, boolean complete) {
        Position h = high;
        Checkpoint checkpoint = new Checkpoint(config.jobId(), target.collection(), config.watermark(),
                h == null ? null : h.watermark(), h == null ? null : h.key(), complete ? 0 : lastLine,
                base[0] + done, base[1] + written, base[2] + rejected, complete, clock.instant());
        retrier.call("save checkpoint", () -> {
            target.saveCheckpoint(checkpoint);
            return null;
        });
    }

    /** The source's note on slow reading, shown while running; a note that cannot be had is no reason to fail. */
    private String readNote() {
        try {
            return source.readNote();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private void publish(SyncState state, String message) {
        if (message == null && state == SyncState.RUNNING) {
            message = note;
        }
        double seconds = (nanoTime.getAsLong() - startNanos) / 1e9;
        long d = done;
        double rate = seconds > 0 ? d / seconds : 0;
        long total = estimated;
        Duration eta = total >= 0 && rate > 0 ? Duration.ofMillis((long) (Math.max(0, total - d) / rate * 1000))
                : null;
        Position h = high;
        SyncProgress progress = new SyncProgress(d, total, rate, eta, rejected, h == null ? null : h.watermark(),
                state, message);
        latest = progress;
        throttle.offer(progress);
    }

    private static void join(Thread thread) {
        if (thread == null) {
            return;
        }
        try {
            thread.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
