package io.arangoconsole.core.sync;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Where reading stopped: the watermark value and {@code _key} of the last record (database sources, which read in
 * that order) and its 1-based line (file sources, which read in file order). Unused parts are null / 0.
 */
public record Position(JsonNode watermark, String key, long line) {

    /** The position of a file source after {@code line}. */
    public static Position ofLine(long line) {
        return new Position(null, null, line);
    }

    /** The position of an ordered source after {@code (watermark, key)}. */
    public static Position of(JsonNode watermark, String key) {
        return new Position(watermark, key, 0);
    }
}
