package io.arangoconsole.core.insight;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feeds the {@link ShapeHistory} from what the console sees of each server: its slow log, running list and query log
 * (polled), and the console's own runs; explains the shapes that have no plan yet, a few a round, so the history
 * knows which indexes the workload reads (decision 0060). Blocking: call {@link #poll} from a worker thread.
 */
public final class ShapeWatch {
    /** Explains a poll round runs at most: new shapes get their plan within a few rounds, the server is spared. */
    static final int EXPLAINS_PER_POLL = 8;
    /** Rounds between two looks at a query log that was off: logging is a startup option, it rarely comes on. */
    static final int QUERY_LOG_RECHECK_ROUNDS = 30;
    private static final Logger LOG = LoggerFactory.getLogger(ShapeWatch.class);

    private final ShapeHistory history;
    /** Per server: the latest start read from its query log, so each round reads only what is new. */
    private final Map<String, Instant> queryLogRead = new ConcurrentHashMap<>();
    /** Per server whose query log was off: the rounds left before looking again. */
    private final Map<String, Integer> queryLogOff = new ConcurrentHashMap<>();

    public ShapeWatch(ShapeHistory history) {
        this.history = history;
    }

    /**
     * One round of a server's watch.
     *
     * @param queryLog true while the server keeps a query log the round read, false when it keeps none
     */
    public record Round(List<ShapeStats> shapes, boolean queryLog) {
    }

    /**
     * Reads the slow log, the running list and (while the server keeps one) the query log of {@code gateway}'s
     * database, counts each run once under {@code server}, explains up to {@value #EXPLAINS_PER_POLL} shapes that
     * have no current plan, saves the history and returns that server's shapes, most runs first. The console's own
     * samples are not workload; its own pane runs are counted by {@link #recordOwn}, not here.
     */
    public Round poll(String server, InsightGateway gateway) throws IOException {
        history.observing(server);
        boolean logOn = readQueryLog(server, gateway);
        for (List<ObservedQuery> list : List.of(gateway.slowLog(), gateway.running())) {
            for (ObservedQuery q : list) {
                if (!own(q.query())) {
                    history.record(server, q);
                }
            }
        }
        explainNew(server, gateway);
        history.save();
        return new Round(shapes(server), logOn);
    }

    private boolean readQueryLog(String server, InsightGateway gateway) {
        Integer wait = queryLogOff.get(server);
        if (wait != null && wait > 0) {
            queryLogOff.put(server, wait - 1);
            return false;
        }
        Instant since = queryLogRead.getOrDefault(server, history.observedSince(server));
        QueryLogPage page = gateway.queryLog(since);
        if (!page.enabled()) {
            queryLogOff.put(server, QUERY_LOG_RECHECK_ROUNDS);
            return false;
        }
        queryLogOff.remove(server);
        Instant latest = since;
        for (ObservedQuery q : page.runs()) {
            if (!own(q.query())) {
                history.record(server, q);
            }
            if (q.started() != null && q.started().isAfter(latest)) {
                latest = q.started();
            }
        }
        queryLogRead.put(server, latest);
        return true;
    }

    private void explainNew(String server, InsightGateway gateway) {
        for (ShapeStats s : history.toExplain(server, EXPLAINS_PER_POLL)) {
            try {
                history.notePlan(server, s.shapeId(), gateway.explain(s.latestQuery(), s.latestBindVars()));
            } catch (InsightException e) {
                if (e.errorNum() == null) {
                    throw e; // the server did not answer: the round fails and says so, the shape is not marked
                }
                LOG.warn("Cannot explain shape {} on {}", s.shapeId(), server, e);
                history.noteExplainFailure(server, s.shapeId(), AdviceService.explainFailure(e));
            }
        }
    }

    /** Counts a run of the console's query pane. Cheap; any thread. */
    public void recordOwn(String server, ObservedQuery run) {
        history.record(server, run);
    }

    /** Counts a profiled run of the console's query pane and keeps its plan as the shape's latest. Any thread. */
    public void recordOwn(String server, ObservedQuery run, QueryPlan plan) {
        history.record(server, run);
        if (plan != null) {
            history.notePlan(server, QueryShape.of(run.query()).id(), plan);
        }
    }

    /** Keeps the plan of a query the console's query pane explained (no run counted). Any thread. */
    public void noteOwnExplain(String server, ObservedQuery asked, QueryPlan plan) {
        history.noteExplained(server, asked, plan);
    }

    /** Notes the latest plan of a shape (the advisor's or the query pane's explain). */
    public void notePlan(String server, String shapeId, QueryPlan plan) {
        history.notePlan(server, shapeId, plan);
    }

    /** Notes why a shape's latest run could not be explained, its last plan kept. */
    public void noteExplainFailure(String server, String shapeId, String sentence) {
        history.noteExplainFailure(server, shapeId, sentence);
    }

    /** An index of {@code server} was built or dropped: its shapes are explained again, a few a round. */
    public void plansChanged(String server) {
        history.plansChanged(server);
    }

    /** The shapes seen on {@code server}, most runs first. */
    public List<ShapeStats> shapes(String server) {
        return history.shapes().stream().filter(s -> s.server().equals(server)).toList();
    }

    /** Which of {@code server}'s indexes its observed shapes read. */
    public IndexUsage usage(String server) {
        return new IndexUsage(history.observedSince(server), shapes(server));
    }

    /** True for the console's own queries: its advisor samples and its query pane's tagged runs. */
    static boolean own(String query) {
        return query.startsWith(InsightGateway.OWN_QUERY_MARK) || query.startsWith("/* arango-console run ");
    }
}
