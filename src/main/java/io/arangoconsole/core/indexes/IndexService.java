package io.arangoconsole.core.indexes;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Index maintenance on one database of the primary, for the Indexes pane and {@code indexes plan|apply}: the plan
 * against reality, builds through the visible {@link IndexJobQueue}, drops. Blocking calls go to the server; call
 * them from a worker thread.
 */
public final class IndexService {
    /** How {@link #apply} starts the reason of a build that was running when the time ran out. */
    public static final String STILL_BUILDING = "Still building";
    /** How {@link #apply} starts the reason of a build whose turn never came. */
    public static final String NOT_STARTED = "Not started";
    private final IndexGateway gateway;
    private final IndexJobQueue queue;

    public IndexService(IndexGateway gateway, IndexJobQueue queue) {
        this.gateway = gateway;
        this.queue = queue;
    }

    /** The build queue, for showing and cancelling jobs. */
    public IndexJobQueue queue() {
        return queue;
    }

    /**
     * Holds {@code plan} against the server. With {@code everyCollection} the indexes of collections the plan does
     * not name are listed too (as EXTRA or REDUNDANT rows). Hidden indexes still being built are included.
     */
    public IndexDiff diff(IndexPlan plan, boolean everyCollection) {
        List<String> collections = gateway.collections();
        Set<String> wanted = new HashSet<>();
        plan.collections().forEach(c -> wanted.add(c.collection()));
        List<ExistingIndex> existing = new ArrayList<>();
        for (String c : collections) {
            if (everyCollection || wanted.contains(c)) {
                existing.addAll(gateway.list(c, true));
            }
        }
        return IndexDiff.compare(plan, collections, existing).withJobs(queue.jobs());
    }

    /** Names of the database's non-system collections. Blocking. */
    public List<String> collections() {
        return gateway.collections();
    }

    /** Queues every MISSING index of {@code diff} ("Create all missing"). */
    public List<IndexJob> createMissing(IndexDiff diff) {
        return queue.submitAll(diff.missing());
    }

    /** Queues one build ("Create one"). */
    public IndexJob create(IndexSpec spec) {
        return queue.submit(spec);
    }

    /** Schedules every MISSING index of {@code diff} for {@code window} ("Schedule all missing"). */
    public List<IndexJob> scheduleMissing(IndexDiff diff, BuildWindow window) {
        return queue.scheduleAll(diff.missing(), window);
    }

    /** Schedules one build for {@code window}. */
    public IndexJob schedule(IndexSpec spec, BuildWindow window) {
        return queue.schedule(spec, window);
    }

    /** Drops an index (after the pane's confirmation naming index and collection). */
    public void drop(String collection, String id) {
        gateway.drop(collection, id);
    }

    /**
     * How {@link #apply(IndexPlan, BuildWait)} waits for its builds: blocks until they all ended (returns null) or
     * until the caller stops waiting (returns why, e.g. "after 3600 s", "when the window closed").
     */
    @FunctionalInterface
    public interface BuildWait {
        String await(IndexJobQueue queue) throws InterruptedException;
    }

    /**
     * Builds what the plan misses and waits for the builds (the command line's {@code apply}). Builds still running
     * after {@code timeout} are reported as failed; they go on on the server.
     */
    public ApplyResult apply(IndexPlan plan, Duration timeout) throws InterruptedException {
        return apply(plan, q -> q.awaitIdle(timeout) ? null : "after " + timeout.toSeconds() + " s");
    }

    /**
     * As {@link #apply(IndexPlan, Duration)}, waiting as {@code wait} says: when it stops waiting, builds still
     * running are reported as failed ({@link #STILL_BUILDING}, they go on on the server) and builds whose turn never
     * came are taken out of the queue ({@link #NOT_STARTED}).
     */
    public ApplyResult apply(IndexPlan plan, BuildWait wait) throws InterruptedException {
        IndexDiff diff = diff(plan, false);
        List<ApplyEntry> created = new ArrayList<>();
        List<ApplyEntry> existing = new ArrayList<>();
        List<ApplyEntry> failed = new ArrayList<>();
        List<ApplyEntry> skipped = new ArrayList<>();
        for (DiffRow row : diff.rows()) {
            if (row.planned() == null) {
                continue;
            }
            if (row.exists()) {
                existing.add(new ApplyEntry(row.collection(), row.fields(), row.name(), row.reason()));
            } else if (row.status() != DiffStatus.MISSING || row.servedByPlannedCover()) {
                skipped.add(new ApplyEntry(row.collection(), row.fields(), null, row.reason()));
            }
        }
        Map<Long, IndexSpec> submitted = new HashMap<>();
        for (IndexSpec spec : diff.missing()) {
            submitted.put(queue.submit(spec).id(), spec);
        }
        String stopped = wait.await(queue);
        for (IndexJob job : queue.jobs()) {
            if (!submitted.containsKey(job.id())) {
                continue;
            }
            String name = job.indexName();
            switch (job.state()) {
                case DONE -> created.add(new ApplyEntry(job.collection(), job.fields(), name, null));
                case EXISTING -> existing.add(new ApplyEntry(job.collection(), job.fields(), name, null));
                case FAILED, CANCELLED -> failed.add(new ApplyEntry(job.collection(), job.fields(), null,
                        job.message()));
                case RUNNING -> failed.add(new ApplyEntry(job.collection(), job.fields(), null, stopped == null
                        ? job.message() : STILL_BUILDING + " " + stopped + "; the build goes on on the server."));
                default -> {
                    // its turn never came: it must not start after the caller stopped waiting
                    queue.cancel(job.id());
                    failed.add(new ApplyEntry(job.collection(), job.fields(), null, NOT_STARTED + ": waiting stopped "
                            + stopped + ", before its turn."));
                }
            }
        }
        return new ApplyResult(created, existing, failed, skipped);
    }
}
