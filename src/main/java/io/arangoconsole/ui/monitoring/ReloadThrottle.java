package io.arangoconsole.ui.monitoring;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Says when a chart's history is worth re-reading after a new sample: every sample for the 5-minute window, but a
 * day of history is 25 files, and one more point in 17,000 changes no pixel, so longer windows reload less often.
 */
public final class ReloadThrottle {
    private final LongSupplier nanoClock;
    private long lastNanos;
    private boolean loaded;

    public ReloadThrottle() {
        this(System::nanoTime);
    }

    public ReloadThrottle(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
    }

    /** True when a sample-driven reload of {@code window} is due now; records the reload when it is. */
    public boolean due(ChartWindow window) {
        long now = nanoClock.getAsLong();
        if (loaded && now - lastNanos < minimumGap(window).toNanos()) {
            return false;
        }
        loaded = true;
        lastNanos = now;
        return true;
    }

    /** Forgets the last reload, e.g. when the user picks another window: the next reload is due at once. */
    public void reset() {
        loaded = false;
    }

    static Duration minimumGap(ChartWindow window) {
        return switch (window) {
            case FIVE_MINUTES -> Duration.ZERO;
            case ONE_HOUR -> Duration.ofSeconds(15);
            case ONE_DAY -> Duration.ofMinutes(1);
        };
    }
}
