package io.arangoconsole.sandbox.aql;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arangoconsole.sandbox.store.ApiError;
import io.arangoconsole.sandbox.store.Database;
import io.arangoconsole.sandbox.store.Json;
import io.arangoconsole.sandbox.store.Transaction;

import java.util.Iterator;
import java.util.List;

/**
 * The sandbox's AQL: parser, optimizer (persistent indexes for FILTER and SORT on their leading fields) and
 * a pull-based executor. Errors are {@code ApiError}s exactly as ArangoDB reports them (400/1501 parse error with
 * position, 400/1551 missing bind parameter, 404/1203 unknown collection, 400/1501 naming an unsupported construct).
 */
public final class AqlEngine {
    private static final String[] VOLATILE = {"RAND", "DATE_NOW", "SLEEP", "DOCUMENT"};
    private final QueryTracker tracker;
    private volatile long defaultMemoryLimit;

    public AqlEngine(QueryTracker tracker) {
        this.tracker = tracker;
    }

    /**
     * The memory limit of queries that set none (ArangoDB's {@code --query.memory-limit}), in bytes; 0 = none.
     */
    public void setDefaultMemoryLimit(long bytes) {
        this.defaultMemoryLimit = Math.max(0, bytes);
    }

    public long defaultMemoryLimit() {
        return defaultMemoryLimit;
    }

    public QueryTracker tracker() {
        return tracker;
    }

    /** Parses, plans and starts a query in {@code db}; registered with the tracker until exhausted or closed. */
    public QueryRun start(Database db, QueryRequest request) {
        try {
            return startChecked(db, request);
        } catch (StackOverflowError tooDeep) {
            throw tooDeep();
        }
    }

    static ApiError tooDeep() {
        return new ApiError(400, 1524, "too much nesting or too many objects");
    }

    private QueryRun startChecked(Database db, QueryRequest request) {
        long t0 = System.nanoTime();
        ParsedQuery parsed = Parser.parse(request.query());
        checkBindVars(parsed, request.bindVars());
        long t1 = System.nanoTime();
        long limit = request.memoryLimit() > 0 ? request.memoryLimit() : defaultMemoryLimit;
        Planner planner = new Planner(parsed, request.bindVars(), db, request.fullCount(), limit);
        CompiledBlock plan = planner.plan();
        long t2 = System.nanoTime();
        QueryTracker.Entry entry = tracker.register(db.name(), request.user(), request.query(), request.bindVars(),
                request.stream(), parsed.modification());
        QueryContext ctx = new QueryContext(db, request.maxRuntime(), entry,
                parsed.modification() ? Transaction.begin(db) : null, limit);
        entry.memory = ctx::peakMemory;
        ctx.failOnWarning = request.failOnWarning();
        ctx.profileNodes = request.profile() >= 2;
        try {
            for (JsonNode w : planner.warnings()) {
                ctx.warn(w.path("code").asInt(), w.path("message").asText());
            }
        } catch (ApiError e) {
            tracker.finish(entry, e.errorNum());
            throw e;
        }
        RunningQuery run = new RunningQuery(tracker, entry, ctx, plan, request, parsed.modification(),
                (t1 - t0) / 1e9, (t2 - t1) / 1e9, planner.slots(), () -> Explain.plan(plan, planner,
                parsed.modification()));
        run.dataSources = java.util.List.copyOf(planner.access.keySet());
        run.cacheable = !parsed.modification() && !mentionsVolatile(request.query());
        return run;
    }

    /**
     * The answer body of {@code POST /_api/explain} without {@code error}/{@code code}: {@code plan} (or
     * {@code plans} when {@code allPlans}), {@code cacheable}, {@code warnings}, {@code stats}.
     */
    public ObjectNode explain(Database db, String query, ObjectNode bindVars, boolean allPlans) {
        return explain(db, query, bindVars, allPlans, false);
    }

