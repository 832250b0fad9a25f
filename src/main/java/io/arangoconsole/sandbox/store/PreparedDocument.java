package io.arangoconsole.sandbox.store;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A new document's stored form prepared while its import body was parsed: its members ({@link RawMembers}) and, when
 * the body named a valid key, the system attributes before them with the revision left blank, so that storing it
 * writes only the revision's eleven bytes instead of copying the whole document once more (issue 16 item 8). When
 * the insert turns out to need another key, collection name or revision length, the stored form is built from the
 * members as before: the bytes are the same either way.
 */
public final class PreparedDocument {
    /** Every revision {@link Revisions} hands out has this many characters. */
    private static final String BLANK_REVISION = "_----------";

    private final byte[] bytes;
    private final int membersFrom;
    private final int membersTo;
    private final String collection;
    private final String key;
    private final int revisionAt;

    private PreparedDocument(byte[] bytes, int membersFrom, int membersTo, String collection, String key,
                             int revisionAt) {
        this.bytes = bytes;
        this.membersFrom = membersFrom;
        this.membersTo = membersTo;
        this.collection = collection;
        this.key = key;
        this.revisionAt = revisionAt;
    }

    /** Members only ({@code members} comma-separated, without braces), no system attributes. */
    public static PreparedDocument ofMembers(byte[] members) {
        return new PreparedDocument(members, 0, members.length, null, null, -1);
    }

    /** The stored form of members {@code buffer[0, length)} for {@code key} in {@code collection}, revision blank. */
    static PreparedDocument of(byte[] buffer, int length, String collection, String key) {
        if (collection == null || key == null || !Keys.isValid(key)) {
            return ofMembers(Arrays.copyOf(buffer, length));
        }
        byte[] out = Documents.storedBytes(buffer, 0, length, collection, key, BLANK_REVISION);
        int head = Documents.headLength(collection.getBytes(StandardCharsets.UTF_8), key, BLANK_REVISION);
        return new PreparedDocument(out, length == 0 ? head : head + 1, length == 0 ? head : head + 1 + length,
                collection, key, head - 1 - BLANK_REVISION.length());
    }

    /** The members, comma-separated, without braces (a copy when a head is before them). */
    public byte[] members() {
        return membersFrom == 0 && membersTo == bytes.length ? bytes : Arrays.copyOfRange(bytes, membersFrom,
                membersTo);
    }

    /**
     * The stored form under {@code key} in {@code collection} with revision {@code rev}: the prepared bytes with the
     * revision filled in when they fit, else built from the members. Called once, by the insert that stores it.
     */
    byte[] storedBytes(String collection, String key, String rev) {
        if (collection.equals(this.collection) && key.equals(this.key) && rev.length() == BLANK_REVISION.length()) {
            Documents.ascii(bytes, revisionAt, rev);
            return bytes;
        }
        return Documents.storedBytes(bytes, membersFrom, membersTo, collection, key, rev);
    }

    /** The whole tree of a document read as {@code partial} plus these members: see {@link RawMembers#wholeDocument}. */
    public com.fasterxml.jackson.databind.node.ObjectNode wholeDocument(
            com.fasterxml.jackson.databind.node.ObjectNode partial) {
        return RawMembers.wholeDocument(partial, bytes, membersFrom, membersTo);
    }
}
