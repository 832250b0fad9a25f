package io.arangoconsole.core.indexes;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * A visible queue of index builds, one job per index, built one at a time. A build blocks a thread of
 * {@code builds} for as long as the server takes; meanwhile {@code timer} polls the hidden index's progress every
 * {@code pollEvery}, runs cancels and delivers coalesced change notifications (at most ten a second) to the listener,
 * on its own thread: a UI posts them on to its thread itself. Nothing here blocks the caller.
 *
 * <p>ArangoDB cannot stop a running build; cancelling one drops the hidden index, which ends the build. A 403 from
 * the server disables all further builds, with the reason.
 */
public final class IndexJobQueue {
    private static final Logger LOG = LoggerFactory.getLogger(IndexJobQueue.class);
    private static final long NOTIFY_GAP_MILLIS = 100;
    /** How often scheduled builds look at their window. */
    private static final long WINDOW_CHECK_MILLIS = 30_000;
    private final IndexGateway gateway;
    private final BuildLookups lookups;
    private final Executor builds;
    private final ScheduledExecutorService timer;
    private final Clock clock;
    private final Duration pollEvery;
    private final Coalescer notifier;
    private final AtomicLong ids = new AtomicLong();
    private final List<JobEntry> jobs = new ArrayList<>();
    private volatile Consumer<List<IndexJob>> listener = jobs -> { };
    private volatile Consumer<IndexJob> buildFinished = job -> { };
    private JobEntry running;
    private String disabledReason;
    private boolean windowChecks;
    private String lastWindowFailure;
    private volatile WaitingKeeper keeper = waiting -> { };
    /** Serializes the keeper's writes, so the last one written is the newest; taken before the queue's lock. */
    private final Object keeping = new Object();

    /**
     * @param builds    runs the blocking create calls, one at a time
     * @param timer     polls progress, drops cancelled builds and notifies the listener
     * @param pollEvery how often progress is read while a build runs (about 500 ms)
     */
    public IndexJobQueue(IndexGateway gateway, Executor builds, ScheduledExecutorService timer, Clock clock,
                         Duration pollEvery) {
        this.gateway = gateway;
        this.lookups = new BuildLookups(gateway);
        this.builds = builds;
        this.timer = timer;
        this.clock = clock;
        this.pollEvery = pollEvery;
        this.notifier = new Coalescer(timer, NOTIFY_GAP_MILLIS, this::notifyListener);
    }

    /** A queue polling progress every 500 ms, on the system clock. */
    public IndexJobQueue(IndexGateway gateway, Executor builds, ScheduledExecutorService timer) {
        this(gateway, builds, timer, Clock.systemUTC(), Duration.ofMillis(500));
    }

    /** Receives the whole job list after changes, coalesced, on the timer thread. */
    public void setListener(Consumer<List<IndexJob>> listener) {
        this.listener = listener == null ? jobs -> { } : listener;
    }

    /**
     * Receives each build once it ends (DONE, EXISTING, FAILED or CANCELLED), uncoalesced, on the build thread: the
     * hook to refresh the stats that depend on a new index.
     */
    public void setBuildFinishedListener(Consumer<IndexJob> listener) {
        this.buildFinished = listener == null ? job -> { } : listener;
    }

    /**
     * Queues a build. The same index already queued or running is not queued twice: its job is returned. When builds
     * are disabled the job comes back FAILED with the reason.
     */
    public synchronized IndexJob submit(IndexSpec spec) {
        Optional<JobEntry> already = unfinished(spec);
        if (already.isPresent()) {
            return already.get().snapshot(clock.instant());
        }
        JobEntry entry = new JobEntry(ids.incrementAndGet(), spec, "Waiting");
        jobs.add(entry);
        if (disabledReason != null) {
            entry.finish(IndexJob.State.FAILED, disabledReason, clock.instant());
        }
        startNext();
        changed();
        return entry.snapshot(clock.instant());
    }

    /**
     * Schedules a build for {@code window}: SCHEDULED (its message names the window) until the window is open, then
     * queued as any build. A build whose turn comes after a daily window closed waits for the next one. The same
     * index already waiting is not scheduled twice. The {@link WaitingKeeper} has written it before it is in the
     * queue (so before any listener sees it); when it cannot, nothing is scheduled and its failure is thrown.
     */
    public IndexJob schedule(IndexSpec spec, BuildWindow window) {
        return scheduleAll(List.of(spec), window).get(0);
    }

