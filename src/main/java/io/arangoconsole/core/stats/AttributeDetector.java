package io.arangoconsole.core.stats;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Proposes a collection's freshness and breakdown attribute without scanning it. Freshness: the leading attribute
 * of a persistent index whose values, in a small sample read through the <em>primary</em> index ({@code SORT d._key
 * ASC LIMIT n} and {@code DESC}: both ends of the key order; see docs/decisions/0052), are all dates of one kind (ISO
 * strings, epoch seconds or epoch milliseconds); of several, the one with the most recent values. Breakdown: the
 * single-attribute persistent index with the fewest distinct values by its {@code selectivityEstimate}, between 2 and
 * {@link #MAX_BREAKDOWN_VALUES}. Missing, null or mixed values never qualify: detection says so instead of guessing.
 * An attribute no index serves is never proposed (the rule: "an indexed attribute"); the sample names it
 * instead, with the index that would serve it.
 */
public final class AttributeDetector {
    /** Documents sampled per collection. */
    public static final int SAMPLE_SIZE = 20;
    /** A breakdown with more bars than this is no longer readable. */
    public static final int MAX_BREAKDOWN_VALUES = 50;
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /** Distinct values in the sample at most this many make an unindexed attribute look like a category. */
    static final int HINT_MAX_CATEGORIES = 5;

    /**
     * The sample queries, both served by the primary index in key order ({@code IndexNode} on {@code primary}, no
     * sort, no scan): {@code n} documents from each end of the key order, in every collection (every one has it).
     */
    public static List<String> sampleQueries() {
        return List.of("FOR d IN @@c SORT d._key ASC LIMIT @n RETURN d",
                "FOR d IN @@c SORT d._key DESC LIMIT @n RETURN d");
    }

    /** Both ends in one request: the two {@link #sampleQueries} as subqueries, their documents appended. */
    public static String sampleQuery() {
        List<String> ends = sampleQueries();
        return "FOR d IN APPEND((" + ends.get(0) + "), (" + ends.get(1) + ")) RETURN d";
    }

    /**
     * Detects on {@code collection}, reading its sample from {@code source} (one query through the primary index,
     * none when the collection is empty). Blocking.
     */
    public Detection detect(StatsSource source, String collection, long count, List<IndexInfo> indexes) {
        List<JsonNode> sample = count > 0
                ? distinct(source.query(sampleQuery(), Map.of("@c", collection, "n", SAMPLE_SIZE / 2)))
                : List.of();
        return detect(collection, count, indexes, sample);
    }

    /** The sample without repeats: a small collection's two ends overlap. */
    static List<JsonNode> distinct(List<JsonNode> rows) {
        List<JsonNode> sample = new ArrayList<>();
        Set<String> keys = new java.util.HashSet<>();
        for (JsonNode doc : rows) {
            if (keys.add(doc.path("_key").asText())) {
                sample.add(doc);
            }
        }
        return sample;
    }

    /** Detection from indexes and an already read sample. */
    public Detection detect(String collection, long count, List<IndexInfo> indexes, List<JsonNode> sample) {
        AttributeChoice watermark = watermark(indexes, sample);
        AttributeChoice breakdown = breakdown(count, indexes, watermark.attribute(), sample);
        return new Detection(collection, watermark, breakdown, attributes(indexes, sample));
    }

    /** Indexed attributes first, then those of the sample, system attributes left out. */
    private static List<String> attributes(List<IndexInfo> indexes, List<JsonNode> sample) {
        Set<String> names = new LinkedHashSet<>();
        indexes.stream().filter(IndexInfo::persistent).flatMap(i -> i.fields().stream()).forEach(names::add);
        for (JsonNode doc : sample) {
            doc.fieldNames().forEachRemaining(names::add);
        }
        names.removeIf(n -> n.startsWith("_") || n.contains("[*]"));
        return new ArrayList<>(names);
    }

    private record Candidate(String attribute, DateValues.Kind kind, Instant latest) {
    }

    private AttributeChoice watermark(List<IndexInfo> indexes, List<JsonNode> sample) {
        Set<String> leading = new LinkedHashSet<>();
        for (IndexInfo index : indexes) {
            if (index.persistent() && index.leading() != null && !index.leading().startsWith("_")) {
                leading.add(index.leading());
            }
        }
        if (sample.isEmpty()) {
            return AttributeChoice.detected(null, "no usable freshness attribute: " + (leading.isEmpty()
                    ? "no persistent index" : "the collection is empty, nothing to sample"));
        }
        if (leading.isEmpty()) {
            String hint = unindexedHint(sample, leading);
            return AttributeChoice.detected(null, "no usable freshness attribute: no persistent index"
                    + (hint == null ? "" : "; " + hint));
        }
        List<Candidate> usable = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        for (String attribute : leading) {
            String why = verdict(attribute, sample);
            if (why == null) {
                usable.add(candidate(attribute, sample));
            } else {
                rejected.add(why);
            }
        }
        if (!usable.isEmpty()) {
            Candidate best = usable.get(0);
            for (Candidate c : usable) {
                if (c.latest().isAfter(best.latest())) {
                    best = c;
                }
            }
            String reason = "indexed by [" + best.attribute() + "]; " + sample.size() + " sampled documents hold "
                    + best.kind().text() + (usable.size() > 1 ? "; the most recent of " + usable.size()
                    + " indexed date attributes" : "");
            return AttributeChoice.detected(best.attribute(), reason);
        }
        StringBuilder reason = new StringBuilder("no usable freshness attribute: ");
        reason.append(String.join("; ", rejected));
        String hint = unindexedHint(sample, leading);
        if (hint != null) {
            reason.append("; ").append(hint);
        }
        return AttributeChoice.detected(null, reason.toString());
    }

    /** Null when every sampled document holds a date of one kind under {@code attribute}; else why not. */
    static String verdict(String attribute, List<JsonNode> sample) {
        int missing = 0;
        int nulls = 0;
        int notDates = 0;
        Set<String> kinds = new LinkedHashSet<>();
        for (JsonNode doc : sample) {
            JsonNode value = doc.get(attribute);
            if (value == null) {
                missing++;
            } else if (value.isNull()) {
                nulls++;
            } else {
                DateValues.Kind kind = DateValues.kind(value);
                if (kind == null) {
                    notDates++;
                    kinds.add(value.getNodeType().name().toLowerCase(Locale.ROOT));
                } else {
                    kinds.add(kind.text());
                }
            }
        }
        int n = sample.size();
        if (missing > 0) {
            return attribute + " is missing in " + missing + " of " + n + " sampled documents";
        }
        if (nulls > 0) {
            return attribute + " is null in " + nulls + " of " + n + " sampled documents";
        }
        if (kinds.size() > 1) {
            return attribute + " holds mixed types (" + String.join(", ", kinds) + ")";
        }
        if (notDates > 0) {
            return attribute + " holds no dates";
        }
        return null;
    }

    private static Candidate candidate(String attribute, List<JsonNode> sample) {
        Instant latest = Instant.MIN;
        DateValues.Kind kind = null;
        for (JsonNode doc : sample) {
            JsonNode value = doc.get(attribute);
            kind = DateValues.kind(value);
            Instant at = DateValues.instant(value);
            if (at.isAfter(latest)) {
                latest = at;
            }
        }
        return new Candidate(attribute, kind, latest);
    }

    /** "an index on [placed_at] would serve it" for the most recent date attribute no index leads with. */
    private static String unindexedHint(List<JsonNode> sample, Set<String> indexed) {
        Candidate best = null;
        for (var it = sample.get(0).fieldNames(); it.hasNext(); ) {
            String attribute = it.next();
            if (attribute.startsWith("_") || indexed.contains(attribute) || verdict(attribute, sample) != null) {
                continue;
            }
            Candidate c = candidate(attribute, sample);
            if (best == null || c.latest().isAfter(best.latest())) {
                best = c;
            }
        }
        return best == null ? null : best.attribute() + " holds " + best.kind().text()
                + " but is not indexed: an index on [" + best.attribute() + "] would serve it";
    }

    private static AttributeChoice breakdown(long count, List<IndexInfo> indexes, String watermark,
                                             List<JsonNode> sample) {
        IndexInfo best = null;
        long bestDistinct = Long.MAX_VALUE;
        for (IndexInfo index : indexes) {
            if (!index.persistent() || index.fields().size() != 1 || index.unique() || index.selectivity() == null
                    || index.leading().startsWith("_") || index.leading().equals(watermark)) {
                continue;
            }
            long distinct = Math.max(1, Math.round(index.selectivity() * count));
            if (distinct >= 2 && distinct <= MAX_BREAKDOWN_VALUES && distinct < bestDistinct) {
                best = index;
                bestDistinct = distinct;
            }
        }
        if (best == null) {
            String hint = categoryHint(sample, indexes);
            return AttributeChoice.detected(null, "no indexed attribute with 2 to " + MAX_BREAKDOWN_VALUES
                    + " distinct values" + (hint == null ? "" : "; " + hint));
        }
        return AttributeChoice.detected(best.leading(), "indexed by [" + best.leading() + "]; about " + bestDistinct
                + " distinct values (selectivity estimate " + String.format(Locale.ROOT, "%.4f", best.selectivity())
                + ")");
    }

    /**
     * "status has 3 values in 20 sampled documents but is not indexed: an index on [status] would serve a
     * breakdown" when one unindexed attribute, a string in every sampled document, has 2 to
     * {@link #HINT_MAX_CATEGORIES} distinct values; "12 unindexed attributes have 2 to 5 values in 20 sampled
     * documents (a, b, c, ...): an index on one would serve a breakdown" when several do (a sample cannot tell which
     * one a DBA means); null when none does.
     */
    static String categoryHint(List<JsonNode> sample, List<IndexInfo> indexes) {
        if (sample.size() < 2 * HINT_MAX_CATEGORIES) {
            return null;
        }
        Set<String> indexed = new java.util.HashSet<>();
        indexes.stream().filter(IndexInfo::persistent).map(IndexInfo::leading).forEach(indexed::add);
        Map<String, Integer> categories = new java.util.LinkedHashMap<>();
        for (var it = sample.get(0).fieldNames(); it.hasNext(); ) {
            String attribute = it.next();
            if (attribute.startsWith("_") || indexed.contains(attribute) || !PLAIN.matcher(attribute).matches()) {
                continue;
            }
            Set<String> values = new java.util.HashSet<>();
            boolean allText = true;
            for (JsonNode doc : sample) {
                JsonNode v = doc.get(attribute);
                allText &= v != null && v.isTextual() && DateValues.kind(v) == null;
                if (allText) {
                    values.add(v.textValue());
                }
            }
            if (allText && values.size() >= 2 && values.size() <= HINT_MAX_CATEGORIES) {
                categories.put(attribute, values.size());
            }
        }
        if (categories.isEmpty()) {
            return null;
        }
        if (categories.size() == 1) {
            var only = categories.entrySet().iterator().next();
            return only.getKey() + " has " + only.getValue() + " values in " + sample.size()
                    + " sampled documents but is not indexed: an index on [" + only.getKey()
                    + "] would serve a breakdown";
        }
        List<String> names = new ArrayList<>(categories.keySet());
        return names.size() + " unindexed attributes have 2 to " + HINT_MAX_CATEGORIES + " values in " + sample.size()
                + " sampled documents (" + String.join(", ", names.subList(0, Math.min(3, names.size())))
                + (names.size() > 3 ? ", ..." : "") + "): an index on one would serve a breakdown";
    }
}
