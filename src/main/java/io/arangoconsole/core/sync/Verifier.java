package io.arangoconsole.core.sync;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Proves a sync: counts on both ends plus either the collection checksums (whole collection, both ends the same kind
 * of server, as sandbox and ArangoDB hash differently) or, when those cannot decide, every source document in the
 * range compared with the stored one, streamed a batch at a time so memory stays bounded.
 */
public final class Verifier {
    static final int MAX_KEYS = 10;
    private final Retrier retrier;

    /** @param announce receives "retrying (n/m): ..." messages; may be a no-op */
    public Verifier(RetryPolicy retry, Consumer<String> announce) {
        this(new Retrier(retry, new JobControl(), announce, new Random()));
    }

    Verifier(Retrier retrier) {
        this.retrier = retrier;
    }

    /** Compares {@code source} and {@code target} over {@code scope}. Reopens the source. */
    public Verification verify(SyncSource source, SyncTarget target, VerifyScope scope) {
        if (scope.whole() && source.ordered() && source.serverKind() != null
                && source.serverKind().equals(target.serverKind())) {
            String mine = retrier.call("checksum", source::checksum);
            String theirs = retrier.call("checksum", target::checksum);
            if (mine != null && theirs != null) {
                long sourceCount = retrier.call("count", () -> source.estimateRemaining(null));
                long targetCount = retrier.call("count", target::count);
                if (mine.equals(theirs) && sourceCount == targetCount) {
                    return new Verification(true, sourceCount, targetCount, List.of(), "checksum");
                }
            }
        }
        return compareDocuments(source, target, scope);
    }

    private Verification compareDocuments(SyncSource source, SyncTarget target, VerifyScope scope) {
        long sourceCount = 0;
        long found = 0;
        List<String> differing = new ArrayList<>();
        retrier.call("open", () -> {
            source.open(scope.from());
            return null;
        });
        try {
            boolean past = false;
            while (!past) {
                List<SourceRecord> batch = source.nextBatch(scope.batchSize());
                if (batch.isEmpty()) {
                    break;
                }
                List<SourceRecord> docs = new ArrayList<>(batch.size());
                for (SourceRecord record : batch) {
                    if (source.ordered() && scope.upTo() != null && record.doc() != null && WatermarkOrder.isAfter(
                            record.doc().get(scope.watermark()), record.key(), scope.upTo())) {
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
                    sourceCount++;
                    ObjectNode have = stored.get(record.key());
                    if (have != null) {
                        found++;
                    }
                    if (!ContentEquality.unchanged(have, record.doc(), strictOf(scope.onDuplicate()))
                            && differing.size() < MAX_KEYS) {
                        differing.add(record.key());
                    }
                }
            }
        } finally {
            source.close();
        }
        long targetCount = source.ordered()
                ? retrier.call("count", () -> target.countRange(scope.watermark(), scope.from(), scope.upTo()))
                : found;
        boolean equal = differing.isEmpty() && sourceCount == targetCount;
        return new Verification(equal, sourceCount, targetCount, List.copyOf(differing), "documents");
    }

    /** IGNORE keeps whatever is stored, so "reflects the source" is judged as for UPDATE. */
    private static OnDuplicate strictOf(OnDuplicate mode) {
        return Objects.requireNonNullElse(mode, OnDuplicate.UPDATE) == OnDuplicate.IGNORE ? OnDuplicate.UPDATE : mode;
    }
}
