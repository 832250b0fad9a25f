package io.arangoconsole.ui.sync;

import io.arangoconsole.settings.SyncDefaults;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arangoconsole.core.arango.ArangoClients;
import io.arangoconsole.core.arango.ArangoSyncConnector;
import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.core.sync.ColumnType;
import io.arangoconsole.core.sync.SyncHistory;
import io.arangoconsole.core.sync.SyncJobs;
import io.arangoconsole.core.sync.SyncState;
import io.arangoconsole.sandbox.Sandbox;
import io.arangoconsole.sandbox.SandboxConfig;
import io.arangoconsole.sandbox.faults.Faults;
import io.arangoconsole.ui.common.InlineTaskRunner;
import io.arangoconsole.ui.common.UiThread;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Sync pane's view model with inline tasks, syncing sandbox to sandbox over real HTTP. */
class SyncViewModelTest {

    static Sandbox source;
    static Sandbox target;
    @TempDir
    Path dir;
    private ArangoClients clients;
    private SyncJobs jobs;
    private SyncHistory history;
    private final List<String> written = new CopyOnWriteArrayList<>();
    private SyncViewModel model;

    @BeforeAll
    static void start() {
        source = Sandbox.start(SandboxConfig.defaults().withRecords(1_200));
        target = Sandbox.start(SandboxConfig.defaults().withRecords(0));
    }

    @AfterAll
    static void stop() {
        source.close();
        target.close();
    }

    @BeforeEach
    void build() {
        clients = new ArangoClients();
        history = new SyncHistory(dir.resolve("sync-history.jsonl"));
        jobs = new SyncJobs(new ArangoSyncConnector(clients), history, written::add, 2);
        model = newModel();
    }

    private SyncViewModel newModel() {
        ConnectionTarget primary = new ConnectionTarget(target.url(), "root", "", "demo",
                ConnectionTarget.Label.PRIMARY);
        SyncViewModel made = new SyncViewModel(jobs, history, new InlineTaskRunner(), UiThread.inline(),
                new SimpleObjectProperty<>(primary));
        made.setCheckpoints(SyncDefaults.CHECKPOINTS);
        return made;
    }

    @AfterEach
    void close() {
        jobs.close();
        clients.close();
    }

