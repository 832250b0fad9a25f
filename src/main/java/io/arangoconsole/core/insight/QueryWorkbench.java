package io.arangoconsole.core.insight;

import java.util.Map;

/**
 * What the query pane asks of one database: run a query (profiled or not) with a row limit, find and kill it again,
 * explain it. Implemented over the driver in {@code core.arango}. Blocking: call from worker threads. Failures are
 * thrown as {@link InsightException} whose message is one sentence (for AQL errors, the server's own message).
 */
public interface QueryWorkbench {

    /** The database the queries run in. */
    String database();

    /** The plan the server would choose (nothing runs). */
    QueryPlan explain(String query, Map<String, Object> bindVars);

    /**
     * Runs {@code query} and reads at most {@code rowLimit} rows of its result. {@code tag} is put in a comment at the
     * start of the text the server sees, so {@link #cancel(String)} can find the run in the server's running list. A
     * failure after some batches were read is returned with those rows, not thrown.
     *
     * @param profile true: the server profiles the run (per-node calls, items, runtime; phases)
     */
    QueryOutcome run(String query, Map<String, Object> bindVars, int rowLimit, boolean profile, String tag);

    /** Kills the run started with {@code tag} if the server still runs it; true when one was killed. */
    boolean cancel(String tag);
}
