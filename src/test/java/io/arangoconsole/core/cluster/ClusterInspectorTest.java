package io.arangoconsole.core.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The inspector's rules over canned answers (the sandbox cluster tests cover the real calls): which coordinator is
 * used, and the sentences a DBA reads.
 */
class ClusterInspectorTest {

    private static final ClusterNode DB1 = node("PRMR-1", "DBServer0001", "DBServer", "GOOD");
    private static final ClusterNode DB2 = node("PRMR-2", "DBServer0002", "DBServer", "GOOD");

    private static ClusterNode node(String id, String name, String role, String status) {
        return new ClusterNode(id, name, role, status, "SERVING", "3.12.4", "tcp://127.0.0.1:1", Instant.EPOCH);
    }

    private static ShardState shard(String name, List<String> inSync) {
        return new ShardState("demo", "orders", name, "DBServer0001", List.of("DBServer0002"),
                "DBServer0001", inSync, null);
    }

    /** A canned source: a role, or a failure to reach it. */
    private record Canned(String endpoint, String role, List<ClusterNode> nodes, List<ShardState> shards)
            implements ClusterSource {
        @Override
        public String role() {
            if (role == null) {
                throw new ClusterException(ClusterException.Kind.UNREACHABLE, "Cannot reach " + endpoint
                        + ": connection refused or no server listening.", null);
            }
            return role;
        }

        @Override
        public List<ClusterNode> health() {
            return nodes;
        }

        @Override
        public List<String> databases() {
            return List.of("demo");
        }

        @Override
        public List<ShardState> shards(String database) {
            return shards;
        }

        @Override
        public List<ShardState> collectionShards(String database, String collection) {
            return List.of(shards.get(0).withProgress(new ShardState.Progress(5, 10)));
        }
    }

    @Test
    void healthyClusterHasNoProblemAndTheIssuesSummary() {
        ClusterReport report = new ClusterInspector().inspect(List.of(
                new Canned("http://a:1", "COORDINATOR", List.of(DB1, DB2), List.of(shard("s1", List.of("DBServer0002"))))),
                List.of());
        assertTrue(report.healthy());
        assertEquals("2 of 2 DB-Servers good, 1 of 1 shards in sync", report.summary());
        assertEquals(1, report.coordinatorsReachable());
    }

    @Test
    void anUnreachableCoordinatorIsNamedAndTheOthersUsed() {
        ClusterReport report = new ClusterInspector().inspect(List.of(
                new Canned("http://down:1", null, List.of(), List.of()),
                new Canned("http://up:2", "COORDINATOR", List.of(DB1), List.of())), List.of());
        assertTrue(report.cluster());
        assertEquals(1, report.coordinatorsReachable());
        assertEquals(List.of("Cannot reach http://down:1: connection refused or no server listening; the other "
                + "coordinators were used."), report.problems());
    }

    @Test
    void aSingleServerGivenAsAClusterIsSaidPlainly() {
        ClusterReport report = new ClusterInspector().inspect(List.of(
                new Canned("http://single:1", "SINGLE", List.of(), List.of())), List.of());
        assertFalse(report.cluster());
        assertFalse(report.healthy());
        assertEquals(List.of("http://single:1 is a single server, not a cluster coordinator: give a coordinator's "
                + "URL."), report.problems());
        assertEquals("not a cluster", report.summary());
    }

    @Test
    void aFailedServerAndAShardCatchingUpAreOneSentenceEach() {
        ClusterNode failed = node("PRMR-2", "DBServer0002", "DBServer", "FAILED");
        ClusterReport report = new ClusterInspector().inspect(List.of(
                new Canned("http://a:1", "COORDINATOR", List.of(DB1, failed), List.of(shard("s1", List.of())))),
                List.of());
        assertEquals("1 of 2 DB-Servers good, 0 of 1 shards in sync", report.summary());
        assertEquals(List.of("DB-Server DBServer0002 (tcp://127.0.0.1:1) is FAILED.",
                "Shard s1 of demo/orders is not in sync: DBServer0002 catching up (5 of 10 documents)."),
                report.problems());
    }
}
