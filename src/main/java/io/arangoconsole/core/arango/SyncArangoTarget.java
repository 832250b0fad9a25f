package io.arangoconsole.core.arango;

import com.arangodb.ArangoCollection;
import com.arangodb.ArangoDB;
import com.arangodb.ArangoDBException;
import com.arangodb.ArangoDatabase;
import com.arangodb.Request;
import com.arangodb.entity.DocumentImportEntity;
import com.arangodb.entity.MultiDocumentEntity;
import com.arangodb.model.DocumentCreateOptions;
import com.arangodb.model.DocumentImportOptions;
import com.arangodb.model.OverwriteMode;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arangoconsole.core.sync.Checkpoint;
import io.arangoconsole.core.sync.CheckpointPlace;
import io.arangoconsole.core.sync.ImportResult;
import io.arangoconsole.core.sync.OnDuplicate;
import io.arangoconsole.core.sync.Position;
import io.arangoconsole.core.sync.SyncQueries;
import io.arangoconsole.core.sync.SyncTarget;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ArangoDB collection as a sync target: batches go through {@code POST /_api/import?type=list&details=true}, a
 * missing collection is created, and checkpoints live in a collection of the same database (the job's
 * {@link CheckpointPlace}).
 */
public final class SyncArangoTarget implements SyncTarget {
    private static final Pattern DETAIL = Pattern.compile("^at position (\\d+): (.*?)(, offending (document|context)"
            + ": .*)?$", Pattern.DOTALL);
    private static final int DUPLICATE_NAME = 1207;
    private final ArangoDB arango;
    private final ArangoDB checksums;
    private final ArangoDatabase db;
    private final String collection;
    private final String label;
    private final SyncSide side;
    private final CheckpointPlace checkpoints;

    /** @param label how messages name the target, e.g. {@code http://primary:8529/demo/va_table} */
    public SyncArangoTarget(ArangoDB arango, String database, String collection, String label,
                            CheckpointPlace checkpoints) {
        this(arango, arango, database, collection, label, checkpoints);
    }

    /**
     * As above, the whole-collection checksum asked through {@code checksums}: a client whose timeout allows for a
     * server hashing every document of a large collection.
     */
    public SyncArangoTarget(ArangoDB arango, ArangoDB checksums, String database, String collection, String label,
                            CheckpointPlace checkpoints) {
        this(arango, checksums, SyncSide.labelled("target", label, database, collection), label, checkpoints);
    }

    /** As above, failures naming {@code side} (its role, URL, user, database and collection). */
    public SyncArangoTarget(ArangoDB arango, ArangoDB checksums, SyncSide side, String label,
                            CheckpointPlace checkpoints) {
        String database = side.database();
        String collection = side.collection();
        this.side = side;
        this.arango = arango;
        this.checksums = checksums;
        this.db = arango.db(database);
        this.collection = collection;
        this.label = label;
        this.checkpoints = checkpoints;
    }

    @Override
    public String describe() {
        return label;
    }

    @Override
    public String collection() {
        return collection;
    }

    @Override
    public String collectionId() {
        // the driver's CollectionEntity has no globallyUniqueId: ask GET /_api/collection/{name} directly
        Request<Void> request = Request.<Void>builder().db(db.name()).method(Request.Method.GET)
                .path("/_api/collection/" + ArangoStatsSource.encode(collection)).build();
        JsonNode info = SyncArango.call(side, "describe the collection",
                () -> arango.execute(request, JsonNode.class).getBody());
        String unique = info.path("globallyUniqueId").asText("");
        return unique.isEmpty() ? info.path("id").asText(null) : unique;
    }

    @Override
    public void prepare() {
        ensureCollection(collection);
        ensureCollection(checkpoints.collection());
    }

