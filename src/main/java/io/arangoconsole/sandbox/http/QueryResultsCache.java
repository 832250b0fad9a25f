package io.arangoconsole.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arangoconsole.sandbox.aql.QueryRun;
import io.arangoconsole.sandbox.store.Collection;
import io.arangoconsole.sandbox.store.Database;
import io.arangoconsole.sandbox.store.Json;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * ArangoDB's AQL query results cache: complete results of cacheable queries, per database, keyed by query text and
 * bind parameters. Mode {@code on} caches every cacheable query unless it says {@code cache:false}, {@code demand} only
 * those that say {@code cache:true}. An entry remembers the revision of each collection it read and is dropped as
 * soon as one of them has been written (or dropped), which is ArangoDB's invalidation on writes.
 */
final class QueryResultsCache {
    private final QueryCacheSettings settings;
    /** database name, then entries in least-recently-used order. */
    private final Map<String, LinkedHashMap<String, Entry>> byDatabase = new LinkedHashMap<>();

    private static final class Entry {
        final String query;
        final JsonNode bindVars;
        final List<JsonNode> rows;
        final Map<String, String> revisions;
        final long size;
        final double runTime;
        final Instant started = Instant.now();
        long hits;

        Entry(String query, JsonNode bindVars, List<JsonNode> rows, Map<String, String> revisions, long size,
              double runTime) {
            this.query = query;
            this.bindVars = bindVars;
            this.rows = rows;
            this.revisions = revisions;
            this.size = size;
            this.runTime = runTime;
        }
    }

    QueryResultsCache(QueryCacheSettings settings) {
        this.settings = settings;
    }

    /** Whether a cursor with this top-level {@code cache} flag (null when absent) uses the cache. */
    boolean applies(JsonNode cacheFlag) {
        String mode = settings.mode();
        boolean asked = cacheFlag != null && cacheFlag.asBoolean(false);
        boolean refused = cacheFlag != null && cacheFlag.isBoolean() && !cacheFlag.booleanValue();
        return mode.equals("on") && !refused || mode.equals("demand") && asked;
    }

    /** The cached rows of that query, or null; an entry whose collections changed since is dropped. */
    synchronized List<JsonNode> lookup(Database db, String query, JsonNode bindVars) {
        Map<String, Entry> entries = byDatabase.get(db.name());
        String key = key(query, bindVars);
        Entry e = entries == null ? null : entries.get(key);
        if (e == null) {
            return null;
        }
        if (!unchanged(db, e)) {
            entries.remove(key);
            return null;
        }
        e.hits++;
        return e.rows;
    }

    /** Keeps the finished result of {@code run} if it may be cached and fits the size settings. */
    synchronized void store(Database db, String query, JsonNode bindVars, QueryRun run, List<JsonNode> rows,
                            double runTime) {
        boolean system = run.dataSources().stream().anyMatch(n -> n.startsWith("_"));
        if (!run.cacheable() || system && !settings.includeSystem()) {
            return;
        }
        long size = 0;
        for (JsonNode row : rows) {
            size += Json.bytes(row).length;
        }
        if (size > settings.maxEntrySize()) {
            return;
        }
        Map<String, String> revisions = new LinkedHashMap<>();
        for (String name : run.dataSources()) {
            Collection c = db.find(name);
            if (c == null) {
                return;
            }
            revisions.put(name, c.revision());
        }
        LinkedHashMap<String, Entry> entries = byDatabase.computeIfAbsent(db.name(),
                n -> new LinkedHashMap<>(16, 0.75f, true));
        entries.put(key(query, bindVars), new Entry(query, bindVars.deepCopy(), List.copyOf(rows), revisions, size,
                runTime));
        long total = entries.values().stream().mapToLong(x -> x.size).sum();
        var it = entries.values().iterator();
        while (it.hasNext() && (entries.size() > settings.maxResults() || total > settings.maxResultsSize())) {
            total -= it.next().size;
            it.remove();
        }
    }

    /** {@code GET /_api/query-cache/entries}: the valid entries of {@code db}. */
    synchronized ArrayNode entries(Database db) {
        ArrayNode out = Json.NODES.arrayNode();
        Map<String, Entry> entries = byDatabase.get(db.name());
        if (entries == null) {
            return out;
        }
        entries.values().removeIf(e -> !unchanged(db, e));
        for (Map.Entry<String, Entry> me : entries.entrySet()) {
            Entry e = me.getValue();
            ObjectNode o = out.addObject();
            o.put("hash", Long.toUnsignedString(hash(me.getKey())));
            o.put("query", e.query);
            o.set("bindVars", e.bindVars.deepCopy());
            o.put("size", e.size);
            o.put("results", e.rows.size());
            o.put("hits", e.hits);
            o.put("runTime", e.runTime);
            o.put("started", e.started.truncatedTo(ChronoUnit.SECONDS).toString());
            ArrayNode sources = o.putArray("dataSources");
            e.revisions.keySet().forEach(sources::add);
        }
        return out;
    }

    /** {@code DELETE /_api/query-cache}: empties the cache of {@code db}. */
    synchronized void clear(Database db) {
        byDatabase.remove(db.name());
    }

    /** Mode {@code off} empties every database's cache, as ArangoDB does when switching it off. */
    synchronized void settingsChanged() {
        if (settings.mode().equals("off")) {
            byDatabase.clear();
        }
    }

    private static boolean unchanged(Database db, Entry e) {
        for (Map.Entry<String, String> r : e.revisions.entrySet()) {
            Collection c = db.find(r.getKey());
            if (c == null || !c.revision().equals(r.getValue())) {
                return false;
            }
        }
        return true;
    }

    private static String key(String query, JsonNode bindVars) {
        return query + "\u0000" + Json.text(bindVars == null ? Json.object() : bindVars);
    }

    private static long hash(String key) {
        long h = 1125899906842597L;
        for (int i = 0; i < key.length(); i++) {
            h = 31 * h + key.charAt(i);
        }
        return h;
    }
}
