package io.arangoconsole.core.insight;

import io.arangoconsole.core.indexes.ExistingIndex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Proposes persistent indexes for query shapes whose plans scan a collection to filter or sort it: equality
 * attributes first (most selective first, from an index estimate or else a bounded sample), then one range
 * attribute, then the sort attributes when the index can still deliver that order. Never {@code _key}/{@code _id}
 * (the primary index serves them), never an attribute tested only under an OR, never an index that is a prefix of
 * (or equal to) one the collection has; a proposal that is a prefix of another proposal is folded into it. Works
 * from plans only: it knows no collection or attribute by name. See docs/decisions/0032.
 */
public final class IndexAdvisor {
    private final Function<String, List<ExistingIndex>> existing;
    private final BiFunction<String, String, OptionalDouble> sample;
    private final Map<String, List<ExistingIndex>> indexCache = new HashMap<>();
    private final Map<String, Double> selectivityCache = new HashMap<>();

    /**
     * @param existing the indexes of a collection (asked once per collection)
     * @param sample   a bounded sample's share of distinct values of (collection, attribute), when no index keeps
     *                 an estimate (asked once per pair)
     */
    public IndexAdvisor(Function<String, List<ExistingIndex>> existing,
                        BiFunction<String, String, OptionalDouble> sample) {
        this.existing = existing;
        this.sample = sample;
    }

    /** The advice for these shapes, the shapes with most runs first. */
    public List<IndexAdvice> advise(List<ShapeEvidence> shapes) {
        Map<String, List<Candidate>> byIndex = new LinkedHashMap<>();
        for (ShapeEvidence shape : shapes) {
            if (shape.plan() == null) {
                continue;
            }
            for (ScanAccess scan : shape.plan().scans()) {
                if (!scan.filtersOrSorts()) {
                    continue;
                }
                List<String> fields = proposal(scan);
                if (fields.isEmpty() || served(scan.collection(), fields)) {
                    continue;
                }
                byIndex.computeIfAbsent(scan.collection() + "\u0000" + String.join("\u0000", fields),
                        k -> new ArrayList<>()).add(new Candidate(shape, scan, fields));
            }
        }
        List<List<Candidate>> groups = new ArrayList<>(byIndex.values());
        groups.sort(Comparator.comparingInt((List<Candidate> g) -> g.get(0).fields().size()).reversed());
        List<List<Candidate>> kept = new ArrayList<>();
        for (List<Candidate> group : groups) {
            Candidate c = group.get(0);
            kept.stream().filter(k -> k.get(0).scan().collection().equals(c.scan().collection())
                    && startsWith(k.get(0).fields(), c.fields())).findFirst()
                    .ifPresentOrElse(k -> k.addAll(group), () -> kept.add(new ArrayList<>(group)));
        }
        List<IndexAdvice> out = new ArrayList<>();
        for (List<Candidate> group : kept) {
            out.add(advice(group));
        }
        out.sort(Comparator.comparingLong(IndexAdvice::count).reversed()
                .thenComparing(Comparator.comparingDouble(IndexAdvice::p95Ms).reversed()));
        return out;
    }

    /** The fields to index for one scan, in index order; empty when no persistent index would serve it. */
    List<String> proposal(ScanAccess scan) {
        List<String> fields = new ArrayList<>(scan.equality());
        fields.sort(Comparator.comparingDouble((String a) -> {
            Double s = selectivity(scan.collection(), a);
            return s == null ? 0 : s;
        }).reversed());
        String range = scan.range().isEmpty() ? null : scan.range().get(0);
        if (range != null) {
            fields.add(range);
        }
        // after a range the index still delivers order only for the range attribute itself
        boolean sortServable = range == null || (!scan.sort().isEmpty() && scan.sort().get(0).equals(range));
        if (sortServable) {
            for (String s : scan.sort()) {
                if (!fields.contains(s)) {
                    fields.add(s);
                }
            }
        }
        return fields;
    }

    private boolean served(String collection, List<String> fields) {
        // a sparse index cannot serve a comparison that may match null (a bind parameter may be null)
        return indexes(collection).stream().anyMatch(ix -> (ix.persistentFamily() || ix.builtIn()) && !ix.sparse()
                && startsWith(ix.fields(), fields));
    }

    private List<ExistingIndex> indexes(String collection) {
        return indexCache.computeIfAbsent(collection, existing);
    }

    private Double selectivity(String collection, String attribute) {
        String key = collection + "\u0000" + attribute;
        if (selectivityCache.containsKey(key)) {
            return selectivityCache.get(key);
        }
        Double estimate = indexes(collection).stream()
                .filter(ix -> ix.selectivity() != null && !ix.fields().isEmpty() && ix.fields().get(0).equals(attribute)
                        && ix.fields().size() == 1)
                .map(ExistingIndex::selectivity).findFirst().orElse(null);
        if (estimate == null) {
            OptionalDouble sampled = sample.apply(collection, attribute);
            estimate = sampled.isPresent() ? sampled.getAsDouble() : null;
        }
        selectivityCache.put(key, estimate);
        return estimate;
    }

    private IndexAdvice advice(List<Candidate> group) {
        Candidate top = group.stream().max(Comparator.comparingLong(c -> c.shape().count())).orElseThrow();
        List<String> fields = group.stream().map(Candidate::fields).max(Comparator.comparingInt(List::size))
                .orElseThrow();
        List<String> ids = group.stream().map(c -> c.shape().shape().id()).distinct().toList();
        long count = group.stream().filter(distinctShape()).mapToLong(c -> c.shape().count()).sum();
        double p95 = group.stream().mapToDouble(c -> c.shape().p95Ms()).max().orElse(0);
        ScanAccess scan = top.scan();
        long with = expectedWith(scan);
        String evidence = String.format(Locale.ROOT, "%,d run%s of %d shape%s, p95 %s ms: %s #%d reads all %,d "
                        + "documents of %s; with an index on [%s] %s.", count, count == 1 ? "" : "s", ids.size(),
                ids.size() == 1 ? "" : "s", String.format(Locale.ROOT, "%.1f", p95), "EnumerateCollectionNode",
                scan.nodeId(), scan.documents(), scan.collection(), String.join(", ", fields),
                with < 0 ? "it reads only the range asked for" : String.format(Locale.ROOT, "about %,d", with));
        return new IndexAdvice(scan.collection(), fields, top.shape().shape().text(), ids, count, p95,
                scan.nodeId(), scan.documents(), with, evidence);
    }

    private static java.util.function.Predicate<Candidate> distinctShape() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        return c -> seen.add(c.shape().shape().id());
    }

    /** Documents the lookup would read: the scan's documents narrowed by each equality's distinct values. */
    private long expectedWith(ScanAccess scan) {
        if (!scan.range().isEmpty()) {
            return -1;
        }
        double docs = scan.documents();
        for (String a : scan.equality()) {
            Double s = selectivity(scan.collection(), a);
            if (s == null || s <= 0) {
                return -1;
            }
            docs /= Math.max(1, s * scan.documents());
        }
        if (scan.limit() >= 0) {
            docs = Math.min(docs, scan.limit());
        }
        return Math.max(1, (long) Math.ceil(docs));
    }

    private static boolean startsWith(List<String> fields, List<String> prefix) {
        return fields.size() >= prefix.size() && fields.subList(0, prefix.size()).equals(prefix);
    }

    private record Candidate(ShapeEvidence shape, ScanAccess scan, List<String> fields) {
    }
}
