package io.arangoconsole.sandbox.aql;

/**
 * Query logging to {@code _system._queries}, as ArangoDB 3.12.2+ does with its {@code --query.collection-logger-*}
 * startup options: {@code enabled}, {@code includeSystemDatabase}, {@code probabilityPercent} (100 logs every
 * query), {@code allSlowQueries} (slow ones regardless of the sample), {@code retentionSeconds} (how long after its
 * start an entry is kept), {@code cleanupIntervalMillis}, {@code pushIntervalMillis} (how long entries wait in memory
 * before they are written) and {@code maxBufferedQueries} (entries beyond it are lost). Decision 0081.
 */
public record QueryLogOptions(boolean enabled, boolean includeSystemDatabase, double probabilityPercent,
                              boolean allSlowQueries, double retentionSeconds, long cleanupIntervalMillis,
                              long pushIntervalMillis, int maxBufferedQueries) {
    /** Logging off: ArangoDB's default. */
    public static final QueryLogOptions OFF = new QueryLogOptions(false, false, 0.1, true, 28_800, 600_000, 3_000,
            4_096);

    public QueryLogOptions {
        if (probabilityPercent < 0 || probabilityPercent > 100) {
            throw new IllegalArgumentException("the query log's probability must be 0 to 100 percent, not "
                    + probabilityPercent);
        }
        if (retentionSeconds < 1 || cleanupIntervalMillis < 1 || pushIntervalMillis < 1 || maxBufferedQueries < 1) {
            throw new IllegalArgumentException("the query log's retention, intervals and buffer must be positive");
        }
    }

    /** Logging on with ArangoDB's other defaults and {@code percent} of the queries sampled. */
    public static QueryLogOptions on(double percent) {
        return new QueryLogOptions(true, false, percent, OFF.allSlowQueries, OFF.retentionSeconds,
                OFF.cleanupIntervalMillis, OFF.pushIntervalMillis, OFF.maxBufferedQueries);
    }

    public QueryLogOptions withPushIntervalMillis(long millis) {
        return new QueryLogOptions(enabled, includeSystemDatabase, probabilityPercent, allSlowQueries,
                retentionSeconds, cleanupIntervalMillis, millis, maxBufferedQueries);
    }

    public QueryLogOptions withRetention(double seconds, long cleanupMillis) {
        return new QueryLogOptions(enabled, includeSystemDatabase, probabilityPercent, allSlowQueries, seconds,
                cleanupMillis, pushIntervalMillis, maxBufferedQueries);
    }

    public QueryLogOptions withSystemDatabase(boolean include) {
        return new QueryLogOptions(enabled, include, probabilityPercent, allSlowQueries, retentionSeconds,
                cleanupIntervalMillis, pushIntervalMillis, maxBufferedQueries);
    }
}
