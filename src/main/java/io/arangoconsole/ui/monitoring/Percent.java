package io.arangoconsole.ui.monitoring;

import java.util.Locale;
import java.util.OptionalDouble;

/** Ratios and milliseconds as the monitoring panes print them. */
public final class Percent {
    /** What a pane says for a figure the server does not export (never a made-up zero). */
    public static final String NOT_REPORTED = "not reported by this server";

    private Percent() {
    }

    /** {@code 87.5 %}; a dash for NaN (no requests yet). */
    public static String of(double ratio) {
        return Double.isNaN(ratio) ? "–" : String.format(Locale.ROOT, "%.1f %%", ratio * 100);
    }

    /** {@code 87.5 %}, or {@link #NOT_REPORTED}. */
    public static String of(OptionalDouble ratio) {
        return ratio.isPresent() ? of(ratio.getAsDouble()) : NOT_REPORTED;
    }

    /** {@code 0.42}, {@code 12.3}, {@code 1,204}; a dash for NaN. */
    public static String millis(double ms) {
        if (Double.isNaN(ms)) {
            return "–";
        }
        return ms < 10 ? String.format(Locale.ROOT, "%.2f", ms)
                : ms < 1000 ? String.format(Locale.ROOT, "%.1f", ms) : String.format(Locale.ROOT, "%,.0f", ms);
    }
}
