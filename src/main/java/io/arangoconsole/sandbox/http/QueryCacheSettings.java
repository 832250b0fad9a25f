package io.arangoconsole.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arangoconsole.sandbox.store.ApiError;
import io.arangoconsole.sandbox.store.Json;

/** The query results cache's properties, kept and validated like ArangoDB's; {@link QueryResultsCache} obeys them. */
public final class QueryCacheSettings {
    private String mode = "demand";
    private long maxResults = 128;
    private long maxResultsSize = 268_435_456L;
    private long maxEntrySize = 16_777_216L;
    private boolean includeSystem;

    synchronized String mode() {
        return mode;
    }

    synchronized long maxResults() {
        return maxResults;
    }

    synchronized long maxResultsSize() {
        return maxResultsSize;
    }

    synchronized long maxEntrySize() {
        return maxEntrySize;
    }

    synchronized boolean includeSystem() {
        return includeSystem;
    }

    public synchronized ObjectNode properties() {
        ObjectNode out = Json.object();
        out.put("mode", mode);
        out.put("maxResults", maxResults);
        out.put("maxResultsSize", maxResultsSize);
        out.put("maxEntrySize", maxEntrySize);
        out.put("includeSystem", includeSystem);
        return out;
    }

    /** Applies the given fields, all or none; 400/10 for a wrong mode or type. */
    public synchronized ObjectNode update(ObjectNode changes) {
        String newMode = mode;
        if (changes.has("mode")) {
            newMode = changes.get("mode").asText();
            if (!changes.get("mode").isTextual() || !newMode.matches("off|on|demand")) {
                throw ApiError.badParameter("invalid value for 'mode': " + changes.get("mode"));
            }
        }
        long newMaxResults = number(changes, "maxResults", maxResults);
        long newMaxResultsSize = number(changes, "maxResultsSize", maxResultsSize);
        long newMaxEntrySize = number(changes, "maxEntrySize", maxEntrySize);
        boolean newIncludeSystem = includeSystem;
        if (changes.has("includeSystem")) {
            if (!changes.get("includeSystem").isBoolean()) {
                throw ApiError.badParameter("expecting boolean for 'includeSystem'");
            }
            newIncludeSystem = changes.get("includeSystem").asBoolean();
        }
        mode = newMode;
        maxResults = newMaxResults;
        maxResultsSize = newMaxResultsSize;
        maxEntrySize = newMaxEntrySize;
        includeSystem = newIncludeSystem;
        return properties();
    }

    private static long number(ObjectNode changes, String field, long current) {
        JsonNode v = changes.get(field);
        if (v == null) {
            return current;
        }
        if (!v.isNumber() || v.asLong() < 0) {
            throw ApiError.badParameter("expecting a non-negative number for '" + field + "'");
        }
        return v.asLong();
    }
}
