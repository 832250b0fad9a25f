package io.arangoconsole.core.insight;

import io.arangoconsole.core.indexes.ExistingIndex;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * What query insight asks of one database of a server; implemented over the driver in {@code core.arango}.
 * Blocking: call from worker threads. Failures are thrown as {@link InsightException} whose message is one sentence.
 */
public interface InsightGateway {

    /** Opens every query insight itself runs (samples), so it never mistakes them for the workload. */
    String OWN_QUERY_MARK = "/* arango-console insight */";

    /** The database this gateway reads. */
    String database();

    /** The plan the server would choose for the query (nothing runs). */
    QueryPlan explain(String query, Map<String, Object> bindVars);

    /** The names of the database's collections, system ones left out. */
    List<String> collections();

    /** The indexes of a collection, hidden ones (still building) included. */
    List<ExistingIndex> indexes(String collection);

    /**
     * The share of distinct values of an attribute (0..1, 1 = every document its own value) among at most
     * {@code sampleSize} documents; empty when the collection is empty or the attribute is never set.
     */
    OptionalDouble sampleSelectivity(String collection, String attribute, int sampleSize);

    /**
     * {@link #sampleSelectivity} for several attributes of one collection, from one sample of at most
     * {@code sampleSize} documents when the implementation can; by default one sample per attribute.
     */
    default Map<String, OptionalDouble> sampleSelectivities(String collection, List<String> attributes,
                                                          int sampleSize) {
        Map<String, OptionalDouble> out = new java.util.LinkedHashMap<>();
        attributes.forEach(a -> out.put(a, sampleSelectivity(collection, a, sampleSize)));
        return out;
    }

    /** The slow query log as the server has it now. */
    List<ObservedQuery> slowLog();

    /** The queries running now. */
    List<ObservedQuery> running();

    /**
     * The finished queries the server logged to its query log since {@code since} (ArangoDB 3.12.2 and later, when
     * query logging is on); {@link QueryLogPage#OFF} when the server keeps no such log.
     */
    QueryLogPage queryLog(Instant since);
}
