package io.arangoconsole.ui.indexes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arangoconsole.core.arango.IndexConnections;
import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.core.indexes.DiffRow;
import io.arangoconsole.core.indexes.DiffStatus;
import io.arangoconsole.core.indexes.ExistingIndex;
import io.arangoconsole.core.indexes.IndexGateway;
import io.arangoconsole.core.indexes.IndexJob;
import io.arangoconsole.core.indexes.IndexJobQueue;
import io.arangoconsole.core.indexes.IndexService;
import io.arangoconsole.sandbox.Sandbox;
import io.arangoconsole.sandbox.SandboxConfig;
import io.arangoconsole.ui.common.InlineTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Indexes pane's model against the sandbox over HTTP with the real driver; tasks run inline. */
class IndexesViewModelTest {
    private static Sandbox sandbox;
    private static IndexConnections connections;
    private static IndexGateway gateway;
    private final ExecutorService builds = Executors.newSingleThreadExecutor();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final QueuedUiThread ui = new QueuedUiThread();
    private final AtomicInteger changes = new AtomicInteger();
    private IndexesViewModel model;
    @TempDir
    Path dir;

    @BeforeAll
    static void startSandbox() {
        sandbox = Sandbox.start(SandboxConfig.defaults().withRecords(2_000));
        connections = new IndexConnections();
        ConnectionTarget target = new ConnectionTarget(sandbox.url(), "root", "", "demo",
                ConnectionTarget.Label.PRIMARY);
        gateway = connections.gateway(target);
    }

    @AfterAll
    static void stopSandbox() {
        connections.close();
        sandbox.close();
    }

    @BeforeEach
    void connect() {
        ConnectionTarget target = new ConnectionTarget(sandbox.url(), "root", "", "demo",
                ConnectionTarget.Label.PRIMARY);
        IndexService service = new IndexService(gateway, new IndexJobQueue(gateway, builds, timer,
                Clock.systemUTC(), Duration.ofMillis(50)));
        model = new IndexesViewModel(new InlineTaskRunner(), ui, changes::incrementAndGet);
        model.connect(new IndexesConnection(service, connections.proof(target), "primary", null));
    }

    @AfterEach
    void dropBuiltIndexes() {
        sandbox.faults().reset();
        builds.shutdownNow();
        timer.shutdownNow();
        for (String c : gateway.collections()) {
            for (ExistingIndex i : gateway.list(c, true)) {
                if (!i.builtIn()) {
                    gateway.drop(c, i.id());
                }
            }
        }
    }

    @Test
    void theDefaultPlanShowsMissingAndRedundantRowsIncludingKey() {
        assertEquals(List.of(DiffStatus.MISSING, DiffStatus.MISSING, DiffStatus.REDUNDANT, DiffStatus.MISSING),
                statuses("va_table"));
        DiffRow key = row("va_table", "_key");
        assertEquals("the primary index already serves lookups and sorts on _key; not built", key.reason());
        assertEquals("not built: the planned [submissiondate, status] will serve the same queries",
                row("va_table", "submissiondate").reason());
        assertEquals("0 present, 8 missing (2 left to a planned compound), 1 redundant, 0 extra",
                model.summaryProperty().get());
        assertEquals("", model.disabledReasonProperty().get());
        assertTrue(model.canCreateAll().get());
    }

    @Test
    void createOneBuildsTheSelectedIndexAndRefreshesTheDiff() throws Exception {
        model.selectedProperty().set(row("va_table", "status"));
        assertTrue(model.canCreateSelected().get());
        model.createSelected();
        await(() -> row("va_table", "status").status() == DiffStatus.PRESENT && !model.jobs().isEmpty()
                && model.jobs().get(0).state().finished());

        assertEquals(IndexJob.State.DONE, model.jobs().get(0).state());
        assertEquals(100, model.jobs().get(0).percent());
        assertNotNull(row("va_table", "status").selectivity(), "the built index shows its selectivity");
        assertEquals(1, changes.get(), "the stats hook ran once for the one build");
    }

    @Test
    void createAllMissingLeavesNothingMissingAndBuildsNoRedundantIndex() throws Exception {
        model.createAllMissing();
        await(() -> model.rows().stream().noneMatch(r -> r.status() == DiffStatus.MISSING)
                && model.jobs().stream().allMatch(j -> j.state().finished()));

        assertEquals(6, model.jobs().size(), "one job per missing index, none for redundant ones");
        assertTrue(model.jobs().stream().allMatch(j -> j.state() == IndexJob.State.DONE));
        assertEquals(List.of(DiffStatus.REDUNDANT, DiffStatus.PRESENT, DiffStatus.REDUNDANT, DiffStatus.PRESENT),
                statuses("va_table"));
        assertFalse(row("va_table", "submissiondate").exists(), "a redundant index is not built");
        assertFalse(model.canCreateAll().get());
    }

