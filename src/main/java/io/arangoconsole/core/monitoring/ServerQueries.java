package io.arangoconsole.core.monitoring;

import java.util.List;

/**
 * The server's query tracking and results cache, for the Queries and Caches panes; implemented over the driver in
 * {@code core.arango}. Blocking: call from worker threads. Failures are thrown as runtime exceptions whose message
 * is one sentence.
 */
public interface ServerQueries {

    /** Queries running now in the connected database. */
    List<RunningQuery> running();

    /** The slow query log of the connected database, slowest first. */
    List<RunningQuery> slow();

    /** Empties the slow query log. */
    void clearSlow();

    /** Kills a running query; fails when it has already finished. */
    void kill(String queryId);

    /** The query tracking settings. */
    TrackingProperties tracking();

    /** Changes the query tracking settings and returns them as the server now has them. */
    TrackingProperties setTracking(TrackingProperties properties);

    /** The query results cache settings. */
    QueryCacheSettings cacheSettings();

    /** Changes the query results cache settings and returns them as the server now has them. */
    QueryCacheSettings setCacheSettings(QueryCacheSettings settings);
}
