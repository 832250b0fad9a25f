package io.arangoconsole.core.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;

/**
 * Whether importing a document would leave the stored one as it is, so that it need not be sent and does not count
 * as written (see docs/decisions, "sync written count"). {@code _id} and {@code _rev} never count; numbers compare
 * by value (1 equals 1.0, as the server may give either back).
 */
public final class ContentEquality {
    private static final Comparator<JsonNode> NUMERIC = (a, b) -> {
        if (a.equals(b)) {
            return 0;
        }
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0 ? 0 : 1;
        }
        return 1;
    };

    private ContentEquality() {
    }

    /**
     * Whether {@code stored} already reflects {@code incoming} for {@code mode}: with {@code UPDATE} every incoming
     * attribute has the same value (objects merged recursively, as the import's default {@code mergeObjects});
     * with {@code REPLACE} and {@code ERROR} the contents are equal; with {@code IGNORE} any stored document is kept.
     */
    public static boolean unchanged(ObjectNode stored, ObjectNode incoming, OnDuplicate mode) {
        if (stored == null) {
            return false;
        }
        switch (mode) {
            case IGNORE:
                return true;
            case UPDATE:
                return covers(stored, incoming);
            default:
                return sameContent(stored, incoming);
        }
    }

    /** Equal attributes, ignoring {@code _id} and {@code _rev}. */
    public static boolean sameContent(ObjectNode a, ObjectNode b) {
        return strip(a).equals(NUMERIC, strip(b));
    }

    private static boolean covers(ObjectNode stored, ObjectNode incoming) {
        for (Iterator<Map.Entry<String, JsonNode>> it = incoming.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String name = field.getKey();
            if (name.equals("_id") || name.equals("_rev")) {
                continue;
            }
            JsonNode have = stored.get(name);
            JsonNode want = field.getValue();
            if (have == null) {
                return false;
            }
            if (have instanceof ObjectNode h && want instanceof ObjectNode w) {
                if (!covers(h, w)) {
                    return false;
                }
            } else if (!have.equals(NUMERIC, want)) {
                return false;
            }
        }
        return true;
    }

    static ObjectNode strip(ObjectNode doc) {
        if (!doc.has("_id") && !doc.has("_rev")) {
            return doc;
        }
        ObjectNode copy = doc.deepCopy();
        copy.remove("_id");
        copy.remove("_rev");
        return copy;
    }
}
