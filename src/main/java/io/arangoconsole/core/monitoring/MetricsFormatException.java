package io.arangoconsole.core.monitoring;

/** A metrics page that is not valid Prometheus text; the message names the line and what was expected. */
public class MetricsFormatException extends IllegalArgumentException {
    private final int line;

    /** @param line the 1-based line of the page */
    public MetricsFormatException(int line, String message) {
        super("metrics page, line " + line + ": " + message);
        this.line = line;
    }

    /** The 1-based line of the page that could not be read. */
    public int line() {
        return line;
    }
}
