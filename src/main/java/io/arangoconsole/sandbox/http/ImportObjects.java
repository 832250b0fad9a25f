package io.arangoconsole.sandbox.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.base.ParserBase;
import com.fasterxml.jackson.core.json.UTF8StreamJsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arangoconsole.sandbox.store.Json;
import io.arangoconsole.sandbox.store.PreparedDocument;
import io.arangoconsole.sandbox.store.RawMembers;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Set;

/**
 * Reads the documents of an import body: their user attributes in stored form ({@link RawMembers}), copied from the
 * body where its bytes are already what the store would write, and in the same pass a tree of only the attributes
 * the collection reads on insert ({@code kept}: key, edges, indexed fields), so that the other values are never
 * decoded into strings and nodes (decision 0055). With {@code kept} null, or for a parser it cannot follow byte by
 * byte (not UTF-8 through a {@link CapturingInputStream}), the tree holds every attribute as before. One instance
 * per body, read by one thread.
 */
final class ImportObjects {
    /**
     * A document read from the body: its tree (only the {@code kept} attributes plus the system ones when
     * {@code kept} is not null), its members in stored form (null: serialize the tree), prepared as the whole
     * stored form when the collection was named, and how many of them were copied from the body.
     */
    record Read(ObjectNode doc, PreparedDocument prepared, int copied, java.util.Set<String> kept) {
        /** The members alone, comma-separated, or null. */
        byte[] members() {
            return prepared == null ? null : prepared.members();
        }
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long QUOTES = ONES * '"';
    private static final long BACKSLASHES = ONES * '\\';

    private final CapturingInputStream raw;
    private final Set<String> kept;
    private final String collection;
    private final RawMembers members = new RawMembers();
    private String[] names = new String[64];
    /** The previous document's attribute names: most documents of a body repeat them, in the same order. */
    private String[] lastNames = new String[0];
    private boolean lastUnique;
    /** For each attribute of the document being read / of the previous one: whether it goes into the tree. */
    private boolean[] inTrees = new boolean[64];
    private boolean[] lastInTrees = new boolean[0];

    /**
     * @param raw  the stream the parser reads, or null (then every document gets a whole tree and no stored form)
     * @param kept the top-level attributes the tree must hold besides {@code _key}, {@code _id}, {@code _rev}; null:
     *             all of them
     * @param collection the collection the documents go to, for their stored form prepared with its name; null: the
     *             members alone
     */
    ImportObjects(CapturingInputStream raw, Set<String> kept, String collection) {
        this.raw = raw;
        this.kept = kept;
        this.collection = collection;
    }

    /** Reads the object at the parser's START_OBJECT into a whole tree; {@code raw} is the stream it reads, or null. */
    static Read object(JsonParser p, CapturingInputStream raw) throws IOException {
        return new ImportObjects(raw, null, null).read(p);
    }

    /** Reads the object at the parser's START_OBJECT. */
    Read read(JsonParser p) throws IOException {
        if (raw == null || !(p instanceof UTF8StreamJsonParser)) {
            return new Read((ObjectNode) p.readValueAsTree(), null, 0, null);
        }
        ObjectNode doc = new ObjectNode(Json.NODES, new LinkedHashMap<>(kept == null ? 128 : 16));
        members.reset();
        int count = 0;
        ParserBase base = (ParserBase) p;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            if (count == names.length) {
                names = Arrays.copyOf(names, count * 2);
                inTrees = Arrays.copyOf(inTrees, count * 2);
            }
            // most documents of a body have the previous one's attributes in the same order: decided once
            boolean inTree = count < lastNames.length && lastNames[count] == name ? lastInTrees[count]
                    : kept == null || kept.contains(name) || RawMembers.isSystem(name);
            inTrees[count] = inTree;
            names[count++] = name;
            int from = nameStart(p, base, name);
            JsonToken t = p.nextToken();
            RawMembers.Kind kind = inTree ? null : kind(t);
            if (kind != null && from >= 0) {
                // the value's offset without a JsonLocation per token (they were most of the garbage of an import)
                int at = raw.index(base.getTokenCharacterOffset() - 1);
                if (at > from && RawMembers.plainName(name, from, at)) {
                    int to = valueEnd(kind, at);
                    if (to > at && (kind == RawMembers.Kind.STRING
                            || RawMembers.plainValue(kind, raw.buffer(), at, to))) {
                        members.copy(raw.buffer(), from, to);
                        continue;
                    }
                }
            }
            JsonNode value = value(p, t);
            if (inTree) {
                doc.set(name, value);
            }
            int end = raw.index(p.currentLocation().getByteOffset());
            members.add(name, value, raw.buffer(), from < 0 || end < 0 ? 0 : from, from < 0 || end < 0 ? 0 : end);
        }
        raw.release(base.getTokenCharacterOffset()); // just past the closing brace
        if (!unique(count)) {
            // a repeated attribute: the tree keeps the last value in the first place, and so is stored from the tree
            return new Read(kept == null ? doc : RawMembers.wholeDocument(doc, members.bytes()), null, 0, null);
        }
        JsonNode key = doc.get("_key");
        return new Read(doc, members.prepared(collection, key != null && key.isTextual() ? key.textValue() : null),
                members.copied(), kept);
    }

