package io.arangoconsole.sandbox.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;

/** Building the stored form of documents: system attributes first, then the user's, and merging for updates. */
final class Documents {
    private static final byte[] KEY = "{\"_key\":\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ID = "\",\"_id\":\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] REV = "\",\"_rev\":\"".getBytes(StandardCharsets.US_ASCII);

    private Documents() {
    }

    static ObjectNode withSystemAttributes(ObjectNode body, String collection, String key, String rev) {
        ObjectNode out = Json.object();
        out.put("_key", key);
        out.put("_id", collection + "/" + key);
        out.put("_rev", rev);
        Iterator<Map.Entry<String, JsonNode>> it = body.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String name = e.getKey();
            if (!name.equals("_key") && !name.equals("_id") && !name.equals("_rev")) {
                out.set(name, e.getValue());
            }
        }
        return out;
    }

    /**
     * The stored form of a new document, {@link #withSystemAttributes} as bytes, written straight from the body:
     * no copy of the tree and no serializer set up per document, which is most of the cost of a bulk import.
     */
    static byte[] storedBytes(ObjectNode body, String collection, String key, String rev) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(2048);
        try (JsonGenerator g = Json.MAPPER.getFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("_key", key);
            g.writeStringField("_id", collection + "/" + key);
            g.writeStringField("_rev", rev);
            Iterator<Map.Entry<String, JsonNode>> it = body.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                String name = e.getKey();
                if (!name.equals("_key") && !name.equals("_id") && !name.equals("_rev")) {
                    g.writeFieldName(name);
                    write(g, e.getValue());
                }
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // writing to memory
        }
        return out.toByteArray();
    }

    /**
     * The stored form of a new document from its members already rendered ({@link RawMembers}): the same bytes as
     * {@link #storedBytes(ObjectNode, String, String, String)}. Keys, collection names and revisions hold no character
     * JSON escapes, so they are written as they are.
     */
    static byte[] storedBytes(byte[] members, String collection, String key, String rev) {
        return storedBytes(members, 0, members.length, collection, key, rev);
    }

    /** {@link #storedBytes(byte[], String, String, String)} of the members {@code members[from, to)}. */
    static byte[] storedBytes(byte[] members, int from, int to, String collection, String key, String rev) {
        byte[] name = collection.getBytes(StandardCharsets.UTF_8);
        int length = to - from;
        byte[] out = new byte[headLength(name, key, rev) + (length == 0 ? 0 : length + 1) + 1];
        // no string built per document: keys and revisions are ASCII
        int at = put(out, 0, KEY);
        at = ascii(out, at, key);
        at = put(out, at, ID);
        at = put(out, at, name);
        out[at++] = '/';
        at = ascii(out, at, key);
        at = put(out, at, REV);
        at = ascii(out, at, rev);
        out[at++] = '"';
        if (length > 0) {
            out[at++] = ',';
            System.arraycopy(members, from, out, at, length);
            at += length;
        }
        out[at] = '}';
        return out;
    }

    /** The bytes before the members: {@code {"_key":"k","_id":"c/k","_rev":"r"}, its closing quote included. */
    static int headLength(byte[] collection, String key, String rev) {
        return KEY.length + key.length() + ID.length + collection.length + 1 + key.length() + REV.length
                + rev.length() + 1;
    }

    private static int put(byte[] out, int at, byte[] part) {
        System.arraycopy(part, 0, out, at, part.length);
        return at + part.length;
    }

    /** Writes {@code s}, ASCII, into {@code out} at {@code at}; returns the index after it. */
    static int ascii(byte[] out, int at, String s) {
        for (int i = 0; i < s.length(); i++) {
            out[at++] = (byte) s.charAt(i);
        }
        return at;
    }

    static void write(JsonGenerator g, JsonNode v) throws IOException {
        switch (v.getNodeType()) {
            case OBJECT -> {
                g.writeStartObject();
                Iterator<Map.Entry<String, JsonNode>> it = v.fields();
                while (it.hasNext()) {
                    Map.Entry<String, JsonNode> e = it.next();
                    g.writeFieldName(e.getKey());
                    write(g, e.getValue());
                }
                g.writeEndObject();
            }
            case ARRAY -> {
                g.writeStartArray();
                for (JsonNode item : v) {
                    write(g, item);
                }
                g.writeEndArray();
            }
            case STRING -> g.writeString(v.textValue());
            case BOOLEAN -> g.writeBoolean(v.booleanValue());
            case NULL -> g.writeNull();
            case NUMBER -> {
                switch (v.numberType()) {
                    case INT -> g.writeNumber(v.intValue());
                    case LONG -> g.writeNumber(v.longValue());
                    case BIG_INTEGER -> g.writeNumber(v.bigIntegerValue());
                    case FLOAT -> g.writeNumber(v.floatValue());
                    case BIG_DECIMAL -> g.writeNumber(v.decimalValue());
                    default -> g.writeNumber(v.doubleValue());
                }
            }
            default -> g.writeTree(v); // binary or POJO nodes: not made by parsing JSON, rare
        }
    }

    /** ArangoDB's update: patch attributes win; null removes unless keepNull; objects merge when mergeObjects. */
    static ObjectNode merge(ObjectNode base, ObjectNode patch, boolean keepNull, boolean mergeObjects) {
        ObjectNode out = base.deepCopy();
        Iterator<Map.Entry<String, JsonNode>> it = patch.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String name = e.getKey();
            JsonNode value = e.getValue();
            if (name.equals("_key") || name.equals("_id") || name.equals("_rev")) {
                continue;
            }
            if (value.isNull() && !keepNull) {
                out.remove(name);
            } else if (mergeObjects && value.isObject() && out.path(name).isObject()) {
                out.set(name, merge((ObjectNode) out.get(name), (ObjectNode) value, keepNull, true));
            } else {
                out.set(name, value);
            }
        }
        return out;
    }
}
