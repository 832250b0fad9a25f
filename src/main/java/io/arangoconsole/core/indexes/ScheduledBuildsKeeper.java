package io.arangoconsole.core.indexes;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the builds scheduled for a window across console restarts (decision 0067): the first queue of a profile and
 * database in a session gets back what that scope kept, as scheduled; from then on, every {@link #SAVE_EVERY_SECONDS}
 * s, what all its queues have waiting is written when it changed. Everything runs on {@code timer}, never the caller.
 */
public final class ScheduledBuildsKeeper {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduledBuildsKeeper.class);
    static final long SAVE_EVERY_SECONDS = 2;

    private final ScheduledBuildsFile file;
    private final Function<String, DoubleSupplier> rateOf;
    private final ScheduledExecutorService timer;
    private final Map<String, List<IndexJobQueue>> queues = new ConcurrentHashMap<>();
    private final Map<String, Map<IndexSpec, BuildWindow>> saved = new ConcurrentHashMap<>();

    /** @param rateOf the request rate of a server (by endpoint), for "under N/s" windows read back */
    public ScheduledBuildsKeeper(ScheduledBuildsFile file, Function<String, DoubleSupplier> rateOf,
                                 ScheduledExecutorService timer) {
        this.file = file;
        this.rateOf = rateOf;
        this.timer = timer;
    }

    /**
     * Follows {@code queue}, the queue of {@code scope} ({@code profile/database}) on {@code server} (its endpoint,
     * whose rate the "under N/s" windows read back read). Returns at once.
     */
    public void attach(String scope, String server, IndexJobQueue queue) {
        List<IndexJobQueue> of = queues.computeIfAbsent(scope, s -> new CopyOnWriteArrayList<>());
        boolean first = of.isEmpty();
        of.add(queue);
        if (first) {
            timer.execute(() -> restore(scope, rateOf.apply(server), queue));
            timer.scheduleWithFixedDelay(() -> save(scope), SAVE_EVERY_SECONDS, SAVE_EVERY_SECONDS, TimeUnit.SECONDS);
        }
    }

    private void restore(String scope, DoubleSupplier rate, IndexJobQueue queue) {
        try {
            Map<IndexSpec, BuildWindow> kept = file.load(scope, rate);
            kept.forEach(queue::schedule);
            saved.put(scope, kept);
            if (!kept.isEmpty()) {
                LOG.info("{} build(s) scheduled for {} before the last exit are scheduled again", kept.size(), scope);
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("The builds scheduled for {} could not be read back; they are not scheduled again", scope, e);
        }
    }

    /** Writes what {@code scope}'s queues have waiting when it changed since the last write. */
    void save(String scope) {
        Map<IndexSpec, BuildWindow> now = new LinkedHashMap<>();
        queues.getOrDefault(scope, List.of()).forEach(q -> now.putAll(q.waiting()));
        if (now.equals(saved.get(scope))) {
            return;
        }
        try {
            file.save(scope, now);
            saved.put(scope, now);
        } catch (IOException | RuntimeException e) {
            LOG.warn("The builds scheduled for {} could not be saved; a restart would forget them", scope, e);
        }
    }
}
