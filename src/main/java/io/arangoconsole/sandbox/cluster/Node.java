package io.arangoconsole.sandbox.cluster;

import java.time.Instant;

/**
 * One server of the cluster as the agency sees it: id, short name, role, endpoint, and whether it runs. A server
 * that stops sends no more heartbeats; its health is derived from how long ago the last one was.
 */
public final class Node {
    /** The roles, spelled as {@code /_admin/cluster/health} spells them. */
    public enum Role {
        COORDINATOR("Coordinator", "CRDN"), DBSERVER("DBServer", "PRMR"), AGENT("Agent", "AGNT");

        private final String spelled;
        private final String prefix;

        Role(String spelled, String prefix) {
            this.spelled = spelled;
            this.prefix = prefix;
        }

        public String spelled() {
            return spelled;
        }

        String prefix() {
            return prefix;
        }
    }

    private final String id;
    private final String shortName;
    private final Role role;
    private volatile String endpoint;
    private volatile boolean running = true;
    private volatile long stoppedAt;
    private volatile long changedAt;
    private volatile Instant maintenanceUntil;

    Node(String id, String shortName, Role role, String endpoint, long now) {
        this.id = id;
        this.shortName = shortName;
        this.role = role;
        this.endpoint = endpoint;
        this.changedAt = now;
    }

    public String id() {
        return id;
    }

    /** {@code Coordinator0001}, {@code DBServer0001}; Agents have none (null). */
    public String shortName() {
        return shortName;
    }

    /** The short name when there is one, else the id: what shard answers show. */
    public String displayName() {
        return shortName != null ? shortName : id;
    }

    public Role role() {
        return role;
    }

    public String endpoint() {
        return endpoint;
    }

    void setEndpoint(String endpoint) {
        this.endpoint = endpoint;
    }

    public boolean running() {
        return running;
    }

    /** Milliseconds since the last heartbeat: 0 while running. */
    long heartbeatAge(long now) {
        return running ? 0 : now - stoppedAt;
    }

    /** When the last heartbeat arrived: now while running. */
    long lastHeartbeat(long now) {
        return running ? now : stoppedAt;
    }

    long changedAt() {
        return changedAt;
    }

    void changed(long now) {
        changedAt = now;
    }

    synchronized void stop(long now) {
        if (running) {
            running = false;
            stoppedAt = now;
        }
    }

    synchronized void start(long now) {
        if (!running) {
            running = true;
            changedAt = now;
        }
    }

    /** Until when this DB-Server is in maintenance mode, or null. */
    Instant maintenanceUntil() {
        Instant until = maintenanceUntil;
        return until != null && until.isAfter(Instant.now()) ? until : null;
    }

    void setMaintenanceUntil(Instant until) {
        maintenanceUntil = until;
    }
}