    /** The builds waiting for their window now, in order, with it (what a restart must restore). */
    public synchronized java.util.Map<IndexSpec, BuildWindow> waiting() {
        java.util.Map<IndexSpec, BuildWindow> out = new java.util.LinkedHashMap<>();
        jobs.stream().filter(e -> e.state == IndexJob.State.SCHEDULED).forEach(e -> out.put(e.spec, e.window));
        return out;
    }

    /** Keeps the waiting builds with {@code keeper} from now on (decision 0093). */
    public void keepWaitingWith(WaitingKeeper keeper) {
        this.keeper = keeper;
    }

    /** {@link #schedule} for each ("Schedule all missing"), kept in one write. Blocking: call it off the FX thread. */
    public List<IndexJob> scheduleAll(List<IndexSpec> specs, BuildWindow window) {
        synchronized (keeping) {
            java.util.Map<IndexSpec, BuildWindow> after;
            synchronized (this) {
                after = waiting();
                specs.stream().filter(s -> disabledReason == null && unfinished(s).isEmpty())
                        .forEach(s -> after.putIfAbsent(s, window));
            }
            try {
                keeper.keep(after);
            } catch (java.io.IOException | RuntimeException e) {
                throw new IllegalStateException("Nothing was scheduled: the scheduled builds could not be written "
                        + "to disk for the next start (the log has the cause).", e);
            }
            synchronized (this) {
                List<IndexJob> out = new ArrayList<>();
                specs.forEach(s -> out.add(scheduleOne(s, window)));
                changed();
                return out;
            }
        }
    }

    private IndexJob scheduleOne(IndexSpec spec, BuildWindow window) {
        Optional<JobEntry> already = unfinished(spec);
        if (already.isPresent()) {
            return already.get().snapshot(clock.instant());
        }
        JobEntry entry = new JobEntry(ids.incrementAndGet(), spec, "window " + window.describe());
        entry.state = IndexJob.State.SCHEDULED;
        entry.window = window;
        jobs.add(entry);
        if (disabledReason != null) {
            entry.finish(IndexJob.State.FAILED, disabledReason, clock.instant());
        }
        if (!windowChecks) {
            windowChecks = true;
            timer.scheduleWithFixedDelay(this::checkWindows, WINDOW_CHECK_MILLIS, WINDOW_CHECK_MILLIS,
                    TimeUnit.MILLISECONDS);
        }
        return entry.snapshot(clock.instant());
    }

    private Optional<JobEntry> unfinished(IndexSpec spec) {
        return jobs.stream().filter(e -> !e.state.finished() && e.spec.equals(spec)).findFirst();
    }

    /** Tells the keeper what waits now, after a change; never under the queue's lock. A failure is logged. */
    private void keepWaiting() {
        synchronized (keeping) {
            try {
                keeper.keep(waiting());
            } catch (java.io.IOException | RuntimeException e) {
                LOG.warn("The builds waiting for a window could not be saved; a restart would bring back the last "
                        + "saved ones", e);
            }
        }
    }

    /**
     * Queues the scheduled builds whose window is open now, by the queue's clock. The timer calls it every 30 s;
     * tests call it after moving their clock. A window that cannot be judged (the server's rate unreadable) stays
     * closed, logged at WARN once per distinct failure.
     */
    public void checkWindows() {
        List<JobEntry> waiting;
        synchronized (this) {
            waiting = jobs.stream().filter(e -> e.state == IndexJob.State.SCHEDULED).toList();
        }
        java.time.Instant now = clock.instant();
        java.util.Map<BuildWindow, Boolean> open = new java.util.IdentityHashMap<>();
        for (JobEntry e : waiting) {
            open.computeIfAbsent(e.window, w -> openNow(w, now));
        }
        synchronized (this) {
            for (JobEntry e : waiting) {
                if (e.state == IndexJob.State.SCHEDULED && open.get(e.window)) {
                    e.state = IndexJob.State.QUEUED;
                    e.message = "Waiting (window " + e.window.describe() + " open)";
                } else if (e.state == IndexJob.State.SCHEDULED && e.window.nextOpening(now) == null) {
                    // a quiet window: say when its server's rate cannot be read (another server is connected)
                    String note = e.window.note();
                    e.message = "window " + e.window.describe() + (note == null ? "" : " (" + note + ")");
                }
            }
            startNext();
            changed();
        }
        keepWaiting();
    }

