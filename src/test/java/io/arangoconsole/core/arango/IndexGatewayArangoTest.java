package io.arangoconsole.core.arango;

import com.arangodb.ArangoDB;
import com.arangodb.Protocol;
import io.arangoconsole.core.indexes.ApplyResult;
import io.arangoconsole.core.indexes.DiffRow;
import io.arangoconsole.core.indexes.DiffStatus;
import io.arangoconsole.core.indexes.ExistingIndex;
import io.arangoconsole.core.indexes.ExplainProof;
import io.arangoconsole.core.indexes.IndexDiff;
import io.arangoconsole.core.indexes.IndexGateway;
import io.arangoconsole.core.indexes.IndexJob;
import io.arangoconsole.core.indexes.IndexJobQueue;
import io.arangoconsole.core.indexes.IndexPlan;
import io.arangoconsole.core.indexes.IndexPlanFile;
import io.arangoconsole.core.indexes.IndexService;
import io.arangoconsole.core.indexes.IndexSpec;
import io.arangoconsole.core.indexes.Measurement;
import io.arangoconsole.core.indexes.PlannedIndex;
import io.arangoconsole.core.indexes.ProofQueries;
import io.arangoconsole.core.indexes.ProofQuery;
import io.arangoconsole.core.indexes.ProofRow;
import io.arangoconsole.core.indexes.ProofSource;
import io.arangoconsole.sandbox.Sandbox;
import io.arangoconsole.sandbox.SandboxConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Index maintenance against the sandbox over real HTTP with the real driver, on the demo database. */
class IndexGatewayArangoTest {
    private static final List<String> DEMO = List.of("va_table", "system_configs", "ccva_results");
    private static Sandbox sandbox;
    private static ArangoDB arango;
    private final ExecutorService builds = Executors.newSingleThreadExecutor();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private IndexGateway gateway;
    private IndexService service;

    @BeforeAll
    static void startSandbox() {
        sandbox = Sandbox.start(SandboxConfig.defaults().withRecords(10_000));
        arango = new ArangoDB.Builder().host(sandbox.host(), sandbox.port()).user("root").password("")
                .protocol(Protocol.HTTP_JSON).build();
    }

    @AfterAll
    static void stopSandbox() {
        arango.shutdown();
        sandbox.close();
    }

    @BeforeEach
    void connect() {
        gateway = new IndexGatewayArango(arango, "demo");
        service = new IndexService(gateway, new IndexJobQueue(gateway, builds, timer, Clock.systemUTC(),
                Duration.ofMillis(50)));
    }

    @AfterEach
    void dropBuiltIndexes() {
        sandbox.faults().reset();
        builds.shutdownNow();
        timer.shutdownNow();
        for (String c : DEMO) {
            for (ExistingIndex i : gateway.list(c, true)) {
                if (!i.builtIn()) {
                    gateway.drop(c, i.id());
                }
            }
        }
    }

    @Test
    void thePlanAgainstTheDemoDatabaseFlagsRedundantIndexesAndKey() {
        gateway.create(IndexSpec.of("va_table", "submissiondate", "status"));
        gateway.create(IndexSpec.of("va_table", "submissiondate"));
        gateway.create(IndexSpec.of("va_table", "instanceid"));

        IndexDiff diff = service.diff(IndexPlanFile.defaults(), false);

        assertEquals(DEMO, diff.collections());
        List<DiffRow> va = diff.rows("va_table");
        assertEquals(List.of(DiffStatus.REDUNDANT, DiffStatus.MISSING, DiffStatus.REDUNDANT, DiffStatus.PRESENT,
                DiffStatus.EXTRA), va.stream().map(DiffRow::status).toList());
        assertEquals("[submissiondate, status] leads with submissiondate and serves the same queries; it can be "
                + "dropped", va.get(0).reason());
        assertTrue(va.get(0).exists());
        assertEquals("the primary index already serves lookups and sorts on _key; not built", va.get(2).reason());
        assertEquals("persistent", va.get(3).type());
        assertNotNull(va.get(3).selectivity(), "the server's selectivity estimate is shown");
        assertEquals(List.of("instanceid"), va.get(4).fields());
        assertEquals(List.of(DiffStatus.MISSING, DiffStatus.MISSING),
                diff.rows("system_configs").stream().map(DiffRow::status).toList());
    }

    @Test
    void createOneThenAllMissingAndASecondApplyCreatesNothing() throws Exception {
        IndexJob one = service.create(IndexSpec.of("va_table", "status"));
        assertTrue(service.queue().awaitIdle(Duration.ofSeconds(60)));
        assertEquals(IndexJob.State.DONE, service.queue().job(one.id()).orElseThrow().state());
        assertEquals(DiffStatus.PRESENT, service.diff(IndexPlanFile.defaults(), false)
                .planned("va_table", List.of("status")).orElseThrow().status());

        ApplyResult first = service.apply(IndexPlanFile.defaults(), Duration.ofSeconds(120));
        assertEquals(5, first.created().size(), first.toJson());
        assertEquals(1, first.existing().size(), first.toJson());
        assertTrue(first.failed().isEmpty(), first.toJson());

        ApplyResult second = service.apply(IndexPlanFile.defaults(), Duration.ofSeconds(120));
        assertTrue(second.created().isEmpty(), second.toJson());
        assertEquals(6, second.existing().size(), second.toJson());
        assertTrue(service.diff(IndexPlanFile.defaults(), false).missing().isEmpty());
    }

