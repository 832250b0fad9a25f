package io.arangoconsole.core.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.arangodb.ArangoDB;
import com.arangodb.ArangoDatabase;
import com.arangodb.Protocol;
import com.arangodb.model.PersistentIndexOptions;
import com.fasterxml.jackson.databind.node.TextNode;
import io.arangoconsole.core.arango.ArangoStatsSource;
import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.core.monitoring.LagSeries;
import io.arangoconsole.core.monitoring.SeriesNames;
import io.arangoconsole.sandbox.Sandbox;
import io.arangoconsole.sandbox.SandboxConfig;
import io.arangoconsole.sandbox.SandboxMode;
import io.arangoconsole.sandbox.cluster.ClusterOptions;
import io.arangoconsole.testing.FaultsApi;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Follower-read lag against the sandbox cluster: with the followers applying writes 10 min late, the lag view sees
 * the leader's two newest documents missing on the followers and their latest 10 min behind, labelled "follower
 * reads", with no follower count (3.12 has none); once they catch up, the lag is 0 in time and in documents.
 */
class FollowerReadLagTest {

    @Test
    void aLaggingFollowerShowsItsLagThenZeroOnceCaughtUp() throws Exception {
        try (Sandbox cluster = Sandbox.start(SandboxConfig.defaults().withRecords(300), SandboxMode.cluster(
                ClusterOptions.defaults()).withFaultsApi())) {
            ArangoDB arango = new ArangoDB.Builder().host(cluster.host(), cluster.port()).user("root").password("")
                    .protocol(Protocol.HTTP_JSON).build();
            try {
                ArangoDatabase db = arango.db("demo");
                db.collection("va_table").ensurePersistentIndex(List.of("submissiondate"),
                        new PersistentIndexOptions());
                ConnectionTarget target = new ConnectionTarget(cluster.url(), "root", "", "demo",
                        ConnectionTarget.Label.PRIMARY);
                StatsSource leader = new ArangoStatsSource(arango, target, "primary");
                StatsSource followers = new ArangoStatsSource(arango, target, "replica", true);
                DriftService drift = new DriftService(() -> leader, () -> followers,
                        new StatsReader(new AttributeOverrides(), Clock.systemUTC()));
                FaultsApi faults = new FaultsApi(cluster.url(), "");

                faults.post("/_admin/sandbox/faults", "{\"action\":\"followerLag\",\"seconds\":600}", 200);
                String latest = db.query("FOR d IN va_table SORT d.submissiondate DESC LIMIT 1 "
                        + "RETURN d.submissiondate", String.class).next();
                Instant was = DateValues.instant(TextNode.valueOf(latest));
                db.collection("va_table").insertDocument(Map.of("submissiondate", was.plusSeconds(300).toString()));
                db.collection("va_table").insertDocument(Map.of("submissiondate", was.plusSeconds(600).toString()));

                DriftRow behind = compare(drift);
                assertEquals("follower reads", behind.sideLabel());
                assertEquals(600, behind.lagSeconds(), 1, behind.toString());
                assertEquals(2L, behind.lagDocuments(), behind.toString());
                assertNull(behind.replicaCount(), "3.12 has no follower count: not shown as the leader's");
                Map<String, Double> series = new LagSeries(() -> drift).get();
                assertEquals(600, series.get(SeriesNames.lagSeconds("va_table")), 1);
                assertEquals(2.0, series.get(SeriesNames.lagDocuments("va_table")));

                DriftRow noAttribute = drift.compare(List.of("system_configs"), c -> Optional.empty()).get(0);
                assertNull(noAttribute.lagDocuments(), "unknown, never 0");
                assertTrue(noAttribute.lagDocumentsUnknownReason().contains("shard leaders only"),
                        noAttribute.lagDocumentsUnknownReason());
                assertTrue(series.keySet().stream().noneMatch(s -> s.endsWith("system_configs")), series.toString());

                faults.post("/_admin/sandbox/faults", "{\"action\":\"followerLag\",\"seconds\":0}", 200);
                DriftRow caughtUp = compare(drift);
                assertEquals(0.0, caughtUp.lagSeconds());
                assertEquals(0L, caughtUp.lagDocuments());
            } finally {
                arango.shutdown();
            }
        }
    }

    private static DriftRow compare(DriftService drift) {
        return drift.compare(List.of("va_table"), c -> Optional.of("submissiondate")).get(0);
    }
}
