package io.arangoconsole.sandbox.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;

/**
 * The user attributes of a new document in their stored form, built while its request body is parsed. A member whose
 * bytes in the body are exactly what the serializer would write (no whitespace, no escapes, a string, an integer, a
 * double in Java's shortest form, true, false or null) is copied as it stands; any other (objects, arrays, other
 * spellings) is written by the generator. The result equals what {@link Documents#storedBytes} writes from the tree,
 * byte for byte; encoding every string again was the largest cost of a bulk import (docs/benchmarks.md, issue 16).
 */
public final class RawMembers {
    private final Buffer out = new Buffer();
    private JsonGenerator generator;
    private int members;
    private int copied;

    /**
     * Adds the member {@code name: value}, whose text in the body is {@code body[from, to)} (from its name's opening
     * quote to the end of its value). System attributes are left out: the stored form writes its own first.
     */
    public void add(String name, JsonNode value, byte[] body, int from, int to) {
        if (isSystem(name)) {
            return;
        }
        if (verbatim(value, body, from, to)) {
            copy(body, from, to);
            return;
        }
        separate();
        try {
            JsonGenerator g = generator();
            g.writeString(name);
            g.flush();
            out.write(':');
            Documents.write(g, value);
            g.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // writing to memory
        }
    }

    /**
     * Adds {@code body[from, to)} as it stands: a member the caller found spelled as the generator spells it
     * ({@link #plainScalar}), which then needs no tree node at all.
     */
    public void copy(byte[] body, int from, int to) {
        separate();
        out.write(body, from, to - from);
        copied++;
    }

    /** The members, comma-separated, without braces. */
    public byte[] bytes() {
        return Arrays.copyOf(out.bytes, out.size); // the generator flushed after each member it wrote
    }

    /**
     * The members as the stored form of a new document under {@code key} in {@code collection}, its revision left
     * to fill in; members only when either is null or the key is not valid.
     */
    public PreparedDocument prepared(String collection, String key) {
        return PreparedDocument.of(out.bytes, out.size, collection, key);
    }

    /** Empties this for the next document, keeping its buffer (one per parser, not one per document). */
    public void reset() {
        out.size = 0;
        members = 0;
        copied = 0;
    }

    /** How many members were copied from the body as they stood (for tests). */
    public int copied() {
        return copied;
    }

    /** Whether {@code name} is one of the attributes the store writes itself ({@code _key}, {@code _id}, {@code _rev}). */
    public static boolean isSystem(String name) {
        return name.equals("_key") || name.equals("_id") || name.equals("_rev");
    }

    /**
     * The whole tree of a document read as {@code partial} (its system attributes and some others) plus its members
     * in stored form: the system attributes first, then every member as the body gave it (a repeated attribute keeps
     * its last value in its first place, as the tree deserializer does).
     */
    public static ObjectNode wholeDocument(ObjectNode partial, byte[] members) {
        return wholeDocument(partial, members, 0, members.length);
    }

