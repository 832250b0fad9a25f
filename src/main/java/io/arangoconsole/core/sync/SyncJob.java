package io.arangoconsole.core.sync;

import com.fasterxml.jackson.databind.JsonNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * One run of a sync job: checks that the stored checkpoint still matches the target (else copies everything missing
 * again), reads the source in batches (a reader thread fills a queue of at most {@code inFlight} batches) in the
 * order {@link ReadPlan} picks, writes each batch to the target, stores the checkpoint after every committed batch,
 * verifies the whole collection at the end and only then marks the checkpoint complete. {@link #run()} blocks its
 * caller; {@link #pause()}, {@link #resume()} and {@link #cancel()} may be called from any thread and take effect
 * between batches. Progress reaches the listener
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
    private volatile long duplicates;
    private volatile long unchanged;
    private long created;
    /** Counts of the run a resumed checkpoint belongs to: read, written, rejected, duplicates, unchanged. */
    private long[] base = new long[5];
    private final Set<String> refusedKeys = new LinkedHashSet<>();
    private String collectionId;
    private long countAtStart;
    /** The {@code _key} of the last record read, where a full copy in {@code _key} order resumes. */
    private String lastKeyRead;
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
     * the last committed batch, never complete).
     */
    public SyncResult run() {
        Instant started = clock.instant();
        startNanos = nanoTime.getAsLong();
        Retrier retrier = new Retrier(config.retry(), control, m -> publish(SyncState.RETRYING, m), random);
        SyncSource reading = source.ordered() ? source : new DistinctKeySource(source, config.onDuplicate());
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
            collectionId = retrier.call("identify", target::collectionId);
            countAtStart = retrier.call("count", target::count);
            Checkpoint checkpoint = config.full() ? null
                    : retrier.call("load checkpoint", () -> target.loadCheckpoint(config.jobId())).orElse(null);
            String resync = checkpoint == null ? null
                    : CheckpointCheck.problem(checkpoint, target.collection(), collectionId, countAtStart);
            if (resync != null && !config.autoResync()) {
                throw new CheckpointMismatch(resync + "; automatic re-sync is off, so nothing was copied: run a "
                        + "full re-sync to copy what is missing.");
            }
            if (resync != null) {
                LOG.info("sync job {}: {}; re-syncing everything that is missing", config.jobId(), resync);
                checkpoint = null;
            }
            resumed = checkpoint != null && !checkpoint.complete();
            ReadPlan plan = ReadPlan.of(reading, checkpoint, config.watermark());
            if (checkpoint != null) {
                high = checkpoint.lastKey() == null ? null
                        : Position.of(checkpoint.lastWatermark(), checkpoint.lastKey());
                refusedKeys.addAll(checkpoint.refusedKeys());
            }
            if (resumed) {
                base = new long[]{checkpoint.read(), checkpoint.written(), checkpoint.rejected(),
                    checkpoint.duplicates(), checkpoint.unchanged()};
            }
            lastKeyRead = plan.byKey() && plan.from() != null ? plan.from().key() : null;
            boolean compare = countAtStart > 0;
            long alreadyRead = base[0];
            estimated = retrier.call("estimate", () -> plan.byKey() ? Math.max(-1, reading.count() - alreadyRead)
                    : reading.estimateRemaining(plan.from()));
            String slow = plan.byKey() ? null : readNote();
            note = (resync == null ? "" : resync + "; copying everything that is missing again; ")
                    + plan.describe() + (slow == null ? "" : "; " + slow);
            BlockingQueue<SourcePump.Item> queue = new ArrayBlockingQueue<>(config.inFlight());
            pump = new SourcePump(reading, queue, config.batchSize(), config.watermark(), retrier, plan.from(),
                    plan.byKey());
            reader = new Thread(pump, "sync-read-" + config.jobId());
            reader.setDaemon(true);
            reader.start();
            BatchWriter writer = new BatchWriter(target, config.onDuplicate(), rejects, retrier);
            long lastLine = plan.from() == null ? 0 : plan.from().line();
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
                count(item.records().size(), outcome);
                save(retrier, lastLine, plan.byKey(), false, false);
                publish(SyncState.RUNNING, null);
            }
            join(reader);
            save(retrier, lastLine, plan.byKey(), true, false);
            if (config.verify()) {
                publish(SyncState.VERIFYING, "verifying the whole collection");
                VerifyScope scope = new VerifyScope(config.watermark(), plan.byKey() ? null : plan.from(),
                        reading.ordered() ? high : null, plan.byKey(),
                        config.onDuplicate(), config.batchSize(), refusedKeys);
                verification = new Verifier(retrier).verify(reading, target, scope);
            }
            if (verification == null || verification.equal()) {
                save(retrier, lastLine, plan.byKey(), true, true);
            }
            state = SyncState.SUCCEEDED;
            message = (resync == null ? "" : resync + "; everything missing was copied again. ")
                    + (verification == null ? "done" : verification.describe());
        } catch (Retrier.CancelledException e) {
            state = SyncState.CANCELLED;
            message = "cancelled; the next run resumes after the last committed batch";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            state = SyncState.CANCELLED;
            message = "interrupted; the next run resumes after the last committed batch";
        } catch (CheckpointMismatch e) {
            state = SyncState.FAILED;
            message = e.getMessage();
            LOG.warn("sync job {} stopped", config.jobId(), e);
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
            reading.close();
        }
        SyncResult result = SyncResult.of(config.jobId(), source.describe(), target.describe(), started,
                clock.instant(), new SyncResult.Counts(done, written, rejected, duplicates, unchanged), state,
                message, verification, config.rejectsFile() == null ? null : config.rejectsFile().toString(),
                resumed);
        publish(state, message);
        return result;
    }

    /** A checkpoint that does not match the target, with automatic re-sync off: the run stops and says why. */
    private static final class CheckpointMismatch extends RuntimeException {
        CheckpointMismatch(String sentence) {
            super(sentence);
        }
    }

    private void count(int records, BatchWriter.Outcome outcome) {
        done += records;
        written += outcome.written();
        created += outcome.created();
        rejected += outcome.rejected();
        duplicates += outcome.duplicates();
        unchanged += outcome.unchanged();
        for (String key : outcome.refusedKeys()) {
            if (refusedKeys.size() < Checkpoint.MAX_REFUSED) {
                refusedKeys.add(key);
            }
        }
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
        lastKeyRead = records.get(records.size() - 1).key() == null ? lastKeyRead
                : records.get(records.size() - 1).key();
        return records.get(records.size() - 1).line();
    }

    private void save(Retrier retrier, long lastLine, boolean byKey, boolean readDone, boolean complete) {
        Position h = high;
        Checkpoint checkpoint = new Checkpoint(config.jobId(), target.collection(), collectionId, config.watermark(),
                h == null ? null : h.watermark(), h == null ? null : h.key(),
                byKey && !readDone ? Checkpoint.KEY_ORDER : Checkpoint.WATERMARK_ORDER, lastKeyRead,
                complete ? 0 : lastLine, base[0] + done, base[1] + written, base[2] + rejected, base[3] + duplicates,
                base[4] + unchanged, countAtStart + created, List.copyOf(refusedKeys), readDone, complete,
                clock.instant());
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
