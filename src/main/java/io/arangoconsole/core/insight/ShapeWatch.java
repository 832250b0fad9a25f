package io.arangoconsole.core.insight;

import java.io.IOException;
import java.util.List;

/**
 * Feeds the {@link ShapeHistory} from what the console sees of each server: its slow log and running list (polled),
 * and the console's own runs. Blocking: call {@link #poll} from a worker thread.
 */
public final class ShapeWatch {
    private final ShapeHistory history;

    public ShapeWatch(ShapeHistory history) {
        this.history = history;
    }

    /**
     * Reads the slow log and the running list of {@code gateway}'s database, counts each run once under
     * {@code server}, saves the history and returns that server's shapes, most runs first. The console's own
     * samples are not workload; its own pane runs are counted by {@link #recordOwn}, not here.
     */
    public List<ShapeStats> poll(String server, InsightGateway gateway) throws IOException {
        for (List<ObservedQuery> list : List.of(gateway.slowLog(), gateway.running())) {
            for (ObservedQuery q : list) {
                if (!own(q.query())) {
                    history.record(server, q);
                }
            }
        }
        history.save();
        return shapes(server);
    }

    /** Counts a run of the console's query pane. Cheap; any thread. */
    public void recordOwn(String server, ObservedQuery run) {
        history.record(server, run);
    }

    /** Notes whether the latest plan of a shape reads a whole collection. */
    public void notePlan(String server, String shapeId, boolean fullScan) {
        history.notePlan(server, shapeId, fullScan);
    }

    /** The shapes seen on {@code server}, most runs first. */
    public List<ShapeStats> shapes(String server) {
        return history.shapes().stream().filter(s -> s.server().equals(server)).toList();
    }

    /** True for the console's own queries: its advisor samples and its query pane's tagged runs. */
    static boolean own(String query) {
        return query.startsWith(InsightGateway.OWN_QUERY_MARK) || query.startsWith("/* arango-console run ");
    }
}
