package io.arangoconsole.core.indexes;

import com.fasterxml.jackson.databind.JsonNode;
import io.arangoconsole.core.stats.PlanSummary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Proves that the plan's key queries use the new indexes: each query is explained (node types, indexes used,
 * estimated cost) and run to its last row with the wall time measured, once before the builds and once after.
 * The time is the median of {@code runs} runs; one run is enough to tell a scan from an index lookup, and more runs
 * repeat a slow scan.
 */
public final class ExplainProof {
    private final ProofSource source;
    private final LongSupplier nanoTime;
    private final int runs;

    /**
     * @param nanoTime the clock timing the runs ({@code System::nanoTime})
     * @param runs     how many times each query runs; the median time is kept
     */
    public ExplainProof(ProofSource source, LongSupplier nanoTime, int runs) {
        if (runs < 1) {
            throw new IllegalArgumentException("runs must be at least 1");
        }
        this.source = source;
        this.nanoTime = nanoTime;
        this.runs = runs;
    }

    /** Explains and times every query, in order; a refused query yields a failed measurement, not an exception. */
    public List<Measurement> measure(List<ProofQuery> queries) {
        List<Measurement> out = new ArrayList<>();
        for (ProofQuery q : queries) {
            out.add(measure(q));
        }
        return out;
    }

    /** Explains and times one query. */
    public Measurement measure(ProofQuery query) {
        try {
            PlanSummary plan = source.explain(query.aql(), query.bindVars());
            double[] millis = new double[runs];
            int rows = 0;
            for (int i = 0; i < runs; i++) {
                long start = nanoTime.getAsLong();
                List<JsonNode> result = source.query(query.aql(), query.bindVars());
                millis[i] = (nanoTime.getAsLong() - start) / 1_000_000.0;
                rows = result.size();
            }
            Arrays.sort(millis);
            return new Measurement(plan, millis[runs / 2], rows, null);
        } catch (RuntimeException e) {
            return Measurement.failed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    /** Pairs the measurements taken before and after, query by query. */
    public static List<ProofRow> rows(List<ProofQuery> queries, List<Measurement> before, List<Measurement> after) {
        if (queries.size() != before.size() || queries.size() != after.size()) {
            throw new IllegalArgumentException("one measurement per query is needed before and after");
        }
        List<ProofRow> out = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) {
            out.add(new ProofRow(queries.get(i), before.get(i), after.get(i)));
        }
        return out;
    }
}
