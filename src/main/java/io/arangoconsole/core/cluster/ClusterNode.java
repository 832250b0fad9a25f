package io.arangoconsole.core.cluster;

import java.time.Instant;
import java.util.Locale;

/**
 * One server of a cluster as {@code /_admin/cluster/health} reports it. Fields the server did not send, and roles or
 * statuses the console does not know, read {@link #UNKNOWN}: a newer server never makes the console fail.
 *
 * @param role          {@link #COORDINATOR}, {@link #DBSERVER}, {@link #AGENT} (the server's own spelling) or unknown
 * @param status        GOOD, BAD, FAILED or unknown
 * @param lastHeartbeat the last acknowledged heartbeat, null when never heard of
 */
public record ClusterNode(String id, String shortName, String role, String status, String syncStatus,
                          String version, String endpoint, Instant lastHeartbeat) {

    public static final String UNKNOWN = "unknown";
    public static final String COORDINATOR = "Coordinator";
    public static final String DBSERVER = "DBServer";
    public static final String AGENT = "Agent";
    public static final String GOOD = "GOOD";

    /** The server's role spelled as 3.12 spells it in health, whatever spelling came in; else unknown. */
    static String role(String text) {
        if (text == null) {
            return UNKNOWN;
        }
        return switch (text.strip().toUpperCase(Locale.ROOT)) {
            case "COORDINATOR" -> COORDINATOR;
            case "DBSERVER", "PRIMARY" -> DBSERVER;
            case "AGENT" -> AGENT;
            default -> UNKNOWN;
        };
    }

    /** GOOD, BAD or FAILED; anything else unknown. */
    static String status(String text) {
        if (text == null) {
            return UNKNOWN;
        }
        String upper = text.strip().toUpperCase(Locale.ROOT);
        return upper.equals("GOOD") || upper.equals("BAD") || upper.equals("FAILED") ? upper : UNKNOWN;
    }

    public boolean good() {
        return GOOD.equals(status);
    }

    public boolean isDbServer() {
        return DBSERVER.equals(role);
    }

    public boolean isCoordinator() {
        return COORDINATOR.equals(role);
    }

    /** The short name when the server has one (agents do not), else the id. */
    public String name() {
        return UNKNOWN.equals(shortName) ? id : shortName;
    }

    /** The role as a person reads it: "DB-Server", "Coordinator", "Agent", "unknown". */
    public String roleLabel() {
        return DBSERVER.equals(role) ? "DB-Server" : role;
    }
}