    private boolean openNow(BuildWindow window, java.time.Instant now) {
        try {
            return window.isOpen(now);
        } catch (RuntimeException e) {
            String message = String.valueOf(e.getMessage());
            if (!message.equals(lastWindowFailure)) {
                lastWindowFailure = message;
                LOG.warn("Could not tell whether the build window {} is open; builds keep waiting",
                        window.describe(), e);
            }
            return false;
        }
    }

    /** Queues every build in order ("Create all missing"); listeners see the whole batch at once, never a part. */
    public synchronized List<IndexJob> submitAll(List<IndexSpec> specs) {
        List<IndexJob> out = new ArrayList<>();
        specs.forEach(s -> out.add(submit(s)));
        return out;
    }

    /**
     * Cancels a job: a queued one is removed from the queue; a running one has its hidden index dropped and ends
     * CANCELLED. Returns false when the job is unknown or already finished.
     */
    public boolean cancel(long jobId) {
        boolean wasScheduled;
        synchronized (this) {
            JobEntry entry = find(jobId).orElse(null);
            if (entry == null || entry.state.finished()) {
                return false;
            }
            wasScheduled = entry.state == IndexJob.State.SCHEDULED;
            if (entry.state == IndexJob.State.QUEUED || wasScheduled) {
                jobs.remove(entry);
            } else if (!entry.cancelRequested) {
                entry.cancelRequested = true;
                entry.message = "Cancelling: dropping the partly built index";
                timer.execute(() -> dropHidden(entry));
            }
            changed();
        }
        if (wasScheduled) {
            keepWaiting(); // a cancelled build must not come back after a restart
        }
        return true;
    }

    /** A snapshot of all jobs in the order they were queued, finished ones included. */
    public synchronized List<IndexJob> jobs() {
        return jobs.stream().map(e -> e.snapshot(clock.instant())).toList();
    }

    /** One job's snapshot. */
    public synchronized Optional<IndexJob> job(long jobId) {
        return find(jobId).map(e -> e.snapshot(clock.instant()));
    }

    /** Forgets finished jobs, so the queue shows only what is waiting or running. */
    public synchronized void clearFinished() {
        jobs.removeIf(e -> e.state.finished());
        changed();
    }

    /** Why builds are disabled (after a 403), or null while they are allowed. */
    public synchronized String disabledReason() {
        return disabledReason;
    }

    /** True while a job is queued or running. */
    public synchronized boolean busy() {
        return jobs.stream().anyMatch(e -> !e.state.finished());
    }

    /**
     * Blocks until no job is queued or running (for the command line and tests; never call it on a UI thread).
     * Returns false when {@code timeout} passed first.
     */
    public synchronized boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (busy()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }

    private void startNext() {
        if (running != null) {
            return;
        }
        JobEntry found = null;
        for (JobEntry e : jobs) {
            if (e.state != IndexJob.State.QUEUED) {
                continue;
            }
            if (e.window instanceof BuildWindow.Daily daily && !daily.isOpen(clock.instant())) {
                // its turn came after the window closed: back to waiting for the next one
                e.state = IndexJob.State.SCHEDULED;
                e.message = "window " + daily.describe() + " (closed before its turn; waits for the next)";
                continue;
            }
            found = e;
            break;
        }
        if (found == null) {
            return;
        }
        JobEntry next = found;
        running = next;
        next.state = IndexJob.State.RUNNING;
        next.started = clock.instant();
        next.message = "Building";
        long every = Math.max(1, pollEvery.toMillis());
        try {
            next.poll = timer.scheduleWithFixedDelay(() -> poll(next), every, every, TimeUnit.MILLISECONDS);
            builds.execute(() -> build(next));
        } catch (RejectedExecutionException e) {
            // The console is shutting down; a job must not stay RUNNING with nobody running it.
            next.finish(IndexJob.State.FAILED, "Not started: the console is shutting down.", clock.instant());
            running = null;
        }
    }

    private void build(JobEntry entry) {
        IndexGateway.CreatedIndex created = null;
        RuntimeException failure = null;
        try {
            created = gateway.create(entry.spec);
        } catch (RuntimeException e) {
            failure = e;
        }
        boolean cancelled;
        synchronized (this) {
            cancelled = entry.cancelRequested;
        }
        String dropError = null;
        if (cancelled && created != null && created.created()) {
            // The build finished before the drop reached it: drop the finished index, the user asked for none.
            dropError = lookups.dropQuietly(entry.spec.collection(), created.id());
        }
        IndexJob ended;
        synchronized (this) {
            if (dropError != null) {
                entry.dropError = dropError;
            }
            finish(entry, created, failure);
            ended = entry.snapshot(clock.instant());
            running = null;
            startNext();
            changed();
        }
        keepWaiting(); // the next build's daily window may have closed, or a 403 failed the scheduled ones
        if (failure != null && ended.state() == IndexJob.State.FAILED) {
            LOG.warn("Index build failed: {}", ended.message(), failure);
        }
        try {
            buildFinished.accept(ended);
        } catch (RuntimeException e) {
            LOG.warn("build-finished listener failed for {}", ended.describe(), e);
        }
    }

