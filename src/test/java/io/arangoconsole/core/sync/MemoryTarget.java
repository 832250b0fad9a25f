package io.arangoconsole.core.sync;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An in-memory target with the bulk import's counting rules (our own SyncTarget interface, not a driver mock):
 * {@code update} and {@code replace} count an existing key as updated even when nothing changes, as ArangoDB does.
 * Faults: a number of transient failures before an import, a permanent failure at the n-th import, and documents
 * with {@code "refuse": true} refused like a unique constraint violation.
 */
final class MemoryTarget implements SyncTarget {
    final Map<String, ObjectNode> docs = new TreeMap<>();
    final Map<String, Checkpoint> checkpoints = new HashMap<>();
    final String watermark;
    int imports;
    int transientFailuresBeforeImport;
    int failPermanentlyAtImport = -1;
    /** Imports left in which every other document is refused as a cluster does while a DB-Server fails over. */
    int failoverImports;
    long importedDocuments;
    Runnable beforeImport = () -> { };

    MemoryTarget(String watermark) {
        this.watermark = watermark;
    }

    @Override
    public String describe() {
        return "memory-target";
    }

    @Override
    public String collection() {
        return "target";
    }

    /** The collection instance; a test "drops and creates it again" by changing it. */
    String instance = "memory-1";

    @Override
    public String collectionId() {
        return instance;
    }

    @Override
    public void prepare() {
    }

    @Override
    public synchronized ImportResult importBatch(List<ObjectNode> batch, OnDuplicate onDuplicate) {
        beforeImport.run();
        if (transientFailuresBeforeImport > 0) {
            transientFailuresBeforeImport--;
            throw new SyncFailure("connection refused", true, null);
        }
        imports++;
        if (imports == failPermanentlyAtImport) {
            throw new SyncFailure("collection or view not found: target", false, null);
        }
        long created = 0;
        long updated = 0;
        long ignored = 0;
        List<ImportResult.DocumentError> errors = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            ObjectNode doc = batch.get(i).deepCopy();
            String key = doc.get("_key").asText();
            if (doc.path("refuse").asBoolean()) {
                errors.add(new ImportResult.DocumentError(i, "unique constraint violated"));
                continue;
            }
            if (failoverImports > 0 && i % 2 == 1) {
                errors.add(new ImportResult.DocumentError(i, "write concern not fulfilled", true));
                continue;
            }
            importedDocuments++;
            doc.put("_rev", "_t" + imports + "_" + i);
            ObjectNode existing = docs.get(key);
            if (existing == null) {
                docs.put(key, doc);
                created++;
            } else if (onDuplicate == OnDuplicate.IGNORE) {
                ignored++;
            } else if (onDuplicate == OnDuplicate.ERROR) {
                errors.add(new ImportResult.DocumentError(i, "unique constraint violated"));
            } else {
                if (onDuplicate == OnDuplicate.UPDATE) {
                    existing.setAll(doc);
                } else {
                    docs.put(key, doc);
                }
                updated++;
            }
        }
        failoverImports = Math.max(0, failoverImports - 1);
        return new ImportResult(created, updated, ignored, errors.size(), errors);
    }

    @Override
    public synchronized Map<String, ObjectNode> fetch(List<String> keys) {
        Map<String, ObjectNode> out = new HashMap<>();
        for (String key : keys) {
            if (docs.containsKey(key)) {
                out.put(key, docs.get(key).deepCopy());
            }
        }
        return out;
    }

    @Override
    public synchronized Optional<Checkpoint> loadCheckpoint(String jobId) {
        return Optional.ofNullable(checkpoints.get(jobId)).map(c -> Checkpoint.fromDocument(c.toDocument("updated")));
    }

    @Override
    public synchronized void saveCheckpoint(Checkpoint checkpoint) {
        checkpoints.put(checkpoint.jobId(), checkpoint);
    }

    @Override
    public synchronized long count() {
        return docs.size();
    }

    @Override
    public synchronized long countRange(String w, Position after, Position upTo) {
        return docs.values().stream().filter(d -> WatermarkOrder.isAfter(d.get(w), d.get("_key").asText(), after))
                .filter(d -> upTo == null || !WatermarkOrder.isAfter(d.get(w), d.get("_key").asText(), upTo))
                .count();
    }

    @Override
    public String serverKind() {
        return "memory";
    }

    @Override
    public synchronized String checksum() {
        return checksumOf(docs.values());
    }

    static String checksumOf(Collection<ObjectNode> docs) {
        long x = 0;
        for (ObjectNode d : docs) {
            x ^= ContentEquality.strip(d).toString().hashCode() * 0x9E3779B97F4A7C15L;
        }
        return Long.toHexString(x);
    }

    @Override
    public void close() {
    }
}
