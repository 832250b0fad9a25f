package io.arangoconsole.core.stats;

import java.time.Duration;

/**
 * A value with where it came from: from the cache ({@code cached}, {@code age} old) or read live; {@code note} says
 * why it was read live when the cache could not serve it (null otherwise).
 */
public record Fetched<T>(T value, boolean cached, Duration age, String note) {

    /** "cached, 42 s old" or "live", as the Overview shows it. */
    public String describe() {
        if (!cached) {
            return note == null ? "live" : "live (" + note + ")";
        }
        long seconds = age.toSeconds();
        return seconds < 120 ? "cached, " + seconds + " s old" : "cached, " + age.toMinutes() + " min old";
    }
}
