package io.arangoconsole.sandbox.aql;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arangoconsole.sandbox.store.ApiError;
import io.arangoconsole.sandbox.store.Json;

import java.util.Iterator;
import java.util.NoSuchElementException;

/** A started query: pulls its results lazily and unregisters from the tracker when exhausted, failed or closed. */
final class RunningQuery implements QueryRun {
    private final QueryTracker tracker;
    private final QueryTracker.Entry entry;
    private final QueryContext ctx;
    private final Iterator<JsonNode> results;
    private final CompiledBlock plan;
    private final QueryRequest request;
    private final boolean modification;
    private final double parseSeconds;
    private final double planSeconds;
    private final java.util.function.Supplier<ObjectNode> explainedPlan;
    private boolean finished;
    private double executionSeconds;

    RunningQuery(QueryTracker tracker, QueryTracker.Entry entry, QueryContext ctx, CompiledBlock plan,
                 QueryRequest request, boolean modification, double parseSeconds, double planSeconds,
                 int slots, java.util.function.Supplier<ObjectNode> explainedPlan) {
        this.tracker = tracker;
        this.entry = entry;
        this.ctx = ctx;
        this.plan = plan;
        this.request = request;
        this.modification = modification;
        this.parseSeconds = parseSeconds;
        this.planSeconds = planSeconds;
        this.explainedPlan = explainedPlan;
        this.results = plan.results(ctx, new JsonNode[slots]);
    }

    @Override
    public String id() {
        return entry.id;
    }

    @Override
    public boolean hasNext() {
        if (finished) {
            return false;
        }
        try {
            ctx.checkAlive();
            boolean more = results.hasNext();
            if (!more) {
                finish(0);
            }
            return more;
        } catch (ApiError e) {
            finish(e.errorNum());
            throw e;
        } catch (StackOverflowError e) {
            finish(1524);
            throw AqlEngine.tooDeep();
        } catch (RuntimeException | Error e) {
            finish(e instanceof OutOfMemoryError ? 32 : 4);
            throw e;
        }
    }

    @Override
    public JsonNode next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        try {
            JsonNode row = results.next();
            if (!request.stream()) {
                // a normal cursor holds its whole result until it is sent: that counts against the limit
                ctx.allocate(Memory.ofItem(row), plan.returnNode());
            }
            return row;
        } catch (RuntimeException e) {
            finish(e instanceof ApiError a ? a.errorNum() : 4);
            throw e;
        }
    }

    /** Ends the query once; {@code exitCode} is the errorNum it failed with, 0 when it ran to its end or closed. */
    private void finish(int exitCode) {
        if (finished) {
            return;
        }
        finished = true;
        if (ctx.txn != null) {
            ctx.txn.end();
        }
        executionSeconds = (System.nanoTime() - ctx.startNanos) / 1e9;
        entry.warnings = ctx.warningCount();
        tracker.addScannedFull(ctx.scannedFull);
        tracker.finish(entry, exitCode);
    }

    @Override
    public ObjectNode extra() {
        double exec = finished ? executionSeconds : (System.nanoTime() - ctx.startNanos) / 1e9;
        ObjectNode extra = Json.object();
        extra.set("warnings", ctx.warnings().deepCopy());
        ObjectNode stats = extra.putObject("stats");
        stats.put("writesExecuted", ctx.writesExecuted);
        stats.put("writesIgnored", ctx.writesIgnored);
        stats.put("documentLookups", ctx.documentLookups);
        stats.put("seeks", ctx.seeks);
        stats.put("scannedFull", ctx.scannedFull);
        stats.put("scannedIndex", ctx.scannedIndex);
        stats.put("searchParallelism", 1); // ArangoSearch views only, which the sandbox does not have
        stats.put("cursorsCreated", ctx.seeks);
        stats.put("cursorsRearmed", 0);
        stats.put("cacheHits", 0);
        stats.put("cacheMisses", 0);
        stats.put("filtered", ctx.filtered);
        stats.put("httpRequests", 0);
        if (request.fullCount()) {
            stats.put("fullCount", hasTopLimit() ? ctx.fullCount : plan.last().produced);
        }
        stats.put("executionTime", exec + parseSeconds + planSeconds);
        stats.put("peakMemoryUsage", ctx.peakMemory());
        stats.put("intermediateCommits", 0);
        if (request.profile() >= 1) {
            ObjectNode profile = extra.putObject("profile");
            profile.put("initializing", 0.000001);
            profile.put("parsing", parseSeconds);
            profile.put("optimizing ast", 0.000001);
            profile.put("loading collections", 0.000001);
            profile.put("instantiating plan", planSeconds / 2);
            profile.put("optimizing plan", planSeconds / 2);
            profile.put("instantiating executors", 0.000001);
            profile.put("executing", exec);
            profile.put("finalizing", 0.000001);
        }
        if (request.profile() >= 2) {
            extra.set("plan", explainedPlan.get());
            ArrayNode nodes = stats.putArray("nodes");
            addNodeStats(plan, nodes);
        }
        return extra;
    }

    private boolean hasTopLimit() {
        return plan.nodes().stream().anyMatch(n -> n instanceof BasicNodes.Limit);
    }

    private static void addNodeStats(CompiledBlock block, ArrayNode out) {
        for (PlanNode n : block.nodes()) {
            ObjectNode s = out.addObject();
            s.put("id", n.id);
            s.put("calls", n.produced / 1000 + 1);
            s.put("parallel", 0);
            s.put("items", n instanceof BasicNodes.Singleton ? 1 : n.produced);
            s.put("filtered", 0);
            s.put("runtime", n.runtimeNanos / 1e9);
            s.put("fetching", n.dependency == null ? 0.0 : n.dependency.runtimeNanos / 1e9);
            if (n instanceof BasicNodes.Subquery sq) {
                addNodeStats(sq.body, out);
            }
        }
    }

    @Override
    public boolean modificationQuery() {
        return modification;
    }

    /** Set by the engine once planned: see {@link #dataSources()} and {@link #cacheable()}. */
    java.util.List<String> dataSources = java.util.List.of();
    boolean cacheable;

    @Override
    public java.util.List<String> dataSources() {
        return dataSources;
    }

    @Override
    public boolean cacheable() {
        return cacheable;
    }

    @Override
    public void close() {
        finish(0);
    }
}
