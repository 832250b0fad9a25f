package io.arangoconsole.sandbox.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The user attributes of a new document in their stored form, built while its request body is parsed. A member whose
 * bytes in the body are exactly what the serializer would write (no whitespace, no escapes, a string, an integer, a
 * double in Java's shortest form, true, false or null) is copied as it stands; any other (objects, arrays, other
 * spellings) is written by the generator. The result equals what {@link Documents#storedBytes} writes from the tree,
 * byte for byte; encoding every string again was the largest cost of a bulk import (docs/benchmarks.md, issue 16).
 */
public final class RawMembers {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(2048);
    private JsonGenerator generator;
    private int members;
    private int copied;

    /**
     * Adds the member {@code name: value}, whose text in the body is {@code body[from, to)} (from its name's opening
     * quote to the end of its value). System attributes are left out: the stored form writes its own first.
     */
    public void add(String name, JsonNode value, byte[] body, int from, int to) {
        if (name.equals("_key") || name.equals("_id") || name.equals("_rev")) {
            return;
        }
        if (members++ > 0) {
            out.write(',');
        }
        if (verbatim(value, body, from, to)) {
            out.write(body, from, to - from);
            copied++;
            return;
        }
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

    /** The members, comma-separated, without braces. */
    public byte[] bytes() {
        if (generator != null) {
            try {
                generator.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out.toByteArray();
    }

    /** How many members were copied from the body as they stood (for tests). */
    public int copied() {
        return copied;
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
        if (from < 0 || to > b.length || to - from < 4 || b[from] != '"') {
            return false;
        }
        int close = from + 1;
        while (close < to && b[close] != '"') {
            if (b[close] == '\\') {
                return false;
            }
            close++;
        }
        if (close + 2 >= to || b[close + 1] != ':') {
            return false;
        }
        int v = close + 2;
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
        byte[] t = text.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < t.length; i++) {
            if (b[from + i] != t[i]) {
                return false;
            }
        }
        return true;
    }
}
