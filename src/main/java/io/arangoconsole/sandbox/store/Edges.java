package io.arangoconsole.sandbox.store;

import com.fasterxml.jackson.databind.JsonNode;

/** What ArangoDB asks of a document in an edge collection: {@code _from} and {@code _to}, each a document id. */
public final class Edges {
    private Edges() {
    }

    /** Whether the document has both edge attributes, each as {@code collection/key}. */
    public static boolean valid(JsonNode doc) {
        return isId(doc.get("_from")) && isId(doc.get("_to"));
    }

    /** 400/1233 unless {@link #valid}. */
    static void check(JsonNode doc) {
        if (!valid(doc)) {
            throw new ApiError(400, 1233, "edge attribute missing or invalid");
        }
    }

    private static boolean isId(JsonNode v) {
        if (v == null || !v.isTextual()) {
            return false;
        }
        String s = v.asText();
        int slash = s.indexOf('/');
        return slash > 0 && slash < s.length() - 1;
    }
}