    private void finish(JobEntry entry, IndexGateway.CreatedIndex created, RuntimeException failure) {
        if (created == null && !entry.cancelRequested && failure instanceof IndexGatewayException e && e.forbidden()) {
            disable(FailureMessages.forbidden(e));
            entry.finish(IndexJob.State.FAILED, disabledReason, clock.instant());
        } else {
            entry.ended(created, failure, clock.instant());
        }
    }

    private void disable(String reason) {
        disabledReason = reason;
        for (JobEntry e : jobs) {
            if (e.state == IndexJob.State.QUEUED || e.state == IndexJob.State.SCHEDULED) {
                e.finish(IndexJob.State.FAILED, reason, clock.instant());
            }
        }
    }

    private void poll(JobEntry entry) {
        synchronized (this) {
            if (entry.state != IndexJob.State.RUNNING) {
                return;
            }
        }
        boolean askShards;
        synchronized (this) {
            askShards = entry.shards < 0;
        }
        if (askShards) {
            int shards = lookups.shardsOf(entry.spec.collection());
            synchronized (this) {
                entry.shards = shards;
            }
        }
        ExistingIndex hidden;
        try {
            hidden = lookups.findBuilding(entry.spec);
        } catch (RuntimeException e) {
            lookupFailed(entry, e);
            return; // keep the last progress; the build itself reports whether it worked
        }
        boolean dropNow;
        synchronized (this) {
            if (hidden == null || entry.state != IndexJob.State.RUNNING) {
                return;
            }
            entry.indexId = hidden.id();
            entry.indexName = hidden.name();
            entry.percent = Math.max(entry.percent, Math.min(100, hidden.progress()));
            dropNow = entry.cancelRequested && !entry.dropped;
            changed();
        }
        if (dropNow) {
            dropHidden(entry);
        }
    }

    /** Drops the running build's hidden index if it is registered yet; the poll retries until it is. */
    private void dropHidden(JobEntry entry) {
        ExistingIndex hidden;
        try {
            hidden = lookups.findBuilding(entry.spec);
        } catch (RuntimeException e) {
            // The next poll tries again while the cancel is still wanted.
            lookupFailed(entry, e);
            return;
        }
        if (hidden == null) {
            return;
        }
        synchronized (this) {
            // The poll and the cancel can both get here; after a failed drop the cancel is no longer wanted.
            if (entry.dropped || !entry.cancelRequested || entry.state.finished()) {
                return;
            }
            entry.dropped = true;
        }
        String error = lookups.dropQuietly(entry.spec.collection(), hidden.id());
        if (error != null) {
            synchronized (this) {
                // The build goes on; the error stays with the job so its end says the cancel failed.
                entry.dropped = false;
                entry.cancelRequested = false;
                entry.dropError = error;
                entry.message = "Could not cancel: dropping the partial index failed: " + error
                        + "; the build goes on, drop it by hand when it ends.";
                changed();
            }
        }
    }

    /** Says a failed lookup on the job (progress unknown, or the cancel retried) and logs it at WARN, once per job. */
    private void lookupFailed(JobEntry entry, RuntimeException e) {
        boolean first;
        synchronized (this) {
            first = !entry.lookupFailureLogged;
            entry.lookupFailureLogged = true;
            if (!entry.state.finished()) {
                String why = FailureMessages.forLookup(entry.spec, e);
                entry.message = entry.cancelRequested ? "Cancelling, but " + why + " Trying again."
                        : "Progress unknown: " + why;
                changed();
            }
        }
        if (first) {
            LOG.warn("Listing the indexes of {} failed (logged once for this build)", entry.spec.collection(), e);
        }
    }

    private Optional<JobEntry> find(long jobId) {
        return jobs.stream().filter(e -> e.id == jobId).findFirst();
    }

    private void changed() {
        notifyAll();
        notifier.request();
    }

    private void notifyListener() {
        try {
            listener.accept(jobs());
        } catch (RuntimeException e) {
            LOG.warn("index job listener failed; later changes are still delivered", e);
        }
    }
}
