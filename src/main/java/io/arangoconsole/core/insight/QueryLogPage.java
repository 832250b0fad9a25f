package io.arangoconsole.core.insight;

import java.util.List;

/**
 * What a server's query log held (ArangoDB 3.12.2 and later log finished queries to {@code _system._queries} when
 * started with {@code --query.collection-logger-enabled}).
 *
 * @param enabled false when the server keeps no query log (logging off, an older server, or no right to read it)
 */
public record QueryLogPage(boolean enabled, List<ObservedQuery> runs) {
    /** The answer of a server that keeps no query log. */
    public static final QueryLogPage OFF = new QueryLogPage(false, List.of());

    public QueryLogPage {
        runs = List.copyOf(runs);
    }
}
