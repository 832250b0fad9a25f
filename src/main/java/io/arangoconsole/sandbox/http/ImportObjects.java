package io.arangoconsole.sandbox.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.UTF8StreamJsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arangoconsole.sandbox.store.Json;
import io.arangoconsole.sandbox.store.RawMembers;

import java.io.IOException;
import java.util.LinkedHashMap;

/**
 * Reads the documents of an import body into trees (for keys, edges and indexes) and, in the same pass, their user
 * attributes in stored form ({@link RawMembers}), copied from the body where its bytes are already what the store
 * would write. Only for UTF-8 bodies read through a {@link CapturingInputStream}; anything else gets no stored form
 * and is serialized from the tree as before.
 */
final class ImportObjects {
    /**
     * A document read from the body: its tree, its members in stored form (null: serialize the tree) and how many of
     * them were copied from the body.
     */
    record Read(ObjectNode doc, byte[] members, int copied) {
    }

    private ImportObjects() {
    }

    /** Reads the object at the parser's START_OBJECT; {@code raw} is the stream the parser reads, or null. */
    static Read object(JsonParser p, CapturingInputStream raw) throws IOException {
        boolean capture = raw != null && p instanceof UTF8StreamJsonParser;
        // sized for a typical document, so the map is not grown attribute by attribute
        ObjectNode doc = new ObjectNode(Json.NODES, new LinkedHashMap<>(64));
        RawMembers members = capture ? new RawMembers() : null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            long from = capture ? p.currentTokenLocation().getByteOffset() : 0;
            JsonNode value = value(p, p.nextToken());
            if (doc.replace(name, value) != null) {
                members = null; // a repeated attribute: the tree keeps the last value in the first place
            }
            if (members != null) {
                byte[] kept = raw.buffer();
                int start = raw.index(from);
                int end = raw.index(p.currentLocation().getByteOffset());
                members.add(name, value, kept, start < 0 || end < 0 ? 0 : start, start < 0 || end < 0 ? 0 : end);
            }
        }
        if (capture) {
            raw.release(p.currentLocation().getByteOffset());
        }
        return members == null ? new Read(doc, null, 0) : new Read(doc, members.bytes(), members.copied());
    }

    /** The value at the current token, as the tree deserializer would build it. */
    private static JsonNode value(JsonParser p, JsonToken t) throws IOException {
        return switch (t) {
            case VALUE_STRING -> Json.NODES.textNode(p.getText());
            case VALUE_TRUE -> Json.NODES.booleanNode(true);
            case VALUE_FALSE -> Json.NODES.booleanNode(false);
            case VALUE_NULL -> Json.NODES.nullNode();
            case VALUE_NUMBER_INT -> switch (p.getNumberType()) {
                case INT -> Json.NODES.numberNode(p.getIntValue());
                case LONG -> Json.NODES.numberNode(p.getLongValue());
                default -> p.readValueAsTree();
            };
            default -> p.readValueAsTree();
        };
    }
}
