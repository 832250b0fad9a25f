package io.arangoconsole.core.monitoring;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * One scrape of a metrics page, immutable: the samples by name, the declared families, and the histograms already
 * assembled from their {@code _bucket}/{@code _sum}/{@code _count} samples. {@code takenAt} is when the console read
 * the page; rates are computed from it, not from the poll interval the user picked.
 */
public final class MetricsSnapshot {
    private static final String[] SUFFIXES = {"_bucket", "_sum", "_count"};
    private final Instant takenAt;
    private final Map<String, List<Sample>> bySampleName;
    private final Map<String, MetricFamily> families;
    private final Map<String, List<Histogram>> histograms;

    MetricsSnapshot(Instant takenAt, List<Sample> samples, Map<String, MetricType> types, Map<String, String> help) {
        this.takenAt = takenAt;
        Set<String> histogramNames = histogramNames(samples, types);
        Map<String, List<Sample>> byName = new HashMap<>();
        Map<String, List<Sample>> byFamily = new LinkedHashMap<>();
        String lastName = null;
        List<Sample> lastByName = null;
        List<Sample> lastByFamily = null;
        for (Sample s : samples) {
            // Pages list a family's samples together: reuse the lists of the previous line instead of hashing again.
            if (!s.name().equals(lastName)) {
                lastName = s.name();
                lastByName = byName.computeIfAbsent(lastName, k -> new ArrayList<>());
                lastByFamily = byFamily.computeIfAbsent(familyOf(lastName, types, histogramNames),
                        k -> new ArrayList<>());
            }
            lastByName.add(s);
            lastByFamily.add(s);
        }
        byName.replaceAll((k, v) -> List.copyOf(v));
        this.bySampleName = Collections.unmodifiableMap(byName);
        Map<String, MetricFamily> fams = new LinkedHashMap<>();
        Map<String, List<Histogram>> hists = new HashMap<>();
        for (Map.Entry<String, List<Sample>> e : byFamily.entrySet()) {
            String name = e.getKey();
            MetricType type = histogramNames.contains(name) ? MetricType.HISTOGRAM
                    : types.getOrDefault(name, MetricType.UNTYPED);
            fams.put(name, new MetricFamily(name, type, help.getOrDefault(name, ""), List.copyOf(e.getValue())));
            if (type == MetricType.HISTOGRAM) {
                hists.put(name, assemble(name, e.getValue()));
            }
        }
        this.families = Collections.unmodifiableMap(fams);
        this.histograms = Collections.unmodifiableMap(hists);
    }

    /** An empty snapshot, e.g. before the first scrape. */
    public static MetricsSnapshot empty(Instant takenAt) {
        return new MetricsSnapshot(takenAt, List.of(), Map.of(), Map.of());
    }

    /** When the console read the page. */
    public Instant takenAt() {
        return takenAt;
    }

    /** Every sample with exactly this name ({@code x_bucket}, {@code x_count}, a counter's full name...). */
    public List<Sample> samples(String sampleName) {
        return bySampleName.getOrDefault(sampleName, List.of());
    }

    /** The value of the first sample with this name, or empty when the server does not export it. */
    public OptionalDouble value(String sampleName) {
        return value(sampleName, Labels.EMPTY);
    }

    /** The value of the first sample with this name whose labels include {@code selector}. */
    public OptionalDouble value(String sampleName, Labels selector) {
        for (Sample s : samples(sampleName)) {
            if (s.labels().matches(selector)) {
                return OptionalDouble.of(s.value());
            }
        }
        return OptionalDouble.empty();
    }

