package io.arangoconsole.core.sync;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes one batch: rejects and in-file duplicates go to the reject file (the later lines of a key that the rule
 * applies over the earlier one are imported after the batch's other documents, counted as duplicates, and noted
 * there with what was done); documents the target already holds
 * unchanged are skipped (so {@code written} counts only what this run created or changed, {@code unchanged} the
 * rest); the rest is imported in one request, and the documents the server refuses become rejects whose keys are
 * kept for verification. Every record of the batch is counted in exactly one of written, rejected, duplicates and
 * unchanged, each counted where it happens (the job's tests check the sum against what was read). A transient
 * failure retries the import; before a retry the target is asked again, because the failed attempt may have been
 * applied (documents now equal to ours count as written by this run, and are not sent again, so an
 * {@code onDuplicate=error} job does not reject its own writes). Documents a cluster refused only because a DB-Server
 * was failing over are such a transient failure too: resent, never rejected.
 */
final class BatchWriter {
    private final SyncTarget target;
    private final OnDuplicate onDuplicate;
    private final RejectWriter rejects;
    private final Retrier retrier;

    /**
     * What one batch did; {@code created} (part of written) are documents the server reported new, a lower bound of
     * what the target gained; {@code refusedKeys} are the keys of documents the server refused.
     */
    record Outcome(long documents, long written, long created, long rejected, long duplicates, long unchanged,
                   List<String> refusedKeys) {
    }

    BatchWriter(SyncTarget target, OnDuplicate onDuplicate, RejectWriter rejects, Retrier retrier) {
        this.target = target;
        this.onDuplicate = onDuplicate;
        this.rejects = rejects;
        this.retrier = retrier;
    }

    /**
     * Writes {@code batch}; {@code compare} false skips the lookup of stored documents (safe when the target
     * collection was empty when the run started, so only this run's writes can be there).
     */
    Outcome write(List<SourceRecord> batch, boolean compare) {
        long rejected = 0;
        long duplicates = 0;
        List<SourceRecord> docs = new ArrayList<>(batch.size());
        List<SourceRecord> later = new ArrayList<>();
        for (SourceRecord record : batch) {
            if (record.isReject()) {
                rejects.write(record);
                if (record.isDuplicate()) {
                    duplicates++;
                } else {
                    rejected++;
                }
            } else if (record.isDuplicate()) {
                later.add(record);
            } else {
                docs.add(record);
            }
        }
        Sent first = send(docs, compare);
        // later lines of a key the rule applies over the earlier one: sent after it, so the last line wins
        Sent over = send(later, compare);
        for (SourceRecord record : later) {
            if (!over.refusedKeys().contains(record.key())) {
                rejects.write(record.line(), record.key(), "duplicate _key '" + record.key() + "': line "
                        + record.firstLine() + " has it already; this later line was applied over it (on-duplicate "
                        + onDuplicate.apiValue() + ": the last line wins)");
            }
        }
        rejects.flush();
        List<String> refusedKeys = new ArrayList<>(first.refusedKeys());
        refusedKeys.addAll(over.refusedKeys());
        return new Outcome(docs.size() + later.size(), first.written(), first.created() + over.created(),
                rejected + first.rejected() + over.rejected(), duplicates + later.size() - over.rejected(),
                first.unchanged(), refusedKeys);
    }

    /** What importing some documents did; {@code written + unchanged + rejected} is their number. */
    private record Sent(long written, long created, long unchanged, long rejected, List<String> refusedKeys) {
    }

    private Sent send(List<SourceRecord> docs, boolean compare) {
        if (docs.isEmpty()) {
            return new Sent(0, 0, 0, 0, List.of());
        }
        List<SourceRecord> toSend = compare ? changed(docs) : new ArrayList<>(docs);
        long unchanged = docs.size() - toSend.size();
        long[] written = {0};
        ImportResult result = retrier.call("import", new java.util.function.Supplier<>() {
            private boolean firstAttempt = true;

            @Override
            public ImportResult get() {
                if (!firstAttempt) {
                    List<SourceRecord> still = changed(toSend);
                    written[0] += toSend.size() - still.size();
                    toSend.clear();
                    toSend.addAll(still);
                }
                firstAttempt = false;
                ImportResult r = toSend.isEmpty() ? ImportResult.empty()
                        : target.importBatch(bodies(toSend), onDuplicate);
                long gap = r.details().stream().filter(ImportResult.DocumentError::failover).count();
                if (gap > 0) {
                    // the next attempt asks the target first: what this one wrote counts as written, the rest is resent
                    throw new SyncFailure(gap + " of " + toSend.size() + " documents were refused while a DB-Server "
                            + "fails over", true, null);
                }
                return r;
            }
        });
        written[0] += result.created() + (onDuplicate == OnDuplicate.IGNORE ? 0 : result.updated());
        unchanged += result.ignored() + (onDuplicate == OnDuplicate.IGNORE ? result.updated() : 0);
        List<String> refusedKeys = new ArrayList<>();
        long rejected = refused(result, toSend, refusedKeys);
        return new Sent(written[0], result.created(), unchanged, rejected, refusedKeys);
    }

    private List<SourceRecord> changed(List<SourceRecord> docs) {
        if (docs.isEmpty()) {
            return new ArrayList<>();
        }
        List<String> keys = new ArrayList<>(docs.size());
        for (SourceRecord record : docs) {
            keys.add(record.key());
        }
        Map<String, ObjectNode> stored = target.fetch(keys);
        List<SourceRecord> out = new ArrayList<>(docs.size());
        for (SourceRecord record : docs) {
            if (!ContentEquality.unchanged(stored.get(record.key()), record.doc(), onDuplicate)) {
                out.add(record);
            }
        }
        return out;
    }

    private long refused(ImportResult result, List<SourceRecord> sent, List<String> keys) {
        long count = 0;
        for (ImportResult.DocumentError error : result.details()) {
            SourceRecord record = error.index() >= 0 && error.index() < sent.size() ? sent.get(error.index()) : null;
            if (record == null) {
                rejects.write(0, null, error.message());
            } else {
                rejects.write(record.line(), record.key(), error.message());
                keys.add(record.key());
            }
            count++;
        }
        for (long i = count; i < result.errors(); i++) {
            rejects.write(0, null, "refused by the server (no details given)");
            count++;
        }
        return count;
    }

    /** The documents as sent: a source's {@code _id} and {@code _rev} would name the wrong collection/revision. */
    private static List<ObjectNode> bodies(List<SourceRecord> records) {
        List<ObjectNode> out = new ArrayList<>(records.size());
        for (SourceRecord record : records) {
            ObjectNode doc = record.doc();
            doc.remove("_id");
            doc.remove("_rev");
            out.add(doc);
        }
        return out;
    }
}
