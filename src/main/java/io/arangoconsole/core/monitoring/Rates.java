package io.arangoconsole.core.monitoring;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Per-second rates of counters between two scrapes, computed from the scrapes' own timestamps: the increase divided
 * by the seconds that really passed, so a steady load shows the same rate at any poll interval, and a late poll
 * does not show a spike. A counter that went down was reset by a server restart; its increase is then its new value.
 */
public final class Rates {
    private Rates() {
    }

    /** Rate of a counter summed over all its series (e.g. every role), or empty when it cannot be computed. */
    public static OptionalDouble perSecond(MetricsSnapshot earlier, MetricsSnapshot later, String sampleName) {
        return perSecond(earlier, later, sampleName, Labels.EMPTY);
    }

    /**
     * Rate of the series of a counter whose labels include {@code selector}, summed. Empty when either scrape is
     * missing, time did not advance, or no series is present in both scrapes (a series needs two points).
     */
    public static OptionalDouble perSecond(MetricsSnapshot earlier, MetricsSnapshot later, String sampleName,
                                           Labels selector) {
        if (earlier == null || later == null) {
            return OptionalDouble.empty();
        }
        double seconds = Duration.between(earlier.takenAt(), later.takenAt()).toNanos() / 1e9;
        if (seconds <= 0) {
            return OptionalDouble.empty();
        }
        double increase = 0;
        boolean any = false;
        for (Sample now : later.samples(sampleName)) {
            if (!now.labels().matches(selector)) {
                continue;
            }
            Optional<Sample> before = earlier.sample(sampleName, now.labels());
            if (before.isPresent() && Double.isFinite(before.get().value()) && Double.isFinite(now.value())) {
                increase += increase(before.get().value(), now.value());
                any = true;
            }
        }
        return any ? OptionalDouble.of(increase / seconds) : OptionalDouble.empty();
    }

    /** The increase of a counter from {@code earlier} to {@code later}, treating a decrease as a reset to zero. */
    public static double increase(double earlier, double later) {
        return later >= earlier ? later - earlier : later;
    }
}
