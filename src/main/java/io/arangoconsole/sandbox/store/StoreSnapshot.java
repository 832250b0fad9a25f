package io.arangoconsole.sandbox.store;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The documents of a database's collections as one stream (collection name and type, then each document's key and
 * stored bytes), and back. Read back, the documents are the same bytes with fresh revisions, as if just written: what
 * lets the sandbox keep its generated demo data between starts (docs/decisions/0034). Only plain collections are
 * written: no secondary index, traditional keys.
 */
public final class StoreSnapshot {
    private static final int MAGIC = 0x41435333; // "ACS3"
    private static final int FORMAT = 1;

    /** One collection as read, not yet in any store. */
    public record Part(String name, int type, List<StoredDocument> docs) {
    }

    private StoreSnapshot() {
    }

    /** Whether every collection of {@code db} can be written: no secondary index, traditional key generator. */
    public static boolean supports(Database db) {
        for (Collection c : db.collections()) {
            if (c.indexes(true).size() != 1 || !c.keyGenerator().toJson().path("type").asText().equals("traditional")
                    || c.waitForSync()) {
                return false;
            }
        }
        return true;
    }

    /** The parts of {@code db}, taken now (copies of the document lists), to be written later. */
    public static List<Part> take(Database db) {
        List<Part> parts = new ArrayList<>();
        for (Collection c : db.collections()) {
            parts.add(new Part(c.name(), c.type(), c.snapshot()));
        }
        return parts;
    }

    /** Writes {@code parts}; the caller closes {@code out}. */
    public static void write(List<Part> parts, OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        data.writeInt(MAGIC);
        data.writeInt(FORMAT);
        data.writeInt(parts.size());
        for (Part p : parts) {
            data.writeUTF(p.name());
            data.writeByte(p.type());
            data.writeInt(p.docs().size());
            for (StoredDocument d : p.docs()) {
                data.writeUTF(d.key());
                data.writeInt(d.json().length);
                data.write(d.json());
            }
        }
        data.flush();
    }

    /** Reads what {@link #write} wrote; throws on anything else, having changed nothing. */
    public static List<Part> read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        if (data.readInt() != MAGIC || data.readInt() != FORMAT) {
            throw new IOException("not a sandbox snapshot of format " + FORMAT);
        }
        int collections = data.readInt();
        List<Part> parts = new ArrayList<>(collections);
        for (int i = 0; i < collections; i++) {
            String name = data.readUTF();
            int type = data.readByte();
            int count = data.readInt();
            List<StoredDocument> docs = new ArrayList<>(count);
            for (int n = 0; n < count; n++) {
                String key = data.readUTF();
                byte[] json = new byte[data.readInt()];
                data.readFully(json);
                docs.add(new StoredDocument(key, null, json));
            }
            parts.add(new Part(name, type, docs));
        }
        if (data.read() != -1) {
            throw new IOException("trailing bytes after the snapshot");
        }
        return parts;
    }

    /**
     * Creates the parts' collections in {@code db} (which must not hold them) and fills them, each document with a
     * fresh revision written into its bytes.
     */
    public static void load(List<Part> parts, Database db, Revisions revisions) {
        List<List<StoredDocument>> fresh = new ArrayList<>();
        for (Part p : parts) { // all checked before anything is created
            List<StoredDocument> docs = new ArrayList<>(p.docs().size());
            for (StoredDocument d : p.docs()) {
                String rev = revisions.next();
                docs.add(new StoredDocument(d.key(), rev, withRevision(d.json(), p.name(), d.key(), rev)));
            }
            fresh.add(docs);
        }
        for (int i = 0; i < parts.size(); i++) {
            db.create(parts.get(i).name(), parts.get(i).type(), false).load(fresh.get(i));
        }
    }

    /** The bytes with {@code rev} in place of their {@code _rev}, which the stored form writes third. */
    private static byte[] withRevision(byte[] json, String collection, String key, String rev) {
        int k = key.getBytes(StandardCharsets.UTF_8).length;
        int at = 9 + k + 9 + collection.getBytes(StandardCharsets.UTF_8).length + 1 + k + 10;
        byte[] marker = "\",\"_rev\":\"".getBytes(StandardCharsets.US_ASCII);
        if (at + rev.length() >= json.length || json[at + rev.length()] != '"') {
            throw new IllegalStateException("a stored document not in the stored form: " + key);
        }
        for (int i = 0; i < marker.length; i++) {
            if (json[at - marker.length + i] != marker[i]) {
                throw new IllegalStateException("a stored document not in the stored form: " + key);
            }
        }
        byte[] out = json.clone();
        byte[] r = rev.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(r, 0, out, at, r.length);
        return out;
    }
}