    /** {@link #explain(Database, String, ObjectNode, boolean)}; with {@code failOnWarning} a warning is an error. */
    public ObjectNode explain(Database db, String query, ObjectNode bindVars, boolean allPlans,
                              boolean failOnWarning) {
        try {
            return explainChecked(db, query, bindVars, allPlans, failOnWarning);
        } catch (StackOverflowError e) {
            throw tooDeep();
        }
    }

    private ObjectNode explainChecked(Database db, String query, ObjectNode bindVars, boolean allPlans,
                                      boolean failOnWarning) {
        long t0 = System.nanoTime();
        ParsedQuery parsed = Parser.parse(query);
        checkBindVars(parsed, bindVars);
        Planner planner = new Planner(parsed, bindVars, db, false, defaultMemoryLimit);
        CompiledBlock plan = planner.plan();
        ObjectNode planJson = Explain.plan(plan, planner, parsed.modification());
        ObjectNode out = Json.object();
        if (allPlans) {
            out.putArray("plans").add(planJson);
        } else {
            out.set("plan", planJson);
        }
        if (failOnWarning && !planner.warnings().isEmpty()) {
            JsonNode first = planner.warnings().get(0);
            throw new ApiError(400, first.path("code").asInt(), first.path("message").asText());
        }
        if (!allPlans) { // as ArangoDB, which says it of a single plan only
            out.put("cacheable", !parsed.modification() && !mentionsVolatile(query));
        }
        out.set("warnings", planner.warnings().deepCopy());
        ObjectNode stats = out.putObject("stats");
        stats.put("rulesExecuted", 40 + planner.rules.size());
        stats.put("rulesSkipped", 0);
        stats.put("plansCreated", 1);
        stats.putObject("rules");
        stats.put("peakMemoryUsage", 0);
        stats.put("executionTime", (System.nanoTime() - t0) / 1e9);
        return out;
    }

    private static boolean mentionsVolatile(String query) {
        String upper = query.toUpperCase(java.util.Locale.ROOT);
        for (String f : VOLATILE) {
            if (upper.contains(f + "(")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The answer body of {@code POST /_api/query} (parse only) without {@code error}/{@code code}:
     * {@code parsed:true, collections:[...], bindVars:[...], ast:[...]}.
     */
    public ObjectNode parse(String query) {
        ParsedQuery parsed = Parser.parse(query);
        ObjectNode out = Json.object();
        out.put("parsed", true);
        ArrayNode collections = out.putArray("collections");
        parsed.collectionNames().forEach(collections::add);
        ArrayNode binds = out.putArray("bindVars");
        parsed.params().forEach(binds::add);
        out.putArray("ast").add(AstJson.block(parsed.root()));
        out.putArray("warnings");
        return out;
    }

    /**
     * The collections {@code query} names (bind parameters {@code @@x} as written) and whether it modifies data, for
     * a cluster Coordinator that checks the shards a query needs; a query that does not parse throws its 400.
     */
    public QueryCollections collections(String query) {
        ParsedQuery parsed = Parser.parse(query);
        return new QueryCollections(List.copyOf(parsed.collectionNames()), parsed.modification());
    }

    /** What {@link #collections(String)} tells. */
    public record QueryCollections(List<String> names, boolean modification) {
    }

    /** 1551 for a declared parameter without value, then 1552 for a value nobody declared, 1553 for @@ types. */
    static void checkBindVars(ParsedQuery parsed, ObjectNode bindVars) {
        for (String name : parsed.params()) {
            JsonNode v = bindVars == null ? null : bindVars.get(name);
            if (v == null) {
                throw new ApiError(400, 1551, "no value specified for declared bind parameter '" + name
                        + "' (while parsing)");
            }
            if (name.startsWith("@") && !v.isTextual()) {
                throw new ApiError(400, 1553, "bind parameter '" + name + "' has an invalid value or type");
            }
        }
        if (bindVars != null) {
            Iterator<String> names = bindVars.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                if (!parsed.params().contains(name)) {
                    throw new ApiError(400, 1552, "bind parameter '" + name + "' was not declared in the query"
                            + " (while parsing)");
                }
            }
        }
    }
}
