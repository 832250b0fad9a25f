package io.arangoconsole.core.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.sandbox.Sandbox;
import io.arangoconsole.sandbox.SandboxConfig;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Replica drift between two sandboxes holding the same demo data, one of which then moves on. */
class DriftServiceSandboxTest {

    private StatsFixture primary;
    private Sandbox replica;
    private DriftService drift;

    @BeforeEach
    void start() {
        primary = new StatsFixture(1_500);
        replica = Sandbox.start(SandboxConfig.defaults().withRecords(1_500));
        ConnectionTarget replicaTarget = new ConnectionTarget(replica.url(), "root", "", "demo",
                ConnectionTarget.Label.REPLICA);
        drift = new DriftService(() -> primary.source("primary"),
                () -> primary.sources.on(replicaTarget, "replica"),
                new StatsReader(DemoChoices.overrides(), Clock.systemUTC()));
    }

    @AfterEach
    void stop() {
        replica.close();
        primary.close();
    }

    @Test
    void inSyncThereIsNoDriftButLatestNeedsAnIndexOnBothSides() {
        List<DriftRow> rows = drift.compare();
        assertEquals(List.of("ccva_results", "system_configs", "va_table"),
                rows.stream().map(DriftRow::collection).toList());
        DriftRow va = rows.get(2);
        assertEquals(1_500L, va.primaryCount());
        assertEquals(1_500L, va.replicaCount());
        assertEquals(0L, va.countDifference());
        assertFalse(va.drifted());
        assertNull(va.primaryLatest());
        assertTrue(va.note().startsWith("primary: no index on submissiondate: a scan would cost"), va.note());
    }

    @Test
    void aNewerRecordOnThePrimaryShowsAsDriftInCountAndLatest() {
        primary.index("va_table", "submissiondate");
        primary.db().collection("va_table").insertDocument(Map.of("submissiondate", "2026-02-01T08:00:00.000Z"));
        try (StatsFixture replicaSide = attach(replica)) {
            replicaSide.index("va_table", "submissiondate");
        }

        DriftRow va = drift.compare().get(2);
        assertEquals(1_501L, va.primaryCount());
        assertEquals(1_500L, va.replicaCount());
        assertEquals(1L, va.countDifference());
        assertEquals("2026-02-01T08:00:00.000Z", va.primaryLatest().asText());
        assertTrue(va.replicaLatest().asText().startsWith("2025-"), va.replicaLatest().toString());
        assertTrue(va.latestDiffers());
        assertTrue(va.drifted());
        assertNull(va.note());
        double expected = java.time.Duration.between(java.time.Instant.parse(va.replicaLatest().asText()),
                java.time.Instant.parse("2026-02-01T08:00:00.000Z")).toSeconds();
        assertEquals(expected, va.lagSeconds(), 0.001, "lag in time: primary's latest minus the replica's");
        assertNull(va.lagUnknownReason());
    }

    @Test
    void anUnreachableReplicaIsSaidPerRow() {
        replica.stop();
        DriftRow va = drift.compare().get(2);
        assertEquals(1_500L, va.primaryCount());
        assertNull(va.replicaCount());
        assertNull(va.countDifference());
        assertTrue(va.note().contains("replica: Cannot reach " + replica.url()), va.note());
        assertNull(va.lagSeconds(), "unknown, never 0");
        assertTrue(va.lagUnknownReason().contains("replica: Cannot reach"), va.lagUnknownReason());
    }

    /** A driver on an already running sandbox (not closing it). */
    private static StatsFixture attach(Sandbox sandbox) {
        return StatsFixture.attach(sandbox);
    }
}