    @Test
    void progressIsObservedWhileABuildRuns() throws Exception {
        sandbox.faults().indexBuildDelay(100);
        Set<Double> seen = new ConcurrentSkipListSet<>();
        service.queue().setListener(jobs -> jobs.stream().filter(j -> j.state() == IndexJob.State.RUNNING)
                .forEach(j -> seen.add(j.percent())));

        IndexJob job = service.create(IndexSpec.of("va_table", "submissiondate"));
        assertTrue(service.queue().awaitIdle(Duration.ofSeconds(60)));

        assertEquals(IndexJob.State.DONE, service.queue().job(job.id()).orElseThrow().state());
        assertTrue(seen.stream().anyMatch(p -> p > 0 && p < 100), "percentages seen while running: " + seen);
    }

    @Test
    void aCancelledRunningBuildLeavesNoIndex() throws Exception {
        sandbox.faults().indexBuildDelay(200);
        long id = service.create(IndexSpec.of("va_table", "submissiondate")).id();
        await(() -> service.queue().job(id).orElseThrow().indexId() != null);

        assertTrue(service.queue().cancel(id));
        assertTrue(service.queue().awaitIdle(Duration.ofSeconds(60)));

        assertEquals(IndexJob.State.CANCELLED, service.queue().job(id).orElseThrow().state());
        assertTrue(gateway.list("va_table", true).stream().allMatch(ExistingIndex::builtIn),
                "only the primary index is left");
    }

    @Test
    void aUniqueIndexOverDuplicatesFailsWithOneSentence() throws Exception {
        PlannedIndex unique = new PlannedIndex(List.of("status"), true, false, null, true, false, List.of());
        long id = service.create(new IndexSpec("va_table", unique)).id();
        assertTrue(service.queue().awaitIdle(Duration.ofSeconds(60)));

        IndexJob job = service.queue().job(id).orElseThrow();
        assertEquals(IndexJob.State.FAILED, job.state());
        assertEquals("Cannot create the unique index on va_table [status]: some documents share the same values.",
                job.message());
    }

    @Test
    void aForbiddenAnswerDisablesBuilds() throws Exception {
        sandbox.faults().failRequests(1.0, 403, 11);
        service.create(IndexSpec.of("va_table", "status"));
        assertTrue(service.queue().awaitIdle(Duration.ofSeconds(60)));
        sandbox.faults().reset();

        assertTrue(service.queue().disabledReason().startsWith("Index builds are disabled: this user may not "
                + "create indexes on the database (HTTP 403"), service.queue().disabledReason());
        assertEquals(IndexJob.State.FAILED, service.create(IndexSpec.of("va_table", "type")).state());
    }

    @Test
    void missingCollectionsAreSkippedAndTheRestApplies() throws Exception {
        IndexPlan plan = IndexPlanFile.parse("p.json", "{\"collections\": {\"nope\": [{\"fields\": [\"x\"]}], "
                + "\"system_configs\": [{\"fields\": [\"type\"]}]}}");
        ApplyResult result = service.apply(plan, Duration.ofSeconds(60));
        assertEquals("nope", result.skipped().get(0).collection());
        assertEquals("system_configs", result.created().get(0).collection());
    }

    @Test
    void explainSwitchesFromACollectionScanToAnIndex() throws Exception {
        ProofSource source = ProofSource.of(new ArangoStatsSource(arango, "demo", "primary"));
        ExplainProof proof = new ExplainProof(source, System::nanoTime, 1);
        List<ProofQuery> queries = ProofQueries.forIndexes(source, List.of(
                new ProofQueries.Target("va_table", List.of("submissiondate", "status")),
                new ProofQueries.Target("ccva_results", List.of("task_id"))));
        assertEquals(4, queries.size(), "two per index: equality, then range and sort");
        List<Measurement> before = proof.measure(queries);
        assertNull(before.get(0).error(), "the sandbox explains and runs the derived queries");

        service.apply(IndexPlanFile.defaults(), Duration.ofSeconds(120));
        List<ProofRow> rows = ExplainProof.rows(queries, before, proof.measure(queries));

        for (ProofRow row : rows) {
            assertTrue(row.before().scansCollection(), row.query().label() + " before: " + row.before());
            assertTrue(row.after().usesIndex(), row.query().label() + " after: " + row.after());
            assertTrue(row.switchedToIndex(), row.query().label());
            assertFalse(row.after().plan().indexes().isEmpty());
            assertEquals(row.before().rows(), row.after().rows(), row.query().label() + ": same answer");
        }
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 30 s");
            }
            Thread.sleep(10);
        }
    }
}
