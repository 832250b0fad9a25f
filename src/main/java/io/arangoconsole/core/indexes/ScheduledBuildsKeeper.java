package io.arangoconsole.core.indexes;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the builds scheduled for a window across console restarts (decisions 0067, 0093): the first queue of a
 * profile and database in a session gets back what that scope kept, as scheduled; from then on every change to what
 * its queues have waiting is written at once, a new schedule before the queue shows it, so a kill right after
 * loses nothing. Reading back runs on {@code restorer}; the writes on the thread that changed the queue (never the
 * FX thread: the pane schedules and cancels through background tasks, windows open on the index timer).
 */
public final class ScheduledBuildsKeeper {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduledBuildsKeeper.class);

    private final ScheduledBuildsFile file;
    private final Function<String, DoubleSupplier> rateOf;
    private final Executor restorer;
    private final Map<String, List<IndexJobQueue>> queues = new ConcurrentHashMap<>();
    /** What was last written (or read back) per scope. */
    private final Map<String, Map<IndexSpec, BuildWindow>> saved = new HashMap<>();
    /** Scopes whose file is still to be read, with the rate their "under N/s" windows read. */
    private final Map<String, DoubleSupplier> unread = new HashMap<>();
    /** Builds read back and not yet in their queue: written with the rest until they are. */
    private final Map<String, Map<IndexSpec, BuildWindow>> restoring = new HashMap<>();

    /**
     * @param rateOf   the request rate of a server (by endpoint), for "under N/s" windows read back
     * @param restorer reads the file back, off the caller's thread (the index timer)
     */
    public ScheduledBuildsKeeper(ScheduledBuildsFile file, Function<String, DoubleSupplier> rateOf,
                                 Executor restorer) {
        this.file = file;
        this.rateOf = rateOf;
        this.restorer = restorer;
    }

    /**
     * Follows {@code queue}, the queue of {@code scope} ({@code profile/database}) on {@code server} (its endpoint,
     * whose rate the "under N/s" windows read back read). Returns at once.
     */
    public void attach(String scope, String server, IndexJobQueue queue) {
        List<IndexJobQueue> of = queues.computeIfAbsent(scope, s -> new CopyOnWriteArrayList<>());
        boolean first = of.isEmpty();
        of.add(queue);
        queue.keepWaitingWith(waiting -> save(scope, queue, waiting));
        if (first) {
            synchronized (this) {
                unread.put(scope, rateOf.apply(server));
            }
            restorer.execute(() -> restore(scope, queue));
        }
    }

    private void restore(String scope, IndexJobQueue queue) {
        Map<IndexSpec, BuildWindow> kept = loadOnce(scope);
        try {
            kept.forEach(queue::schedule);
        } catch (RuntimeException e) {
            LOG.warn("The builds scheduled for {} could not all be scheduled again", scope, e);
        } finally {
            synchronized (this) {
                restoring.remove(scope);
            }
        }
        if (!kept.isEmpty()) {
            LOG.info("{} build(s) scheduled for {} before the last exit are scheduled again", kept.size(), scope);
        }
    }

    /**
     * Reads what {@code scope} kept, the first time it is asked (by the restore, or by a write that came first, which
     * must not overwrite it); until it is all back in the queue, every write keeps it too. Unreadable: none.
     */
    private synchronized Map<IndexSpec, BuildWindow> loadOnce(String scope) {
        DoubleSupplier rate = unread.remove(scope);
        if (rate != null) {
            Map<IndexSpec, BuildWindow> kept = Map.of();
            try {
                kept = file.load(scope, rate);
            } catch (IOException | RuntimeException e) {
                LOG.warn("The builds scheduled for {} could not be read back; they are not scheduled again", scope, e);
            }
            restoring.put(scope, kept);
            saved.put(scope, kept);
        }
        return new LinkedHashMap<>(restoring.getOrDefault(scope, Map.of()));
    }

    /**
     * Writes what {@code scope}'s queues have waiting, {@code changed} with {@code waiting} (what it is about to
     * have), when that differs from the last write. Throws when it cannot write.
     */
    synchronized void save(String scope, IndexJobQueue changed, Map<IndexSpec, BuildWindow> waiting)
            throws IOException {
        Map<IndexSpec, BuildWindow> now = loadOnce(scope);
        for (IndexJobQueue q : queues.getOrDefault(scope, List.of())) {
            now.putAll(q == changed ? waiting : q.waiting());
        }
        if (now.equals(saved.get(scope))) {
            return;
        }
        file.save(scope, now);
        saved.put(scope, now);
    }
}
