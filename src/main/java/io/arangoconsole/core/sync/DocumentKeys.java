package io.arangoconsole.core.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * ArangoDB's document key rules (1 to 254 characters of letters, digits and {@code _-:.@()+,=;$!*'%}), checked before
 * a document is sent so that the reject names the source line instead of an import position.
 */
public final class DocumentKeys {
    private static final String PUNCTUATION = "_-:.@()+,=;$!*'%";

    private DocumentKeys() {
    }

    /** Whether {@code key} is a legal ArangoDB document key. */
    public static boolean isLegal(String key) {
        if (key == null || key.isEmpty() || key.length() > 254) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || PUNCTUATION.indexOf(c) >= 0;
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /**
     * Why the document's {@code _key} cannot be synced, or null when it is fine. A sync needs a key on every document:
     * without one a replayed batch would create duplicates. When {@code keyAttribute} is set and {@code _key} is
     * missing, the key is first copied from that attribute.
     */
    public static String problem(ObjectNode doc, String keyAttribute) {
        if (!doc.has("_key") && keyAttribute != null && doc.hasNonNull(keyAttribute)) {
            JsonNode value = doc.get(keyAttribute);
            doc.put("_key", value.isTextual() ? value.textValue() : value.toString());
        }
        JsonNode key = doc.get("_key");
        if (key == null || key.isNull()) {
            return "missing _key";
        }
        if (!key.isTextual()) {
            return "illegal _key " + key + ": not a string";
        }
        if (!isLegal(key.textValue())) {
            return "illegal _key '" + abbreviate(key.textValue()) + "': 1-254 characters of letters, digits and "
                    + PUNCTUATION;
        }
        return null;
    }

    static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
