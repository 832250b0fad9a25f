package io.arangoconsole.sandbox.aql;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Iterator;
import java.util.Map;

/**
 * Heap estimates of the values a query holds (Jackson trees on a 64-bit JVM with compressed pointers), for the
 * per-query memory limit. Deliberately a little above the real figure, so the limit trips before the heap does.
 */
final class Memory {
    /** ArangoDB tracks and reports query memory in steps of 32 KiB. */
    static final long GRANULE = 32 * 1024;
    private static final long ROW = 16;
    private static final long SLOT = 8;
    private static final long NUMBER = 24;
    private static final long CONTAINER = 56;
    private static final long ENTRY = 40;

    private Memory() {
    }

    static long of(JsonNode v) {
        if (v == null || v.isNull() || v.isBoolean() || v.isMissingNode()) {
            return 0;
        }
        if (v.isTextual()) {
            return 48 + 2L * v.textValue().length();
        }
        if (v.isArray()) {
            long total = CONTAINER + SLOT * v.size();
            for (JsonNode item : v) {
                total += of(item);
            }
            return total;
        }
        if (v.isObject()) {
            long total = CONTAINER;
            Iterator<Map.Entry<String, JsonNode>> it = v.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                total += ENTRY + 48 + 2L * e.getKey().length() + of(e.getValue());
            }
            return total;
        }
        return NUMBER;
    }

    /** A row kept by a buffering node (sort, collect): its slot array and the values in it. */
    static long ofRow(JsonNode[] row) {
        long total = ROW + SLOT * row.length;
        for (JsonNode v : row) {
            total += of(v);
        }
        return total;
    }

    /** An item appended to an array: the slot and the value. */
    static long ofItem(JsonNode v) {
        return SLOT + of(v);
    }

    /** {@code bytes} rounded up to ArangoDB's 32 KiB steps. */
    static long granules(long bytes) {
        return bytes <= 0 ? 0 : ((bytes + GRANULE - 1) / GRANULE) * GRANULE;
    }
}