    /** {@link #wholeDocument(ObjectNode, byte[])} with the members at {@code members[from, to)}. */
    static ObjectNode wholeDocument(ObjectNode partial, byte[] members, int from, int to) {
        ObjectNode out = Json.object();
        for (String name : new String[]{"_key", "_id", "_rev"}) {
            if (partial.has(name)) {
                out.set(name, partial.get(name));
            }
        }
        byte[] object = new byte[to - from + 2];
        object[0] = '{';
        System.arraycopy(members, from, object, 1, to - from);
        object[object.length - 1] = '}';
        Iterator<Map.Entry<String, JsonNode>> it = Json.parse(object).fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            out.set(e.getKey(), e.getValue());
        }
        return out;
    }

    private void separate() {
        if (members++ > 0) {
            out.write(',');
        }
    }

    private JsonGenerator generator() throws IOException {
        if (generator == null) {
            generator = Json.MAPPER.getFactory().createGenerator(out);
            generator.setRootValueSeparator(null);
        }
        return generator;
    }

    /** Whether {@code body[from, to)} is {@code "name":value} spelled exactly as the generator spells it. */
    static boolean verbatim(JsonNode value, byte[] b, int from, int to) {
        int v = valueStart(b, from, to);
        if (v < 0) {
            return false;
        }
        return switch (value.getNodeType()) {
            case STRING -> plainString(value.textValue(), b, v, to);
            case BOOLEAN -> literal(b, v, to, value.booleanValue() ? "true" : "false");
            case NULL -> literal(b, v, to, "null");
            case NUMBER -> switch (value.numberType()) {
                case INT, LONG -> integer(b, v, to);
                case DOUBLE -> literal(b, v, to, Double.toString(value.doubleValue()));
                default -> false;
            };
            default -> false;
        };
    }

    /**
     * Whether {@code body[from, to)} is {@code "name":value} spelled exactly as the generator spells it, for a value
     * the parser reported as a string, an integer, true, false or null, judged from the bytes alone: a string
     * without a backslash (the parser has rejected raw control characters), an integer without sign tricks or
     * leading zeros. Any other kind of value answers false.
     */
    public static boolean plainScalar(Kind kind, byte[] b, int from, int to) {
        int v = valueStart(b, from, to);
        return v >= 0 && plainValue(kind, b, v, to);
    }

    /**
     * Whether the member {@code name} whose text starts at {@code from} (its opening quote) and whose value starts at
     * {@code valueAt} is spelled {@code "name":} as the generator spells it. Escapes and non-ASCII characters take
     * more bytes than characters and whitespace adds bytes, so the byte count alone tells.
     */
    public static boolean plainName(String name, int from, int valueAt) {
        return valueAt - from == name.length() + 3;
    }

    /** {@link #plainScalar} for the value alone, {@code b[from, to)}. */
    public static boolean plainValue(Kind kind, byte[] b, int from, int to) {
        int v = from;
        if (v < 0 || to > b.length || v >= to) {
            return false;
        }
        return switch (kind) {
            case STRING -> {
                if (to - v < 2 || b[v] != '"' || b[to - 1] != '"') {
                    yield false;
                }
                for (int i = v + 1; i < to - 1; i++) {
                    if (b[i] == '"' || b[i] == '\\') {
                        yield false;
                    }
                }
                yield true;
            }
            case INTEGER -> integer(b, v, to);
            case TRUE -> literal(b, v, to, "true");
            case FALSE -> literal(b, v, to, "false");
            case NULL -> literal(b, v, to, "null");
        };
    }

    /** The kinds of scalar {@link #plainScalar} judges from bytes. */
    public enum Kind { STRING, INTEGER, TRUE, FALSE, NULL }

    /** Where the value of {@code "name":value} at {@code b[from, to)} starts, or -1 if the name part is not plain. */
    private static int valueStart(byte[] b, int from, int to) {
        if (from < 0 || to > b.length || to - from < 4 || b[from] != '"') {
            return -1;
        }
        int close = from + 1;
        while (close < to && b[close] != '"') {
            if (b[close] == '\\') {
                return -1;
            }
            close++;
        }
        if (close + 2 >= to || b[close + 1] != ':') {
            return -1;
        }
        return close + 2;
    }

    private static boolean plainString(String text, byte[] b, int from, int to) {
        if (to - from < 2 || b[from] != '"' || b[to - 1] != '"') {
            return false;
        }
        if (to - from - 2 == text.length()) {
            // an escape or a non-ASCII character both take more bytes than characters: this is plain ASCII
            return true;
        }
        for (int i = from + 1; i < to - 1; i++) {
            if (b[i] == '"' || b[i] == '\\') {
                return false;
            }
        }
        return true;
    }

    private static boolean integer(byte[] b, int from, int to) {
        int i = b[from] == '-' ? from + 1 : from;
        if (i >= to || (b[i] == '0' && (to - i > 1 || i > from))) {
            return false; // "-0" and leading zeros are written otherwise
        }
        for (; i < to; i++) {
            if (b[i] < '0' || b[i] > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean literal(byte[] b, int from, int to, String text) {
        if (to - from != text.length()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (b[from + i] != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** A growable byte buffer without the per-call locking of {@code ByteArrayOutputStream}. */
    private static final class Buffer extends OutputStream {
        byte[] bytes = new byte[4096];
        int size;

        @Override
        public void write(int b) {
            ensure(1);
            bytes[size++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            ensure(len);
            System.arraycopy(b, off, bytes, size, len);
            size += len;
        }

        private void ensure(int more) {
            if (size + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
            }
        }
    }
}