    /**
     * The index of the opening quote of the member name the parser is at, or -1 when it is not kept. Found from the
     * value's offset when the name is spelled {@code "name":} (checked byte by byte), so no JsonLocation is made;
     * otherwise (spaces, escapes, non-ASCII) asked of the parser.
     */
    private int nameStart(JsonParser p, ParserBase base, String name) {
        // at a FIELD_NAME the parser has already found where the value starts
        int at = raw.index(base.getTokenCharacterOffset() - 1);
        int from = at - name.length() - 3;
        byte[] b = raw.buffer();
        if (at >= 0 && from >= 0 && b[from] == '"' && b[at - 2] == '"' && b[at - 1] == ':') {
            boolean same = true;
            for (int i = 0; i < name.length() && same; i++) {
                char c = name.charAt(i);
                same = b[from + 1 + i] == c && c != '"' && c != '\\';
            }
            if (same) {
                return from;
            }
        }
        return raw.index(p.currentTokenLocation().getByteOffset());
    }

    /** The index just past a scalar of {@code kind} starting at {@code at} (from the bytes), or -1 if not found. */
    private int valueEnd(RawMembers.Kind kind, int at) {
        return switch (kind) {
            case STRING -> stringEnd(at);
            case INTEGER -> integerEnd(at);
            case TRUE, NULL -> Math.min(at + 4, raw.end());
            case FALSE -> Math.min(at + 5, raw.end());
        };
    }

    private int integerEnd(int at) {
        byte[] b = raw.buffer();
        int limit = raw.end();
        int i = at < limit && b[at] == '-' ? at + 1 : at;
        while (i < limit && b[i] >= '0' && b[i] <= '9') {
            i++;
        }
        // a digit at the limit may go on in bytes not read yet; a fraction or exponent makes it no integer
        return i == limit || b[i] == '.' || b[i] == 'e' || b[i] == 'E' ? -1 : i;
    }

    /** The kind of a scalar judged from its bytes, or null for values that need a node (numbers with a fraction). */
    private static RawMembers.Kind kind(JsonToken t) {
        return switch (t) {
            case VALUE_STRING -> RawMembers.Kind.STRING;
            case VALUE_NUMBER_INT -> RawMembers.Kind.INTEGER;
            case VALUE_TRUE -> RawMembers.Kind.TRUE;
            case VALUE_FALSE -> RawMembers.Kind.FALSE;
            case VALUE_NULL -> RawMembers.Kind.NULL;
            default -> null;
        };
    }

    /**
     * The index just past the closing quote of the string starting at {@code at}, found in the kept bytes without
     * decoding it (the parser skips it when asked for the next token), or -1 when it holds a backslash or runs past
     * what the parser has read so far: then it is decoded.
     */
    private int stringEnd(int at) {
        byte[] b = raw.buffer();
        int limit = raw.end();
        if (at < 0 || at >= limit || b[at] != '"') {
            return -1;
        }
        int i = at + 1;
        // eight bytes at a time: the lowest byte flagged is exactly the first quote or backslash
        for (; i + Long.BYTES <= limit; i += Long.BYTES) {
            long word = (long) LONGS.get(b, i);
            long quotes = word ^ QUOTES;
            long backslashes = word ^ BACKSLASHES;
            long found = ((quotes - ONES) & ~quotes | (backslashes - ONES) & ~backslashes) & HIGHS;
            if (found != 0) {
                i += Long.numberOfTrailingZeros(found) >>> 3;
                return b[i] == '"' ? i + 1 : -1;
            }
        }
        for (; i < limit; i++) {
            if (b[i] == '"') {
                return i + 1;
            }
            if (b[i] == '\\') {
                return -1;
            }
        }
        return -1;
    }

    /** Whether the {@code count} names read hold no repetition; a body's usual shape is checked once. */
    private boolean unique(int count) {
        if (count == lastNames.length) {
            boolean same = true;
            for (int i = 0; i < count && same; i++) {
                same = names[i] == lastNames[i]; // the parser hands out one canonical instance per name
            }
            if (same) {
                return lastUnique;
            }
        }
        Set<String> seen = new HashSet<>(count * 2);
        boolean unique = true;
        for (int i = 0; i < count; i++) {
            unique &= seen.add(names[i]);
        }
        lastNames = Arrays.copyOf(names, count);
        lastInTrees = Arrays.copyOf(inTrees, count);
        lastUnique = unique;
        return unique;
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