    private void fromSource(String collection, String into) {
        model.form().sourceKind.set(SyncForm.SourceKind.DATABASE);
        model.form().sourceUrl.set(source.url());
        model.form().sourceCollection.set(collection);
        model.form().targetCollection.set(into);
        model.form().watermark.set("submissiondate");
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within a minute");
            }
            Thread.sleep(20);
        }
    }

    @Test
    void aSyncRunsShowsItsEndInTheJobsPanelAndTheHistoryAndTellsTheStatsHook() throws Exception {
        fromSource("va_table", "vm_copy");
        SyncJobRow row = model.start();
        assertEquals("", model.errorProperty().get());
        assertEquals(List.of(row), model.jobs());
        await(() -> model.history().size() == 1);

        assertEquals(SyncState.SUCCEEDED, row.stateProperty().get(), row.statusProperty().get());
        assertEquals("1,200 written", row.doneProperty().get());
        assertTrue(row.doneInFullProperty().get().startsWith("1,200 read, 1,200 written, 0 rejected; watermark at "),
                row.doneInFullProperty().get());
        assertEquals(1.0, row.fractionProperty().get());
        SyncHistoryRow done = model.history().get(0);
        assertEquals("1,200", done.written());
        assertEquals("equal", done.verificationProperty().get());
        assertEquals(List.of("vm_copy"), written, "the stats of the written collection are invalidated");

        model.verifyNow(done);
        assertEquals("equal (checked now)", done.verificationProperty().get());

        model.clearFinished();
        assertTrue(model.jobs().isEmpty());
    }

    @Test
    void withoutARejectsFileNamedTheRunWritesOneUnderTheDataDirectoryAndThePaneShowsAndOpensIt() throws Exception {
        Path file = dir.resolve("bad.jsonl");
        Files.writeString(file, "{\"_key\":\"r1\"}\nnot json\n{\"_key\":\"r2\"}\n{\"_key\":\"r1\"}\n");
        List<Path> opened = new CopyOnWriteArrayList<>();
        model.setFileOpener(opened::add);
        model.form().sourceKind.set(SyncForm.SourceKind.FILE);
        model.chooseSourceFile(file);
        model.form().targetCollection.set("vm_rejects");
        model.form().watermark.set("submissiondate");
        assertEquals("", model.form().rejectsFile.get(), "no file named in the form");

        SyncJobRow row = model.start();
        await(() -> model.history().size() == 1);

        String rejects = row.rejectsFileProperty().get();
        assertTrue(Path.of(rejects).startsWith(dir.resolve("rejects")), rejects);
        assertTrue(Path.of(rejects).getFileName().toString().startsWith("vm_rejects-"), rejects);
        List<String> lines = Files.readAllLines(Path.of(rejects));
        assertEquals(2, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("{\"line\":2,"), lines.get(0));
        assertTrue(lines.get(1).startsWith("{\"line\":4,"), lines.get(1));
        assertTrue(row.statusProperty().get().endsWith(" 1 rejected and 1 duplicate records are in " + rejects
                + "."), row.statusProperty().get());

        model.openRejects(row);
        assertEquals(List.of(Path.of(rejects)), opened);
        model.setFileOpener(FileOpener.NONE);
        model.openRejects(row);
        assertTrue(model.errorProperty().get().startsWith("This desktop cannot open files from the console"),
                model.errorProperty().get());
    }

    @Test
    void aRunWithoutRejectsOffersNoRejectsFile() throws Exception {
        fromSource("va_table", "vm_clean");
        SyncJobRow row = model.start();
        await(() -> model.history().size() == 1);
        assertEquals(SyncState.SUCCEEDED, row.stateProperty().get(), row.statusProperty().get());
        assertEquals("", row.rejectsFileProperty().get());
        assertFalse(row.statusProperty().get().contains("rejected"), row.statusProperty().get());
    }

    @Test
    void anIncrementalRunOnASourceWithoutItsIndexOffersToBuildItThereNamingTheServer() throws Exception {
        List<String> built = new CopyOnWriteArrayList<>();
        model.setIndexBuilder((server, collection, fields) -> built.add(server.endpoint() + " " + server.database()
                + " " + collection + " " + fields));
        fromSource("ccva_results", "vm_unindexed");
        model.form().watermark.set("created_at");
        SyncJobRow full = model.start();
        await(() -> model.history().size() == 1);
        assertEquals(null, model.sourceIndexOffer(full), "a full copy reads in _key order: no index needed");

        SyncJobRow incremental = model.start();
        await(() -> model.history().size() == 2);
        assertEquals(SyncState.SUCCEEDED, incremental.stateProperty().get(), incremental.statusProperty().get());
        assertEquals("a persistent index on [created_at, _key] of 'ccva_results' in database 'demo' on the source "
                + "server " + source.url(), model.sourceIndexOffer(incremental));

        model.createSourceIndex(incremental);
        assertEquals(List.of(source.url() + " demo ccva_results [created_at, _key]"), built);
        assertTrue(model.noticeProperty().get().startsWith("Built a persistent index on [created_at, _key]"),
                model.noticeProperty().get());
    }

    @Test
    void aRunOfAnEarlierSessionIsLoadedOnActivationAndCanBeVerifiedAgain() throws Exception {
        fromSource("va_table", "vm_history");
        model.start();
        await(() -> model.history().size() == 1);

        SyncViewModel reopened = newModel();
        reopened.activate();
        assertEquals(1, reopened.history().size());
        SyncHistoryRow row = reopened.history().get(0);
        assertEquals("1,200", row.read());
        assertEquals("equal", row.verificationProperty().get());
        reopened.verifyNow(row);
        await(() -> row.verificationProperty().get().endsWith("(checked now)"));
        assertEquals("equal (checked now)", row.verificationProperty().get());

        // a document changed on the target since the run: the same button now says so
        com.arangodb.ArangoDatabase db = clients.client(new ConnectionTarget(target.url(), "root", "", "demo",
                ConnectionTarget.Label.PRIMARY)).db("demo");
        String key = db.query("FOR d IN vm_history SORT d._key LIMIT 1 RETURN d._key", String.class).next();
        db.collection("vm_history").updateDocument(key, java.util.Map.of("status", "changed after the run"));
        reopened.verifyNow(row);
        await(() -> row.verificationProperty().get().endsWith("(checked now)"));
        assertTrue(row.verificationProperty().get().startsWith("differs: "), row.verificationProperty().get());
    }

    @Test
    void verifyNowAgainstAServerThatIsGoneKeepsTheStoredEqual() throws Exception {
        Sandbox gone = Sandbox.start(SandboxConfig.defaults().withRecords(100));
        fromSource("va_table", "vm_gone");
        model.form().sourceUrl.set(gone.url());
        model.start();
        await(() -> model.history().size() == 1);
        SyncHistoryRow row = model.history().get(0);
        assertEquals("equal", row.verificationProperty().get());

        gone.close();
        model.verifyNow(row);
        await(() -> !row.verificationProperty().get().startsWith("verifying"));

        assertTrue(row.verificationProperty().get().startsWith("equal; could not verify now: "),
                row.verificationProperty().get());
    }

    @Test
    void twoJobsRunAtOnceAndASecondRunWritesNothingNew() throws Exception {
        fromSource("va_table", "vm_a");
        SyncJobRow a = model.start();
        fromSource("va_table", "vm_b");
        SyncJobRow b = model.start();
        assertEquals(List.of(b, a), model.jobs());

        await(() -> model.history().size() == 2);

        fromSource("va_table", "vm_a");
        model.start();
        await(() -> model.history().size() == 3);
        assertEquals("0", model.history().get(0).written(), "the incremental run finds nothing new");
    }

    @Test
    void aTargetThatFailsPartOfTheTimeShowsRetryingInTheJobAndStillFinishesEqual() throws Exception {
        List<String> statuses = new CopyOnWriteArrayList<>();
        fromSource("va_table", "vm_flaky");
        model.form().batchSizeProperty().set("100");
        target.faults().failRequests(0.15, new Faults.Failure(503, 0, "service unavailable"));
        try {
            SyncJobRow row = model.start();
            row.statusProperty().addListener((obs, old, text) -> statuses.add(text));
            await(() -> model.history().size() == 1);
        } finally {
            target.faults().reset();
        }
        assertTrue(statuses.stream().anyMatch(t -> t.matches("retrying: The target at .* is unavailable \\(503\\); "
                + "retrying in \\d+ ms \\(\\d of 10\\)\\.")), statuses.toString());
        assertEquals("equal", model.history().get(0).verificationProperty().get(),
                model.history().get(0).result().message());
        assertEquals("1,200", model.history().get(0).written());
    }

    @Test
    void aFormMissingItsSourceStartsNothingAndSaysWhatIsMissing() {
        model.form().sourceUrl.set("");
        assertNull(model.start());
        assertEquals("Fill in the source URL.", model.errorProperty().get());
        model.form().sourceUrl.set(source.url());
        model.form().sourceCollection.set("va_table");
        model.form().watermark.set("submissiondate");
        model.form().batchSize.set("many");
        assertNull(model.start());
        assertEquals("The batch size must be a whole number, not 'many'.", model.errorProperty().get());
        assertTrue(model.jobs().isEmpty());
    }

    @Test
    void aCsvFileListsItsColumnsAndConvertsThemAsConfigured() throws Exception {
        Path csv = dir.resolve("people.csv");
        Files.write(csv, List.of("_key,code,submissiondate", "a,007,2024-01-01", "b,042,2024-01-02"));
        model.form().sourceKind.set(SyncForm.SourceKind.FILE);
        model.chooseSourceFile(csv);
        assertEquals(List.of("_key", "code", "submissiondate"),
                model.form().csvColumns.stream().map(CsvColumn::name).toList());
        assertEquals("people", model.form().targetCollection.get());
        model.form().csvColumns.get(1).typeProperty().set(ColumnType.NUMBER);
        model.form().watermark.set("submissiondate");
        model.start();
        await(() -> model.history().size() == 1);
        assertEquals("2", model.history().get(0).written());
        assertEquals("equal", model.history().get(0).verificationProperty().get());
        String stored = target.store().database("demo").collection("people").get("a").node().toString();
        assertTrue(stored.contains("\"code\":7"), stored);
    }
}
