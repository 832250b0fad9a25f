package io.arangoconsole.core.indexes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The queries that prove one index, derived from the index itself, for any collection: equality on its leading
 * fields with values taken from the index's first entry, and a range with a sort on its last field. The values come
 * from the data: through the index when it exists (its first entry), else from the first document holding the
 * leading field ({@code LIMIT 1} stops there). The label is the query as run, with its values written in.
 */
public final class ProofQueries {
    /** Rows the range query asks for: enough to time, few enough for an index to answer at once. */
    public static final int RANGE_LIMIT = 100;
    private static final Pattern PATH = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");
    private static final ObjectMapper JSON = new ObjectMapper();

    private ProofQueries() {
    }

    /** One index to prove: its collection and fields in order. */
    public record Target(String collection, List<String> fields) {
        public Target {
            fields = List.copyOf(fields);
        }
    }

    /**
     * The proof queries of every target, in order; a target whose collection is empty, or whose fields are no plain
     * attribute paths (e.g. array expansions), yields none. Blocking: reads one entry per target.
     */
    public static List<ProofQuery> forIndexes(ProofSource source, List<Target> targets) {
        List<ProofQuery> out = new ArrayList<>();
        for (Target t : targets) {
            out.addAll(forIndex(source, t.collection(), t.fields()));
        }
        return out;
    }

    /** The proof queries of one index (see the class comment). Blocking. */
    public static List<ProofQuery> forIndex(ProofSource source, String collection, List<String> fields) {
        if (fields.isEmpty() || !fields.stream().allMatch(f -> PATH.matcher(f).matches())
                || fields.get(0).startsWith("_")) {
            // array expansions have no single first value; _key, _from, _to are served by built-in indexes
            return List.of();
        }
        JsonNode entry = firstEntry(source, collection, fields);
        if (entry == null || !entry.isArray() || entry.size() != fields.size()) {
            return List.of();
        }
        int last = fields.size() - 1;
        List<ProofQuery> out = new ArrayList<>();
        int equalities = fields.size() == 1 ? 1 : last;
        out.add(query(collection, fields, entry, equalities, false));
        out.add(query(collection, fields, entry, fields.size() == 1 ? 0 : last, true));
        return out;
    }

    /** Equality on the first {@code equalities} fields; with {@code range}, {@code >=} and a sort on the last. */
    private static ProofQuery query(String collection, List<String> fields, JsonNode entry, int equalities,
                                    boolean range) {
        Map<String, Object> bind = new LinkedHashMap<>();
        StringBuilder aql = new StringBuilder("FOR d IN @@c");
        StringBuilder shown = new StringBuilder("FOR d IN " + collection);
        List<String> filters = new ArrayList<>();
        List<String> shownFilters = new ArrayList<>();
        for (int i = 0; i < equalities; i++) {
            bind.put("v" + i, JSON.convertValue(entry.get(i), Object.class));
            filters.add("d." + fields.get(i) + " == @v" + i);
            shownFilters.add("d." + fields.get(i) + " == " + entry.get(i));
        }
        String lastField = fields.get(fields.size() - 1);
        if (range) {
            JsonNode from = entry.get(fields.size() - 1);
            bind.put("from", JSON.convertValue(from, Object.class));
            filters.add("d." + lastField + " >= @from");
            shownFilters.add("d." + lastField + " >= " + from);
        }
        if (!filters.isEmpty()) {
            aql.append(" FILTER ").append(String.join(" AND ", filters));
            shown.append(" FILTER ").append(String.join(" AND ", shownFilters));
        }
        if (range) {
            String tail = " SORT d." + lastField + " LIMIT " + RANGE_LIMIT;
            aql.append(tail);
            shown.append(tail);
        }
        aql.append(" RETURN d._key");
        shown.append(" RETURN d._key");
        Map<String, Object> all = new LinkedHashMap<>(bind);
        all.put("@c", collection);
        return new ProofQuery(shown.toString(), collection, aql.toString(), nullSafe(all));
    }

    /** Map.copyOf refuses null values; a null first entry is bound as JSON null through a marker-free copy. */
    private static Map<String, Object> nullSafe(Map<String, Object> bind) {
        Map<String, Object> out = new LinkedHashMap<>();
        bind.forEach((k, v) -> out.put(k, v == null ? JSON.nullNode() : v));
        return out;
    }

    /**
     * The index's first entry, as {@code [f1, f2, ...]}: through the index when the server's plan for the sorted
     * read uses one, else from the first document holding the leading field.
     */
    static JsonNode firstEntry(ProofSource source, String collection, List<String> fields) {
        StringBuilder values = new StringBuilder("[");
        StringBuilder sort = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            values.append(i == 0 ? "" : ", ").append("d.").append(fields.get(i));
            sort.append(i == 0 ? "" : ", ").append("d.").append(fields.get(i));
        }
        values.append("]");
        Map<String, Object> bind = Map.of("@c", collection);
        String lead = "d." + fields.get(0);
        String throughIndex = "FOR d IN @@c FILTER " + lead + " != null SORT " + sort + " LIMIT 1 RETURN " + values;
        String anyDocument = "FOR d IN @@c FILTER " + lead + " != null LIMIT 1 RETURN " + values;
        boolean indexed = source.explain(throughIndex, bind).usesIndex();
        List<JsonNode> rows = source.query(indexed ? throughIndex : anyDocument, bind);
        return rows.isEmpty() ? null : rows.get(0);
    }
}