    private void ensureCollection(String name) {
        SyncArango.call(side, "create collection '" + name + "'", () -> {
            if (!db.collection(name).exists()) {
                try {
                    db.createCollection(name);
                } catch (ArangoDBException e) {
                    if (e.getErrorNum() == null || e.getErrorNum() != DUPLICATE_NAME) {
                        throw e;
                    }
                }
            }
            return null;
        });
    }

    @Override
    public ImportResult importBatch(List<ObjectNode> docs, OnDuplicate onDuplicate) {
        DocumentImportOptions options = new DocumentImportOptions().details(true).complete(false)
                .onDuplicate(DocumentImportOptions.OnDuplicate.valueOf(onDuplicate.apiValue()));
        DocumentImportEntity r = SyncArango.call(side, "import documents",
                () -> db.collection(collection).importDocuments(docs, options));
        List<ImportResult.DocumentError> errors = new ArrayList<>();
        if (r.getDetails() != null) {
            for (String detail : r.getDetails()) {
                errors.add(parseDetail(detail));
            }
        }
        return new ImportResult(n(r.getCreated()), n(r.getUpdated()), n(r.getIgnored()), n(r.getErrors()), errors);
    }

    /** "at position 3: creating document failed with error 'unique constraint violated', offending ..." */
    static ImportResult.DocumentError parseDetail(String detail) {
        Matcher m = DETAIL.matcher(detail);
        boolean failover = FailoverErrors.mentionsFailoverGap(detail);
        if (m.matches()) {
            return new ImportResult.DocumentError(Integer.parseInt(m.group(1)), m.group(2), failover);
        }
        return new ImportResult.DocumentError(-1, detail, failover);
    }

    @Override
    public Map<String, ObjectNode> fetch(List<String> keys) {
        MultiDocumentEntity<JsonNode> found = SyncArango.call(side, "read documents",
                () -> db.collection(collection).getDocuments(keys, JsonNode.class));
        Map<String, ObjectNode> out = new HashMap<>();
        for (JsonNode doc : found.getDocuments()) {
            if (doc instanceof ObjectNode object && object.hasNonNull("_key")) {
                out.put(object.get("_key").asText(), object);
            }
        }
        return out;
    }

    @Override
    public Optional<Checkpoint> loadCheckpoint(String jobId) {
        ArangoCollection configs = db.collection(checkpoints.collection());
        JsonNode doc = SyncArango.call(side, "read the checkpoint",
                () -> configs.getDocument(Checkpoint.documentKey(jobId), JsonNode.class));
        return doc == null || doc.isNull() ? Optional.empty() : Optional.of(Checkpoint.fromDocument(doc));
    }

    @Override
    public void saveCheckpoint(Checkpoint checkpoint) {
        ObjectNode doc = checkpoint.toDocument(checkpoints.dateAttribute());
        SyncArango.call(side, "save the checkpoint", () -> db.collection(checkpoints.collection()).insertDocument(doc,
                new DocumentCreateOptions().overwriteMode(OverwriteMode.replace)));
    }

    @Override
    public long count() {
        return SyncArango.call(side, "count", () -> db.collection(collection).count().getCount());
    }

    @Override
    public long countRange(String watermark, Position after, Position upTo) {
        if ((after == null || after.key() == null) && (upTo == null || upTo.key() == null)) {
            return count();
        }
        SyncQueries.Query q = SyncQueries.countRange(collection, watermark, after, upTo);
        return SyncArango.call(side, "count", () -> {
            List<JsonNode> rows = db.query(q.aql(), JsonNode.class, q.bindVars()).asListRemaining();
            return rows.isEmpty() ? 0L : rows.get(0).asLong();
        });
    }

    @Override
    public String checksum() {
        return SyncArango.checksum(side, checksums, db.name(), collection);
    }

    @Override
    public String serverKind() {
        return SyncArango.serverKind(side, arango);
    }

    @Override
    public void close() {
        // the driver is shared and owned by the caller
    }

    private static long n(Integer value) {
        return value == null ? 0 : value;
    }
}
