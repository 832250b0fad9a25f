package io.arangoconsole.sandbox.cluster;

import io.arangoconsole.sandbox.store.ApiError;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The agency's view of a sandbox cluster, shared by every Coordinator: the servers and their health, cluster-wide
 * maintenance, the shard table and the agency jobs. Health is derived from the time since a server's last heartbeat,
 * so it reads the same from any Coordinator at any moment; the {@link Supervision} acts on it (failover, resync).
 */
public final class ClusterState {
    public static final String GOOD = "GOOD";
    public static final String BAD = "BAD";
    public static final String FAILED = "FAILED";
    /** DB-Server endpoints are notional (no listener): this far above the first Coordinator's port. */
    private static final int DBSERVER_PORT_OFFSET = 100;
    private static final int AGENT_PORT_OFFSET = 200;

    private final ClusterOptions options;
    private final String clusterId;
    private final List<Node> nodes = new ArrayList<>();
    private volatile Instant maintenanceUntil;
    private volatile Integer targetCoordinators;
    private volatile Integer targetDbServers;
    private final List<String> cleanedServers = new CopyOnWriteArrayList<>();

    /** A cluster of {@code options}' shape; ids derive from {@code seed}, so the same seed gives the same ids. */
    public ClusterState(ClusterOptions options, long seed) {
        this.options = options;
        this.clusterId = uuid(seed, "cluster", 0);
        long now = now();
        for (int i = 0; i < options.coordinators(); i++) {
            nodes.add(new Node("CRDN-" + uuid(seed, "coordinator", i), String.format("Coordinator%04d", i + 1),
                    Node.Role.COORDINATOR, "", now));
        }
        for (int i = 0; i < options.dbServers(); i++) {
            nodes.add(new Node("PRMR-" + uuid(seed, "dbserver", i), String.format("DBServer%04d", i + 1),
                    Node.Role.DBSERVER, "", now));
        }
        for (int i = 0; i < ClusterOptions.AGENTS; i++) {
            nodes.add(new Node("AGNT-" + uuid(seed, "agent", i), null, Node.Role.AGENT, "", now));
        }
    }

    /** Sets the endpoints once the Coordinators listen: theirs as bound, the others' notional, above them. */
    public void bind(String host, List<Integer> coordinatorPorts) {
        int base = coordinatorPorts.get(0);
        List<Node> coordinators = coordinators();
        for (int i = 0; i < coordinators.size(); i++) {
            coordinators.get(i).setEndpoint("tcp://" + host + ":" + coordinatorPorts.get(i));
        }
        List<Node> dbServers = dbServers();
        for (int i = 0; i < dbServers.size(); i++) {
            dbServers.get(i).setEndpoint("tcp://" + host + ":" + (base + DBSERVER_PORT_OFFSET + i));
        }
        List<Node> agents = byRole(Node.Role.AGENT);
        for (int i = 0; i < agents.size(); i++) {
            agents.get(i).setEndpoint("tcp://" + host + ":" + (base + AGENT_PORT_OFFSET + i));
        }
    }

    public ClusterOptions options() {
        return options;
    }

    public ClusterOptions.Timings timings() {
        return options.timings();
    }

    public String clusterId() {
        return clusterId;
    }

    public List<Node> nodes() {
        return List.copyOf(nodes);
    }

    public List<Node> coordinators() {
        return byRole(Node.Role.COORDINATOR);
    }

    public List<Node> dbServers() {
        return byRole(Node.Role.DBSERVER);
    }

    public List<Node> agents() {
        return byRole(Node.Role.AGENT);
    }

    private List<Node> byRole(Node.Role role) {
        return nodes.stream().filter(n -> n.role() == role).toList();
    }

    /** A server by id or short name, or null. */
    public Node find(String idOrShortName) {
        if (idOrShortName == null) {
            return null;
        }
        for (Node n : nodes) {
            if (n.id().equals(idOrShortName) || idOrShortName.equals(n.shortName())) {
                return n;
            }
        }
        return null;
    }

    /** A DB-Server by id or short name, or 404/404 as ArangoDB's job endpoints answer. */
    Node dbServer(String idOrShortName, String what) {
        Node n = find(idOrShortName);
        if (n == null || n.role() != Node.Role.DBSERVER) {
            throw new ApiError(404, 404, what);
        }
        return n;
    }

    /**
     * {@code GOOD} while heartbeats arrive, {@code BAD} once the last is older than the ok threshold, {@code FAILED}
     * after the grace period. Agents are never FAILED.
     */
    public String status(Node n) {
        long age = n.heartbeatAge(now());
        if (age <= timings().okThreshold()) {
            return GOOD;
        }
        if (n.role() == Node.Role.AGENT || age <= timings().gracePeriod()) {
            return BAD;
        }
        return FAILED;
    }

    /** When the server's health record last changed (what {@code Timestamp} and {@code LastAckedTime} show). */
    long recordChangedAt(Node n) {
        if (n.running()) {
            return n.changedAt();
        }
        long stopped = n.lastHeartbeat(now());
        return switch (status(n)) {
            case BAD -> stopped + timings().okThreshold();
            case FAILED -> stopped + timings().gracePeriod();
            default -> n.changedAt();
        };
    }

    /** Stops a server: no more heartbeats from now on. */
    public void stop(Node n) {
        n.stop(now());
    }

    /** Starts a server again: heartbeats resume, it is GOOD at once; its shards resync (the supervision sees to it). */
    public void start(Node n) {
        n.start(now());
    }

    /** Cluster-wide maintenance (supervision off, no failover) until this instant, or null. */
    public Instant maintenanceUntil() {
        Instant until = maintenanceUntil;
        return until != null && until.isAfter(Instant.now()) ? until : null;
    }

    void setMaintenanceUntil(Instant until) {
        maintenanceUntil = until;
    }

    /** Whether the supervision may fail {@code n} over: not in cluster or server maintenance. */
    boolean supervised(Node n) {
        return maintenanceUntil() == null && n.maintenanceUntil() == null;
    }

    Integer targetCoordinators() {
        return targetCoordinators;
    }

    Integer targetDbServers() {
        return targetDbServers;
    }

    void setTargets(Integer coordinators, Integer dbServers) {
        if (coordinators != null) {
            targetCoordinators = coordinators;
        }
        if (dbServers != null) {
            targetDbServers = dbServers;
        }
    }

    List<String> cleanedServers() {
        return cleanedServers;
    }

    static long now() {
        return System.currentTimeMillis();
    }

    private static String uuid(long seed, String kind, int i) {
        return UUID.nameUUIDFromBytes((seed + "/" + kind + "/" + i).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
