package io.arangoconsole.core.sync;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Proves a sync over the whole source and target collections, every run: the counts always (a database source's
 * count, or the distinct keys a file should leave, less the documents the target refused, against the target's
 * count); then the collection checksums when both ends are the same kind of server (sandbox and ArangoDB hash
 * differently); when those differ or cannot be had, source documents compared with the stored ones, streamed a batch
 * at a time so memory stays bounded: the whole collection after a full copy or a checksum mismatch, else the range
 * this run read. A file is always compared whole, since that is how it is read.
 */
public final class Verifier {
    static final int MAX_KEYS = 10;
    private final Retrier retrier;

    /** @param announce receives the "retrying ..." messages; may be a no-op */
    public Verifier(RetryPolicy retry, Consumer<String> announce) {
        this(new Retrier(retry, new JobControl(), announce, new Random()));
    }

    Verifier(Retrier retrier) {
        this.retrier = retrier;
    }

    /** Compares {@code source} and {@code target} as a whole; {@code scope} bounds the document comparison. */
    public Verification verify(SyncSource source, SyncTarget target, VerifyScope scope) {
        long refused = absentRefused(target, scope);
        if (!source.ordered()) {
            DistinctKeySource file = source instanceof DistinctKeySource d ? d
                    : new DistinctKeySource(source, scope.onDuplicate());
            retrier.call("read", () -> {
                file.learnAll();
                return null;
            });
            return compareDocuments(file, target, scope, true, refused);
        }
        long sourceCount = retrier.call("count", source::count);
        long targetCount = retrier.call("count", target::count);
        String sourceKind = retrier.call("server kind", source::serverKind);
        boolean sameKind = sourceKind != null && sourceKind.equals(retrier.call("server kind", target::serverKind));
        boolean checksumsDiffer = false;
        if (sameKind && refused == 0) {
            String mine = retrier.call("checksum", source::checksum);
            String theirs = retrier.call("checksum", target::checksum);
            if (mine != null && theirs != null) {
                if (mine.equals(theirs) && sourceCount == targetCount) {
                    return new Verification(true, sourceCount, targetCount, List.of(), "checksum");
                }
                checksumsDiffer = true;
            }
        }
        Verification byDocuments = compareDocuments(source, target, scope, scope.whole() || checksumsDiffer
                || refused > 0, refused);
        boolean equal = byDocuments.firstDifferingKeys().isEmpty() && targetCount == sourceCount - refused;
        return new Verification(equal, sourceCount, targetCount, byDocuments.firstDifferingKeys(), "documents",
                refused);
    }

    /** Refused keys the target indeed does not hold: those are accounted for, not missing. */
    private long absentRefused(SyncTarget target, VerifyScope scope) {
        if (scope.refusedKeys().isEmpty()) {
            return 0;
        }
        List<String> keys = new ArrayList<>(scope.refusedKeys());
        long absent = 0;
        for (int i = 0; i < keys.size(); i += scope.batchSize()) {
            List<String> chunk = keys.subList(i, Math.min(keys.size(), i + scope.batchSize()));
            Map<String, ObjectNode> held = retrier.call("fetch", () -> target.fetch(chunk));
            absent += chunk.size() - held.size();
        }
        return absent;
    }

    private Verification compareDocuments(SyncSource source, SyncTarget target, VerifyScope scope, boolean whole,
                                          long refused) {
        long sourceCount = 0;
        List<String> differing = new ArrayList<>();
        Position from = whole ? null : scope.from();
        Position upTo = whole ? null : scope.upTo();
        retrier.call("open", () -> {
            if (whole) {
                source.openByKey(null);
            } else {
                source.open(from);
            }
            return null;
        });
        try {
            boolean past = false;
            while (!past) {
                List<SourceRecord> batch = retrier.call("read", () -> source.nextBatch(scope.batchSize()));
                if (batch.isEmpty()) {
                    break;
                }
                List<SourceRecord> docs = new ArrayList<>(batch.size());
                for (SourceRecord record : batch) {
                    if (upTo != null && record.doc() != null && WatermarkOrder.isAfter(
                            record.doc().get(scope.watermark()), record.key(), upTo)) {
                        past = true;
                        break;
                    }
                    if (!record.isReject()) {
                        docs.add(record);
                    }
                }
                List<String> keys = docs.stream().map(SourceRecord::key).toList();
                Map<String, ObjectNode> stored = keys.isEmpty() ? Map.of() : retrier.call("fetch",
                        () -> target.fetch(keys));
                for (SourceRecord record : docs) {
                    if (!record.isDuplicate()) {
                        sourceCount++;
                    }
                    if (scope.refusedKeys().contains(record.key())
                            || (source instanceof DistinctKeySource d && !d.isFinal(record))) {
                        continue; // a later line of the key is what the target holds
                    }
                    ObjectNode have = stored.get(record.key());
                    if (!ContentEquality.unchanged(have, record.doc(), strictOf(scope.onDuplicate()))
                            && differing.size() < MAX_KEYS) {
                        differing.add(record.key());
                    }
                }
            }
        } finally {
            source.close();
        }
        long targetCount = retrier.call("count", target::count);
        boolean equal = differing.isEmpty() && targetCount == sourceCount - refused;
        return new Verification(equal, sourceCount, targetCount, List.copyOf(differing), "documents", refused);
    }

    /** IGNORE keeps whatever is stored, so "reflects the source" is judged as for UPDATE. */
    private static OnDuplicate strictOf(OnDuplicate mode) {
        return Objects.requireNonNullElse(mode, OnDuplicate.UPDATE) == OnDuplicate.IGNORE ? OnDuplicate.UPDATE : mode;
    }
}