    @Test
    void buildsOfThePreviousConnectionStayListedWithTheirServerAfterASwitch() throws Exception {
        model.selectedProperty().set(row("va_table", "status"));
        model.createSelected();
        await(() -> !model.jobs().isEmpty() && model.jobs().get(0).state().finished());
        ConnectionTarget target = new ConnectionTarget(sandbox.url(), "root", "", "demo",
                ConnectionTarget.Label.PRIMARY);
        IndexService other = new IndexService(gateway, new IndexJobQueue(gateway, builds, timer,
                Clock.systemUTC(), Duration.ofMillis(50)));

        model.connect(new IndexesConnection(other, connections.proof(target), "primary", null, null, null,
                "http://other:8529"));

        assertTrue(model.jobs().isEmpty(), "the new connection's queue is empty");
        assertEquals(1, model.allBuilds().size(), "the old connection's build is still listed");
        assertEquals("primary", model.allBuilds().get(0).server());
    }

    @Test
    void aFollowedQueueIsListedWithItsServerAndItsRunningBuildCancelsLikeThePanesOwn() throws Exception {
        sandbox.faults().indexBuildDelay(200);
        IndexService source = new IndexService(gateway, new IndexJobQueue(gateway, builds, timer,
                Clock.systemUTC(), Duration.ofMillis(50)));
        model.follow("sync source http://src:8529", source);

        source.queue().submit(io.arangoconsole.core.indexes.IndexSpec.of("va_table", "submissiondate", "_key"));
        await(() -> model.allBuilds().size() == 1 && model.allBuilds().get(0).job().state() == IndexJob.State.RUNNING
                && model.allBuilds().get(0).job().indexId() != null);
        BackgroundBuild listed = model.allBuilds().get(0);
        assertEquals("sync source http://src:8529", listed.server());
        assertTrue(model.jobs().isEmpty(), "the pane's own queue table shows its connection only");

        model.cancel(listed);
        await(() -> model.allBuilds().get(0).job().state() == IndexJob.State.CANCELLED);
        assertTrue(gateway.list("va_table", true).stream().allMatch(ExistingIndex::builtIn), "no partial index left");
    }

    @Test
    void dropRemovesTheSelectedIndex() throws Exception {
        model.selectedProperty().set(row("system_configs", "type"));
        model.createSelected();
        await(() -> row("system_configs", "type").status() == DiffStatus.PRESENT);
        int before = changes.get();

        model.selectedProperty().set(row("system_configs", "type"));
        assertTrue(model.canDropSelected().get());
        model.dropSelected();

        assertEquals(DiffStatus.MISSING, row("system_configs", "type").status());
        assertTrue(gateway.list("system_configs", true).stream().allMatch(ExistingIndex::builtIn));
        assertEquals(before + 1, changes.get(), "dropping an index refreshes dependent stats too");
    }

    @Test
    void aRunningBuildShowsItsPercentAndElapsedTime() throws Exception {
        sandbox.faults().indexBuildDelay(300);
        model.selectedProperty().set(row("va_table", "status"));
        model.createSelected();
        await(() -> !model.jobs().isEmpty() && model.jobs().get(0).state() == IndexJob.State.RUNNING
                && model.jobs().get(0).percent() > 0 && model.jobs().get(0).percent() < 100);

        IndexJob running = model.jobs().get(0);
        assertFalse(running.elapsed().isZero());
        assertNotNull(running.eta(), "an ETA once the server reported progress");
        await(() -> model.jobs().get(0).state() == IndexJob.State.DONE);
    }

    @Test
    void cancellingARunningBuildLeavesNoIndex() throws Exception {
        sandbox.faults().indexBuildDelay(200);
        model.selectedProperty().set(row("va_table", "status"));
        model.createSelected();
        await(() -> !model.jobs().isEmpty() && model.jobs().get(0).state() == IndexJob.State.RUNNING
                && model.jobs().get(0).indexId() != null);

        model.cancel(model.jobs().get(0));
        await(() -> model.jobs().get(0).state() == IndexJob.State.CANCELLED);

        assertEquals(DiffStatus.MISSING, row("va_table", "status").status());
        assertTrue(gateway.list("va_table", true).stream().allMatch(ExistingIndex::builtIn));
    }

    @Test
    void aForbiddenBuildDisablesTheActionsWithTheReason() throws Exception {
        sandbox.faults().failRequests(1.0, 403, 11);
        model.selectedProperty().set(row("va_table", "status"));
        model.createSelected();
        await(() -> !model.jobs().isEmpty() && model.jobs().get(0).state().finished());
        sandbox.faults().reset();

        assertTrue(model.disabledReasonProperty().get().startsWith("Index builds are disabled: this user may not "
                + "create indexes"), model.disabledReasonProperty().get());
        assertFalse(model.canCreateAll().get());
        assertFalse(model.canCreateSelected().get());
    }

