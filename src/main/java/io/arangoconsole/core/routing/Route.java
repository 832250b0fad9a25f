package io.arangoconsole.core.routing;

/**
 * Where one operation goes, and the label every pane shows for data it brings back: "primary", "replica" or
 * "replica unavailable, from primary".
 */
public record Route<T>(T target, String label) {
    public static final String PRIMARY = "primary";
    public static final String REPLICA = "replica";
    public static final String FALLBACK = "replica unavailable, from primary";

    public boolean fromReplica() {
        return REPLICA.equals(label);
    }
}
