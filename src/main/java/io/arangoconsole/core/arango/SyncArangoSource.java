package io.arangoconsole.core.arango;

import com.arangodb.ArangoCursor;
import com.arangodb.ArangoDB;
import com.arangodb.ArangoDatabase;
import com.arangodb.entity.AqlQueryExplainEntity;
import com.arangodb.model.AqlQueryOptions;
import com.arangodb.model.ExplainAqlQueryOptions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arangoconsole.core.sync.Position;
import io.arangoconsole.core.sync.SourceRecord;
import io.arangoconsole.core.sync.SyncFailure;
import io.arangoconsole.core.sync.SyncQueries;
import io.arangoconsole.core.sync.SyncSource;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * An ArangoDB collection as a sync source, read through a streaming cursor in {@code _key} order (a full copy: the
 * primary index serves it, nothing is sorted) or in {@code (watermark, _key)} order after a position (incremental),
 * so the server never materialises the result and the console holds one cursor batch at a time.
 *
 * <p>Creating a cursor may take long when the server filters or sorts a large collection before its first batch.
 * Once a creation timed out with the ordinary request timeout, every later one goes through the long-call client
 * ({@link ArangoClients#LONG_CALL_TIMEOUT}), so a retry never repeats a request that already timed out with the same
 * timeout; batches of a cursor go through the client that created it.
 */
public final class SyncArangoSource implements SyncSource {
    private final ArangoDB arango;
    private final ArangoDB checksums;
    private final ArangoDatabase db;
    private final String collection;
    private final String watermark;
    private final String label;
    private final int cursorBatch;
    private final SyncSide side;
    private volatile boolean patient;
    private ArangoCursor<JsonNode> cursor;

    /** @param label how messages name the source, e.g. {@code http://replica:8529/demo/va_table} */
    public SyncArangoSource(ArangoDB arango, String database, String collection, String watermark, String label) {
        this(arango, database, collection, watermark, label, 1000);
    }

    /** As above, with {@code cursorBatch} documents per cursor batch. */
    public SyncArangoSource(ArangoDB arango, String database, String collection, String watermark, String label,
                            int cursorBatch) {
        this(arango, arango, database, collection, watermark, label, cursorBatch);
    }

    /**
     * As above, the whole-collection checksum asked through {@code checksums}: a client whose timeout allows for a
     * server hashing every document of a large collection.
     */
    public SyncArangoSource(ArangoDB arango, ArangoDB checksums, String database, String collection,
                            String watermark, String label, int cursorBatch) {
        this(arango, checksums, SyncSide.labelled("source", label, database, collection), watermark, label,
                cursorBatch);
    }

    /** As above, failures naming {@code side} (its role, URL, user, database and collection). */
    public SyncArangoSource(ArangoDB arango, ArangoDB checksums, SyncSide side, String watermark, String label,
                            int cursorBatch) {
        String database = side.database();
        String collection = side.collection();
        this.side = side;
        this.arango = arango;
        this.checksums = checksums;
        this.db = arango.db(database);
        this.collection = collection;
        this.watermark = SyncQueries.requireAttribute(watermark);
        this.label = label;
        this.cursorBatch = cursorBatch;
    }

    @Override
    public String kind() {
        return "arangodb";
    }

    @Override
    public String describe() {
        return label;
    }

    @Override
    public boolean ordered() {
        return true;
    }

    @Override
    public void open(Position after) {
        openCursor(SyncQueries.after(collection, watermark, after));
    }

    @Override
    public void openByKey(String afterKey) {
        openCursor(SyncQueries.afterKey(collection, afterKey));
    }

    private void openCursor(SyncQueries.Query q) {
        close();
        AqlQueryOptions options = new AqlQueryOptions().stream(true).batchSize(cursorBatch);
        boolean longWait = patient;
        ArangoDatabase through = longWait ? checksums.db(db.name()) : db;
        try {
            cursor = SyncArango.call(side, "read", () -> through.query(q.aql(), JsonNode.class, q.bindVars(),
                    options));
        } catch (SyncFailure e) {
            if (!longWait && e.isTransient() && e.getMessage().startsWith("Timed out")) {
                patient = true;
                throw new SyncFailure(e.getMessage() + " to start reading; asking again with a longer timeout",
                        true, e.getCause());
            }
            throw e;
        }
    }

    @Override
    public long count() {
        return SyncArango.call(side, "count", () -> db.collection(collection).count().getCount());
    }

    @Override
    public List<SourceRecord> nextBatch(int max) {
        List<SourceRecord> out = new ArrayList<>(Math.min(max, 1024));
        SyncArango.call(side, "read", () -> {
            while (out.size() < max && cursor.hasNext()) {
                JsonNode doc = cursor.next();
                if (doc instanceof ObjectNode object) {
                    out.add(SourceRecord.document(0, object));
                }
            }
            return null;
        });
        return out;
    }

    /**
     * Explains the read query: without an index serving {@code SORT watermark, _key} the server sorts the whole
     * collection before the first batch, which on millions of documents means a long wait and a large sort on the
     * source. Says so with the index that would avoid it; an explain that fails says nothing.
     */
    @Override
    public String readNote() {
        SyncQueries.Query q = SyncQueries.after(collection, watermark, null);
        try {
            AqlQueryExplainEntity plan = db.explainAqlQuery(q.aql(), q.bindVars(), new ExplainAqlQueryOptions());
            boolean sorts = plan.getPlan().getNodes().stream().anyMatch(n -> "SortNode".equals(n.get("type")));
            return sorts ? "the source has no index on [" + watermark + ", _key], so it sorts the whole collection "
                    + "before the first batch; a persistent index on those fields there lets reading start at once"
                    : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    @Override
    public long estimateRemaining(Position after) {
        if (after == null || after.key() == null) {
            return count();
        }
        SyncQueries.Query q = SyncQueries.countRange(collection, watermark, after, null);
        return SyncArango.call(side, "count", () -> {
            List<JsonNode> rows = db.query(q.aql(), JsonNode.class, q.bindVars()).asListRemaining();
            return rows.isEmpty() ? 0L : rows.get(0).asLong();
        });
    }

    @Override
    public String serverKind() {
        return SyncArango.serverKind(side, arango);
    }

    @Override
    public String checksum() {
        return SyncArango.checksum(side, checksums, db.name(), collection);
    }

    @Override
    public void close() {
        if (cursor != null) {
            try {
                cursor.close();
            } catch (IOException | RuntimeException ignored) {
                // the server drops an abandoned cursor after its TTL
            }
            cursor = null;
        }
    }
}
