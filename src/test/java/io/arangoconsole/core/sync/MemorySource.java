package io.arangoconsole.core.sync;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An in-memory stand-in for a database collection source (our own SyncSource interface, not a driver mock): reads in
 * (watermark, _key) order strictly after the position, and can fail a number of reads transiently.
 */
final class MemorySource implements SyncSource {
    final List<ObjectNode> docs = new ArrayList<>();
    final String watermark;
    final AtomicInteger transientReadFailures = new AtomicInteger();
    int opens;
    private List<ObjectNode> view = List.of();
    private int next;

    MemorySource(String watermark) {
        this.watermark = watermark;
    }

    MemorySource add(String key, Object watermarkValue, int n) {
        ObjectNode doc = SyncJson.MAPPER.createObjectNode();
        doc.put("_key", key);
        doc.set(watermark, SyncJson.MAPPER.valueToTree(watermarkValue));
        doc.put("n", n);
        doc.put("_rev", "_src" + n);
        doc.put("_id", "src/" + key);
        docs.add(doc);
        return this;
    }

    @Override
    public String kind() {
        return "arangodb";
    }

    @Override
    public String describe() {
        return "memory";
    }

    @Override
    public boolean ordered() {
        return true;
    }

    @Override
    public void open(Position after) {
        opens++;
        view = sortedAfter(after);
        next = 0;
    }

    @Override
    public void openByKey(String afterKey) {
        opens++;
        view = new ArrayList<>();
        for (ObjectNode d : docs) {
            if (afterKey == null || d.get("_key").asText().compareTo(afterKey) > 0) {
                view.add(d.deepCopy());
            }
        }
        view.sort((a, b) -> a.get("_key").asText().compareTo(b.get("_key").asText()));
        next = 0;
    }

    @Override
    public long count() {
        return docs.size();
    }

    private List<ObjectNode> sortedAfter(Position after) {
        List<ObjectNode> out = new ArrayList<>();
        for (ObjectNode d : docs) {
            if (WatermarkOrder.isAfter(d.get(watermark), d.get("_key").asText(), after)) {
                out.add(d.deepCopy());
            }
        }
        out.sort((a, b) -> WatermarkOrder.compare(a.get(watermark), a.get("_key").asText(), b.get(watermark),
                b.get("_key").asText()));
        return out;
    }

    @Override
    public List<SourceRecord> nextBatch(int max) {
        if (transientReadFailures.get() > 0 && next > 0) {
            transientReadFailures.decrementAndGet();
            throw new SyncFailure("connection refused", true, null);
        }
        List<SourceRecord> out = new ArrayList<>();
        while (out.size() < max && next < view.size()) {
            out.add(SourceRecord.document(0, view.get(next++)));
        }
        return out;
    }

    @Override
    public long estimateRemaining(Position after) {
        return sortedAfter(after).size();
    }

    @Override
    public String serverKind() {
        return "memory";
    }

    @Override
    public String checksum() {
        return MemoryTarget.checksumOf(docs);
    }

    @Override
    public void close() {
        view = List.of();
    }
}
