package io.arangoconsole.sandbox.cluster;

/**
 * The shape of a sandbox cluster: how many Coordinators (each a listener on its own port, from the configured port
 * up) and DB-Servers (modelled, no listener), three Agents, and the supervision's {@link Timings}.
 */
public record ClusterOptions(int coordinators, int dbServers, Timings timings) {
    public static final int AGENTS = 3;

    public ClusterOptions {
        if (coordinators < 1 || coordinators > 9) {
            throw new IllegalArgumentException("a cluster needs 1 to 9 coordinators, not " + coordinators);
        }
        if (dbServers < 1 || dbServers > 9) {
            throw new IllegalArgumentException("a cluster needs 1 to 9 DB-Servers, not " + dbServers);
        }
        timings = timings == null ? Timings.REFERENCE : timings;
    }

    /** Three Coordinators, three DB-Servers, ArangoDB's supervision timings. */
    public static ClusterOptions defaults() {
        return new ClusterOptions(3, 3, Timings.REFERENCE);
    }

    public ClusterOptions withTimings(Timings t) {
        return new ClusterOptions(coordinators, dbServers, t);
    }

    /**
     * The supervision's clock, in milliseconds. {@code okThreshold}: a server without a heartbeat for longer is BAD
     * ({@code --agency.supervision-ok-threshold}, 5 s); {@code gracePeriod}: FAILED after it (10 s), when its led
     * shards fail over; {@code frequency}: how often the supervision looks (1 s); {@code followerDrop}: a leader stops
     * waiting for an unresponsive follower (about 3 s); {@code resync}: a returning follower takes this long to be in
     * sync again; {@code jobStep}: an agency job waits this long in ToDo and again in Pending.
     */
    public record Timings(long okThreshold, long gracePeriod, long frequency, long followerDrop, long resync,
                          long jobStep) {
        /** ArangoDB 3.12's defaults (reference sections 1.2 and 1.9); resync and job steps are the sandbox's own. */
        public static final Timings REFERENCE = new Timings(5_000, 10_000, 1_000, 3_000, 2_000, 500);

        public Timings {
            if (okThreshold <= 0 || gracePeriod < okThreshold || frequency <= 0 || followerDrop < 0 || resync < 0
                    || jobStep < 0) {
                throw new IllegalArgumentException("supervision timings must be positive with the grace period "
                        + "not under the ok threshold");
            }
        }

        /** The reference's timings divided by {@code factor}, for tests that should not wait 10 s. */
        public Timings scaledDown(int factor) {
            return new Timings(okThreshold / factor, gracePeriod / factor, Math.max(10, frequency / factor),
                    followerDrop / factor, resync / factor, jobStep / factor);
        }
    }
}
