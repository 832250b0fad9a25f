package io.arangoconsole.ui.queries;

/** Which figures the Queries pane's chart draws. */
public enum ChartKind {
    SERVER_QUERY_TIME("Server AQL query time (ms)"),
    SERVER_RATES("Server queries/s and HTTP requests/s"),
    CONSOLE_P95("Console request time p95 per operation (ms)");

    private final String label;

    ChartKind(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
