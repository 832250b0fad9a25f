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
 * of a persistent index whose values, in a small sample read through a persistent index ({@code SORT d.a DESC LIMIT
 * n} and {@code ASC}: both ends; see docs/decisions/0026), are all dates of one kind (ISO strings, epoch seconds or epoch milliseconds); of several, the one with the
 * most recent values. Breakdown: the single-attribute persistent index with the fewest distinct values by its
 * {@code selectivityEstimate}, between 2 and {@link #MAX_BREAKDOWN_VALUES}. Missing, null or mixed values never
 * qualify: detection says so instead of guessing.
 */
public final class AttributeDetector {
    /** Documents sampled per collection. */
    public static final int SAMPLE_SIZE = 20;
    /** A breakdown with more bars than this is no longer readable. */
    public static final int MAX_BREAKDOWN_VALUES = 50;
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /**
     * The sample queries through a persistent index leading with {@code attribute}: {@code n} documents from each
     * end of the index (the newest, and the oldest where nulls and missing values sort), never the collection.
     */
    public static List<String> sampleQueries(String attribute) {
        return List.of("FOR d IN @@c SORT d." + attribute + " DESC LIMIT @n RETURN d",
                "FOR d IN @@c SORT d." + attribute + " ASC LIMIT @n RETURN d");
    }

    /** Both ends in one request: the two {@link #sampleQueries} as subqueries, their documents appended. */
    public static String sampleQuery(String attribute) {
        List<String> ends = sampleQueries(attribute);
        return "FOR d IN APPEND((" + ends.get(0) + "), (" + ends.get(1) + ")) RETURN d";
    }

    /**
     * Detects on {@code collection}, reading its sample from {@code source} (one query, only when a persistent
     * index can serve it). Blocking.
     */
    public Detection detect(StatsSource source, String collection, long count, List<IndexInfo> indexes) {
        String through = samplingAttribute(indexes);
        List<JsonNode> sample = new ArrayList<>();
        if (count > 0 && through != null) {
            Set<String> keys = new java.util.HashSet<>();
            for (JsonNode doc : source.query(sampleQuery(through), Map.of("@c", collection, "n", SAMPLE_SIZE / 2))) {
                // a small collection's two ends overlap
                if (keys.add(doc.path("_key").asText())) {
                    sample.add(doc);
                }
            }
        }
        return detect(collection, count, indexes, sample);
    }

    /** The leading attribute of the first non-sparse persistent index, whose order reaches every document. */
    static String samplingAttribute(List<IndexInfo> indexes) {
        for (IndexInfo index : indexes) {
            if (index.persistent() && !index.sparse() && index.leading() != null
                    && PLAIN.matcher(index.leading()).matches()) {
                return index.leading();
            }
        }
        return null;
    }

    /** Detection from indexes and an already read sample. */
    public Detection detect(String collection, long count, List<IndexInfo> indexes, List<JsonNode> sample) {
        AttributeChoice watermark = watermark(indexes, sample);
        AttributeChoice breakdown = breakdown(count, indexes, watermark.attribute());
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
        if (leading.isEmpty()) {
            return AttributeChoice.detected(null, "no usable freshness attribute: no persistent index");
        }
        if (sample.isEmpty()) {
            return AttributeChoice.detected(null, "no usable freshness attribute: the collection is empty, "
                    + "nothing to sample");
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

    private static AttributeChoice breakdown(long count, List<IndexInfo> indexes, String watermark) {
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
            return AttributeChoice.detected(null, "no indexed attribute with 2 to " + MAX_BREAKDOWN_VALUES
                    + " distinct values");
        }
        return AttributeChoice.detected(best.leading(), "indexed by [" + best.leading() + "]; about " + bestDistinct
                + " distinct values (selectivity estimate " + String.format(Locale.ROOT, "%.4f", best.selectivity())
                + ")");
    }
}
