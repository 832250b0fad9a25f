package io.arangoconsole.sandbox.store;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Bounds on one indexed field for a scan; a null bound is open. {@code low < x <= high} is
 * {@code new IndexRange(low, false, high, true)}.
 */
public record IndexRange(JsonNode low, boolean lowInclusive, JsonNode high, boolean highInclusive) {
    public static final IndexRange ALL = new IndexRange(null, false, null, false);

    public static IndexRange equal(JsonNode value) {
        return new IndexRange(value, true, value, true);
    }
}
