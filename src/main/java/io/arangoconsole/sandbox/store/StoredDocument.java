package io.arangoconsole.sandbox.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A document as the sandbox keeps it: its key, its revision and its full JSON (with {@code _key}, {@code _id},
 * {@code _rev}) as UTF-8 bytes. Keeping bytes rather than a node tree holds a 2 KB document in about 2 KB of heap.
 */
public record StoredDocument(String key, String rev, byte[] json) {

    /** A fresh, mutable tree of this document. */
    public ObjectNode node() {
        return (ObjectNode) Json.parse(json);
    }

    /** {@code {"_id", "_key", "_rev"}} for write answers. */
    public ObjectNode meta(String collection) {
        ObjectNode meta = Json.object();
        meta.put("_id", collection + "/" + key);
        meta.put("_key", key);
        meta.put("_rev", rev);
        return meta;
    }

    public int size() {
        return json.length;
    }

    /** The value at an attribute path such as {@code submissiondate} or {@code address.city}; missing is null. */
    public static JsonNode valueAt(JsonNode doc, String path) {
        JsonNode current = doc;
        int start = 0;
        while (current != null) {
            int dot = path.indexOf('.', start);
            String part = dot < 0 ? path.substring(start) : path.substring(start, dot);
            current = current.isObject() ? current.get(part) : null;
            if (dot < 0) {
                return current;
            }
            start = dot + 1;
        }
        return null;
    }
}
