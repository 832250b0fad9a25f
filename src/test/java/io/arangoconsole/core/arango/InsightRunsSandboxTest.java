package io.arangoconsole.core.arango;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.core.insight.AqlText;
import io.arangoconsole.core.insight.InsightException;
import io.arangoconsole.core.insight.PlanStep;
import io.arangoconsole.core.insight.QueryOutcome;
import io.arangoconsole.sandbox.Sandbox;
import io.arangoconsole.sandbox.SandboxConfig;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The query pane's runs against a sandbox over real HTTP with the real driver. */
class InsightRunsSandboxTest {
    private static Sandbox sandbox;
    private static ArangoClients clients;
    private static InsightRuns runs;

    @BeforeAll
    static void start() {
        sandbox = Sandbox.start(new SandboxConfig("127.0.0.1", 0, 2_000, SandboxConfig.DEFAULT_SEED, false, null));
        clients = new ArangoClients();
        runs = new InsightRuns(clients, new ConnectionTarget(sandbox.url(), "root", "", "demo",
                ConnectionTarget.Label.SANDBOX));
    }

    @AfterAll
    static void stop() {
        clients.close();
        sandbox.close();
    }

    @Test
    void aRunReadsAtMostTheRowLimitAcrossBatchesAndSaysMoreWereLeft() {
        QueryOutcome all = runs.run("FOR i IN 1..@n RETURN {i: i}", Map.of("n", 2500), 5000, false, "t1");
        assertEquals(2500, all.rows().size(), "batches of 1,000 are read until the end");
        assertFalse(all.more());
        QueryOutcome limited = runs.run("FOR i IN 1..@n RETURN {i: i}", Map.of("n", 2500), 1200, false, "t2");
        assertEquals(1200, limited.rows().size());
        assertTrue(limited.more());
        assertEquals(1200, limited.rows().get(1199).path("i").asInt());
        assertNull(limited.plan());
    }

    @Test
    void aProfileGivesPerNodeFiguresAndPhases() {
        QueryOutcome profiled = runs.run("FOR d IN va_table FILTER d.status == @s RETURN d", Map.of("s", "x"),
                10, true, "t3");
        assertNotNull(profiled.plan());
        PlanStep scan = profiled.plan().allSteps().stream().filter(PlanStep::fullScan).findFirst().orElseThrow();
        assertNotNull(scan.profile(), "the scan node has its calls, items and runtime");
        assertEquals(2_000, scan.profile().items(), "the scan read every document");
        assertFalse(profiled.plan().phases().isEmpty());
    }

    @Test
    void aSyntaxErrorIsTheServersSentenceWithItsPosition() {
        InsightException e = assertThrows(InsightException.class,
                () -> runs.run("FOR d IN va_table\nFILTR d.x RETURN d", Map.of(), 10, false, "t4"));
        assertTrue(e.getMessage().contains("syntax error"), e.getMessage());
        assertNotNull(AqlText.errorPosition(e.getMessage()), e.getMessage());
    }

    @Test
    void cancelKillsTheTaggedRunOnTheServer() throws Exception {
        CompletableFuture<QueryOutcome> sleeping = CompletableFuture.supplyAsync(
                () -> runs.run("RETURN SLEEP(20)", Map.of(), 10, false, "t5"));
        long start = System.nanoTime();
        boolean killed = false;
        while (!killed && System.nanoTime() - start < TimeUnit.SECONDS.toNanos(10)) {
            Thread.sleep(50);
            killed = runs.cancel("t5");
        }
        assertTrue(killed, "the run was found in the running list by its tag and killed");
        Exception e = assertThrows(Exception.class, () -> sleeping.get(10, TimeUnit.SECONDS));
        assertTrue(e.getCause() instanceof InsightException, String.valueOf(e.getCause()));
        assertFalse(runs.cancel("t5"), "nothing left to kill");
    }
}