    @Test
    void onAReplicaTheActionsAreDisabledWithTheReason() {
        ConnectionTarget target = new ConnectionTarget(sandbox.url(), "root", "", "demo",
                ConnectionTarget.Label.REPLICA);
        IndexService service = new IndexService(gateway, new IndexJobQueue(gateway, builds, timer));
        model.connect(new IndexesConnection(service, connections.proof(target), "replica",
                "Connected to a replica: indexes are built and dropped on the primary only."));

        assertEquals("Connected to a replica: indexes are built and dropped on the primary only.",
                model.disabledReasonProperty().get());
        assertFalse(model.canCreateAll().get());
        model.selectedProperty().set(row("va_table", "status"));
        assertFalse(model.canCreateSelected().get());
        assertEquals(DiffStatus.MISSING, row("va_table", "status").status(), "the diff still shows");
    }

    @Test
    void aMalformedPlanIsRefusedWithItsLineAndAGoodOneReplacesThePlan() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"collections\": {\n  \"va_table\": [{\"fields\": []}]}}");
        model.loadPlan(bad);
        assertTrue(model.errorProperty().get().startsWith("Plan refused: bad.json line 2"),
                model.errorProperty().get());

        Path good = dir.resolve("mine.json");
        Files.writeString(good, "{\"collections\": {\"ccva_results\": [{\"fields\": [\"task_id\"]}]}}");
        model.loadPlan(good);
        assertEquals("", model.errorProperty().get());
        assertEquals("mine.json", model.planNameProperty().get());
        assertEquals(List.of(DiffStatus.MISSING), statuses("ccva_results"));

        Path saved = dir.resolve("saved.json");
        model.savePlan(saved);
        assertTrue(Files.readString(saved).contains("\"task_id\""));
    }

    @Test
    void theProofShowsScansBeforeAndIndexLookupsAfter() throws Exception {
        model.runProof();
        List<ProofLine> before = List.copyOf(model.proof().lines());
        assertEquals(16, before.size(), "two per planned index, none for the planned [_key]");
        assertTrue(before.get(0).query().label().startsWith("FOR d IN "), before.get(0).query().label());
        assertTrue(before.stream().allMatch(l -> l.before().scansCollection() && l.after() == null), "" + before);
        assertEquals("Served by the primary", model.proof().servedByProperty().get());

        model.createAllMissing();
        await(() -> model.rows().stream().noneMatch(r -> r.status() == DiffStatus.MISSING));
        model.runProof();

        for (ProofLine line : model.proof().lines()) {
            assertTrue(line.before().scansCollection(), line.query().label());
            assertTrue(line.after().usesIndex(), line.query().label() + ": " + line.after());
            assertEquals("IndexNode", IndexTables.node(line.after()));
        }
    }

    @Test
    void missingIndexesScheduledForAClosedWindowWaitAsScheduledInTheJobsPane() throws Exception {
        java.time.LocalTime in2h = java.time.LocalTime.now(java.time.ZoneOffset.UTC).plusHours(2).withSecond(0)
                .withNano(0);
        String window = in2h + "-" + in2h.plusHours(1);
        model.setZone(java.time.ZoneOffset.UTC);
        io.arangoconsole.ui.jobs.JobsViewModel jobs = new io.arangoconsole.ui.jobs.JobsViewModel(
                javafx.collections.FXCollections.observableArrayList(), model.allBuilds(), b -> { }, () -> { },
                () -> { });

        model.scheduleAllMissing("2am-4am");
        assertEquals("The window '2am-4am' is not a time range like 02:00-04:00: times are HH:mm, 00:00 to 23:59.",
                model.errorProperty().get());

        model.scheduleAllMissing(window);
        await(() -> !model.allBuilds().isEmpty() && model.allBuilds().size() == model.jobs().size());
        int scheduled = model.allBuilds().size();

        assertEquals("", model.errorProperty().get());
        assertTrue(model.allBuilds().stream().allMatch(b -> b.job().state() == IndexJob.State.SCHEDULED),
                "" + model.allBuilds());
        String shown = "scheduled: window " + in2h + "\u2013" + in2h.plusHours(1) + " local";
        assertEquals(shown, jobs.items().get(0).stateProperty().get());
        assertEquals(scheduled + " background jobs scheduled", jobs.summaryProperty().get(),
                "waiting for their window, not queued");
        model.refresh();
        String reason = "scheduled: window " + in2h + "\u2013" + in2h.plusHours(1) + " local";
        await(() -> model.rows().stream().filter(r -> reason.equals(r.reason())).count() == scheduled);
        assertTrue(model.rows().stream().filter(r -> reason.equals(r.reason()))
                .allMatch(r -> r.status() == DiffStatus.QUEUED), "" + model.rows());
        Thread.sleep(200);
        assertTrue(model.allBuilds().stream().allMatch(b -> b.job().state() == IndexJob.State.SCHEDULED),
                "nothing starts before the window");
    }

    private List<DiffStatus> statuses(String collection) {
        return model.rows().stream().filter(r -> r.collection().equals(collection)).map(DiffRow::status).toList();
    }

    private DiffRow row(String collection, String... fields) {
        return model.rows().stream().filter(r -> r.collection().equals(collection)
                && r.fields().equals(List.of(fields))).findFirst().orElseThrow();
    }

    private void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            ui.drain();
            if (condition.getAsBoolean()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 30 s; jobs " + model.jobs());
            }
            Thread.sleep(20);
        }
    }
}
