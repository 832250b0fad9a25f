package io.arangoconsole.core.monitoring;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Duration;
import java.util.Objects;
import java.util.UUID;

/**
 * "{@code series} below/above {@code threshold} for {@code forSeconds}": e.g. the cache hit rate under 0.8 for 5
 * minutes, AQL p95 above 200 ms, slow queries per minute above 10.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ThresholdRule(String id, String name, String series, Comparison comparison, double threshold,
                            long forSeconds) implements AlertRule {

    public ThresholdRule {
        requireText(id, "id");
        requireText(series, "series");
        Objects.requireNonNull(comparison, "comparison");
        if (!Double.isFinite(threshold)) {
            throw new IllegalArgumentException("threshold must be a number, was " + threshold);
        }
        if (forSeconds < 0) {
            throw new IllegalArgumentException("forSeconds must not be negative, was " + forSeconds);
        }
        if (name == null || name.isBlank()) {
            name = describe(series, comparison, threshold, forSeconds);
        }
    }

    /** A new rule (fresh id, generated name): {@code series} under {@code threshold} for {@code lasting}. */
    public static ThresholdRule below(String series, double threshold, Duration lasting) {
        return new ThresholdRule(newId(), null, series, Comparison.BELOW, threshold, lasting.toSeconds());
    }

    /** A new rule (fresh id, generated name): {@code series} over {@code threshold} for {@code lasting}. */
    public static ThresholdRule above(String series, double threshold, Duration lasting) {
        return new ThresholdRule(newId(), null, series, Comparison.ABOVE, threshold, lasting.toSeconds());
    }

    /** The server's in-memory cache hit rate (recent) under {@code ratio} for {@code lasting}. */
    public static ThresholdRule cacheHitRateBelow(double ratio, Duration lasting) {
        return below(SeriesNames.CACHE_HIT_RATE_RECENT, ratio, lasting);
    }

    /** AQL query time p95 over {@code millis} for {@code lasting}. */
    public static ThresholdRule aqlP95Above(double millis, Duration lasting) {
        return above(SeriesNames.AQL_P95_MS, millis, lasting);
    }

    /** More than {@code perMinute} slow queries a minute for {@code lasting}. */
    public static ThresholdRule slowQueriesPerMinuteAbove(double perMinute, Duration lasting) {
        return above(SeriesNames.SLOW_QUERIES_PER_MIN, perMinute, lasting);
    }

    /**
     * "lag of {@code collection} over {@code lag} for {@code samples} samples": the replica's lag in time, sampled
     * every {@code interval}, above {@code lag} in that many consecutive samples.
     */
    public static ThresholdRule lagAbove(String collection, Duration lag, int samples, Duration interval) {
        if (samples < 1) {
            throw new IllegalArgumentException("samples must be at least 1, was " + samples);
        }
        return new ThresholdRule(newId(), "lag of " + collection + " over " + DurationText.of(lag.toSeconds())
                + " for " + samples + (samples == 1 ? " sample" : " samples"), SeriesNames.lagSeconds(collection),
                Comparison.ABOVE, lag.toSeconds(), interval.toSeconds() * (samples - 1));
    }

    /** True for a rule on a replica-lag series. */
    public boolean watchesLag() {
        return series.startsWith(SeriesNames.LAG_SECONDS_PREFIX) || series.startsWith(SeriesNames.LAG_DOCUMENTS_PREFIX);
    }

    @Override
    public String watchedSeries() {
        return series;
    }

    @Override
    public boolean breachedBy(double value) {
        return comparison.breached(value, threshold);
    }

    static String newId() {
        return UUID.randomUUID().toString();
    }

    static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be empty");
        }
    }

    private static String describe(String series, Comparison comparison, double threshold, long forSeconds) {
        String limit = threshold == Math.rint(threshold) && Math.abs(threshold) < 1e15
                ? Long.toString((long) threshold) : Double.toString(threshold);
        String text = series + (comparison == Comparison.BELOW ? " below " : " above ") + limit;
        return forSeconds == 0 ? text : text + " for " + DurationText.of(forSeconds);
    }
}
