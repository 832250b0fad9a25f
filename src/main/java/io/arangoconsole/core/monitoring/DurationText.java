package io.arangoconsole.core.monitoring;

/** "90 s", "5 min", "2 h" for rule names. */
final class DurationText {
    private DurationText() {
    }

    static String of(long seconds) {
        if (seconds % 3600 == 0 && seconds > 0) {
            return seconds / 3600 + " h";
        }
        if (seconds % 60 == 0 && seconds > 0) {
            return seconds / 60 + " min";
        }
        return seconds + " s";
    }
}
