package io.arangoconsole.sandbox.aql;

import com.fasterxml.jackson.databind.JsonNode;
import io.arangoconsole.sandbox.aql.CollectionNodes.Scan;
import io.arangoconsole.sandbox.store.IndexRange;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;

/**
 * The bounds of an index scan: equality values for the leading fields, then an IN list or range bounds on the next.
 * They are evaluated for each input row, so a join condition such as {@code b.k == a.k} can use an index too.
 */
record ScanPlan(List<Ev> equal, Ev in, List<Bound> bounds, int inEstimate) {

    /** One range bound: {@code op} is {@code > >= < <=} as seen from the indexed attribute. */
    record Bound(String op, Ev value) {
    }

    boolean hasRange() {
        return !bounds.isEmpty();
    }

    /** How many lookups one input row costs (for estimates). */
    int lookups() {
        return in == null ? 1 : Math.max(1, inEstimate);
    }

    /** The concrete scans for one input row, in index order (reversed when descending). */
    List<Scan> scans(JsonNode[] row, QueryContext ctx, boolean descending) {
        List<JsonNode> eq = new ArrayList<>(equal.size());
        for (Ev e : equal) {
            eq.add(e.eval(row, ctx));
        }
        if (in != null) {
            JsonNode list = in.eval(row, ctx);
            if (!list.isArray()) {
                return List.of();
            }
            TreeSet<JsonNode> values = new TreeSet<>(Values::compare);
            list.forEach(values::add);
            List<Scan> out = new ArrayList<>();
            for (JsonNode v : values) {
                List<JsonNode> prefix = new ArrayList<>(eq);
                prefix.add(v);
                out.add(new Scan(prefix, null));
            }
            if (descending) {
                Collections.reverse(out);
            }
            return out;
        }
        return List.of(new Scan(eq, bounds.isEmpty() ? null : range(row, ctx)));
    }

    private IndexRange range(JsonNode[] row, QueryContext ctx) {
        JsonNode low = null;
        boolean lowIncl = false;
        JsonNode high = null;
        boolean highIncl = false;
        for (Bound b : bounds) {
            JsonNode v = b.value().eval(row, ctx);
            boolean incl = b.op().endsWith("=");
            if (b.op().startsWith(">")) {
                int cmp = low == null ? 1 : Values.compare(v, low);
                if (cmp > 0 || (cmp == 0 && !incl)) {
                    low = v;
                    lowIncl = incl;
                }
            } else {
                int cmp = high == null ? -1 : Values.compare(v, high);
                if (cmp < 0 || (cmp == 0 && !incl)) {
                    high = v;
                    highIncl = incl;
                }
            }
        }
        return new IndexRange(low, lowIncl, high, highIncl);
    }
}