    /** The sample with this name and exactly these labels (not a superset), e.g. to pair series across scrapes. */
    public Optional<Sample> sample(String sampleName, Labels exactly) {
        for (Sample s : samples(sampleName)) {
            if (s.labels().equals(exactly)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** The sum over every series with this name (e.g. requests of all roles), or empty when there is none. */
    public OptionalDouble sum(String sampleName) {
        List<Sample> list = samples(sampleName);
        if (list.isEmpty()) {
            return OptionalDouble.empty();
        }
        double sum = 0;
        for (Sample s : list) {
            sum += s.value();
        }
        return OptionalDouble.of(sum);
    }

    /** A declared (or inferred) metric family by its name, e.g. {@code arangodb_aql_query_time}. */
    public Optional<MetricFamily> family(String name) {
        return Optional.ofNullable(families.get(name));
    }

    /** The families in page order. */
    public List<MetricFamily> families() {
        return List.copyOf(families.values());
    }

    /** Every histogram series of this family, one per label set (without {@code le}). */
    public List<Histogram> histograms(String name) {
        return histograms.getOrDefault(name, List.of());
    }

    /** The first histogram series of this family, or empty when the server does not export it. */
    public Optional<Histogram> histogram(String name) {
        return histogram(name, Labels.EMPTY);
    }

    /** The first histogram series of this family whose labels include {@code selector}. */
    public Optional<Histogram> histogram(String name, Labels selector) {
        for (Histogram h : histograms(name)) {
            if (h.labels().matches(selector)) {
                return Optional.of(h);
            }
        }
        return Optional.empty();
    }

    /** The histogram series of this family with exactly these labels (without {@code le}). */
    public Optional<Histogram> histogramExactly(String name, Labels exactly) {
        for (Histogram h : histograms(name)) {
            if (h.labels().equals(exactly)) {
                return Optional.of(h);
            }
        }
        return Optional.empty();
    }

    /** Names of every sample on the page. */
    public Set<String> sampleNames() {
        return bySampleName.keySet();
    }

    /** How many samples the page held. */
    public int size() {
        int n = 0;
        for (List<Sample> l : bySampleName.values()) {
            n += l.size();
        }
        return n;
    }

    /** Histogram families: those typed so, and untyped ones that have {@code _bucket} samples with {@code le}. */
    private static Set<String> histogramNames(List<Sample> samples, Map<String, MetricType> types) {
        Set<String> names = new HashSet<>();
        for (Map.Entry<String, MetricType> e : types.entrySet()) {
            if (e.getValue() == MetricType.HISTOGRAM) {
                names.add(e.getKey());
            }
        }
        for (Sample s : samples) {
            String name = s.name();
            if (name.endsWith("_bucket") && s.labels().get("le") != null) {
                String base = name.substring(0, name.length() - "_bucket".length());
                if (!types.containsKey(base)) {
                    names.add(base);
                }
            }
        }
        return names;
    }

    private static String familyOf(String name, Map<String, MetricType> types, Set<String> histogramNames) {
        if (types.containsKey(name)) {
            return name;
        }
        for (String suffix : SUFFIXES) {
            if (name.endsWith(suffix)) {
                String base = name.substring(0, name.length() - suffix.length());
                if (histogramNames.contains(base) || types.get(base) == MetricType.SUMMARY) {
                    return base;
                }
            }
        }
        return name;
    }

    private static List<Histogram> assemble(String name, List<Sample> samples) {
        Map<Labels, List<Bucket>> buckets = new LinkedHashMap<>();
        Map<Labels, double[]> sumCount = new HashMap<>();
        String bucketName = name + "_bucket";
        String sumName = name + "_sum";
        String countName = name + "_count";
        for (Sample s : samples) {
            if (s.name().equals(bucketName)) {
                String le = s.labels().get("le");
                if (le == null) {
                    continue;
                }
                Labels series = s.labels().without("le");
                buckets.computeIfAbsent(series, k -> new ArrayList<>()).add(new Bucket(parseBound(le), s.value()));
            } else if (s.name().equals(sumName)) {
                sumCount.computeIfAbsent(s.labels(), k -> new double[] {Double.NaN, Double.NaN})[0] = s.value();
            } else if (s.name().equals(countName)) {
                sumCount.computeIfAbsent(s.labels(), k -> new double[] {Double.NaN, Double.NaN})[1] = s.value();
            }
        }
        List<Histogram> out = new ArrayList<>(buckets.size());
        for (Map.Entry<Labels, List<Bucket>> e : buckets.entrySet()) {
            List<Bucket> sorted = new ArrayList<>(e.getValue());
            sorted.sort(Comparator.comparingDouble(Bucket::upperBound));
            double[] sc = sumCount.getOrDefault(e.getKey(), new double[] {Double.NaN, Double.NaN});
            double count = Double.isNaN(sc[1]) && !sorted.isEmpty() ? sorted.get(sorted.size() - 1).cumulativeCount()
                    : sc[1];
            out.add(new Histogram(name, e.getKey(), sorted, sc[0], count));
        }
        return List.copyOf(out);
    }

    private static double parseBound(String le) {
        return switch (le) {
            case "+Inf", "Inf", "inf", "+inf" -> Double.POSITIVE_INFINITY;
            case "-Inf", "-inf" -> Double.NEGATIVE_INFINITY;
            default -> {
                try {
                    yield Double.parseDouble(le);
                } catch (NumberFormatException e) {
                    yield Double.NaN;
                }
            }
        };
    }
}
