package io.arangoconsole.ui.overview;

import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.core.stats.AttributeOverrides;
import io.arangoconsole.core.stats.CollectionStats;
import io.arangoconsole.core.stats.Comparison;
import io.arangoconsole.core.stats.DriftRow;
import io.arangoconsole.ui.monitoring.ChartData;
import io.arangoconsole.core.stats.DriftService;
import io.arangoconsole.core.stats.Fetched;
import io.arangoconsole.core.stats.StatsSession;
import io.arangoconsole.core.stats.StatusBreakdown;
import io.arangoconsole.ui.common.Formats;
import io.arangoconsole.ui.common.Poller;
import io.arangoconsole.ui.common.Poller.Polling;
import io.arangoconsole.ui.common.TaskRunner;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Overview: a card per collection from the cached stats service (re-read every {@link #PERIOD} while shown, so
 * ages stay true), one page of {@link #PAGE_SIZE} at a time, filtered by name, system collections on request; the
 * freshness and breakdown attributes detected per collection or chosen by the DBA; the breakdown of one collection, replica drift when a replica is configured, "Refresh stats"
 * with progress, and the one-off comparison with the plan's naive queries. Follows the shell's connection target.
 */
public final class OverviewViewModel {

    public static final Duration PERIOD = Duration.ofSeconds(5);
    /** Cards per page: a database with hundreds of collections is read and drawn one page at a time. */
    public static final int PAGE_SIZE = 24;

    private final Function<ConnectionTarget, StatsSession> sessions;
    private final TaskRunner tasks;
    private final Poller poller;
    private final Clock clock;
    private final ObservableList<CollectionCard> cards = FXCollections.observableArrayList();
    private final ObservableList<String> collections = FXCollections.observableArrayList();
    private final ObservableList<StatusSlice> breakdown = FXCollections.observableArrayList();
    private final ObservableList<DriftLine> drift = FXCollections.observableArrayList();
    private final ObservableList<ComparisonLine> comparison = FXCollections.observableArrayList();
    private final ObjectProperty<String> breakdownCollection = new SimpleObjectProperty<>(this, "breakdownCollection");
    private final StringProperty breakdownNote = new SimpleStringProperty(this, "breakdownNote", "");
    private final StringProperty comparisonNote = new SimpleStringProperty(this, "comparisonNote", "");
    private final BooleanProperty driftShown = new SimpleBooleanProperty(this, "driftShown");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final BooleanProperty comparing = new SimpleBooleanProperty(this, "comparing");
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress", 0);
    private final StringProperty error = new SimpleStringProperty(this, "error", "");
    private final StringProperty lastUpdated = new SimpleStringProperty(this, "lastUpdated", "");
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final BooleanProperty showSystem = new SimpleBooleanProperty(this, "showSystem");
    private final IntegerProperty page = new SimpleIntegerProperty(this, "page");
    private final IntegerProperty pageCount = new SimpleIntegerProperty(this, "pageCount", 1);
    private final StringProperty pageText = new SimpleStringProperty(this, "pageText", "");
    private final ObjectProperty<String> lagCollection = new SimpleObjectProperty<>(this, "lagCollection");
    private final ObjectProperty<ChartData> lagChart = new SimpleObjectProperty<>(this, "lagChart", ChartData.EMPTY);
    private volatile Function<String, ChartData> lagHistory = c -> ChartData.EMPTY;
    private final List<Fetched<CollectionStats>> latest = new ArrayList<>();
    /** True once the DBA chose the breakdown's collection; until then it follows the first one with a breakdown. */
    private boolean breakdownPicked;
    private boolean pickingBreakdown;
    private volatile Round.Query query = new Round.Query("", false, 0, PAGE_SIZE);
    /** Collections "Refresh stats" just read from the server: their next cards say "live", not "cached, 0 s old". */
    private final java.util.Set<String> readLive = new java.util.HashSet<>();
    private volatile StatsSession session;
    private Polling polling;
    private boolean active;

    public OverviewViewModel(ReadOnlyObjectProperty<ConnectionTarget> target,
                             Function<ConnectionTarget, StatsSession> sessions, TaskRunner tasks, Poller poller,
                             Clock clock) {
        this.sessions = sessions;
        this.tasks = tasks;
        this.poller = poller;
        this.clock = clock;
        breakdownCollection.addListener((obs, old, name) -> {
            breakdownPicked = !pickingBreakdown && name != null;
            showBreakdown();
        });
        lagCollection.addListener((obs, old, name) -> loadLagChart());
        search.addListener((obs, old, now) -> requery(0));
        showSystem.addListener((obs, old, now) -> requery(0));
        page.addListener((obs, old, now) -> requery(now.intValue()));
        target.addListener((obs, old, now) -> connect(now));
        connect(target.get());
    }

    private void connect(ConnectionTarget target) {
        if (polling != null) {
            polling.stop();
            polling = null;
        }
        if (session != null) {
            StatsSession old = session;
            tasks.run("close stats session", () -> {
                old.close();
                return null;
            }, ignored -> { }, e -> { });
        }
        session = target == null ? null : sessions.apply(target);
        latest.clear();
        cards.clear();
        drift.clear();
        comparison.clear();
        comparisonNote.set("");
        error.set("");
        driftShown.set(session != null && session.hasReplica());
        if (session == null) {
            return;
        }
        StatsSession current = session;
        polling = poller.poll("overview stats", PERIOD, () -> Round.load(current, query), this::show, this::failed);
        if (active) {
            polling.start();
        }
    }

    /** Shows another page or filter: the query changes and a round runs now. */
    private void requery(int newPage) {
        query = new Round.Query(search.get(), showSystem.get(), newPage, PAGE_SIZE);
        if (newPage != page.get()) {
            page.set(newPage);
            return;
        }
        if (polling != null && active) {
            polling.stop();
            polling.start();
        }
    }

    private void show(Round round) {
        error.set("");
        latest.clear();
        latest.addAll(round.stats());
        List<Fetched<CollectionStats>> shown = round.stats().stream().map(f -> readLive.remove(
                f.value().collection()) ? new Fetched<>(f.value(), false, java.time.Duration.ZERO, null) : f).toList();
        readLive.clear();
        cards.setAll(shown.stream().map(f -> CollectionCard.of(f, clock.instant(), ShardLine.of(f.value().placement(),
                round.shardSync().get(f.value().collection()), round.shardSyncFailure()))).toList());
        pageCount.set(round.pageCount());
        int from = round.page() * PAGE_SIZE;
        pageText.set(round.matching() == 0 ? "no collection matches"
                : "collections " + Formats.count(from + 1L) + "–" + Formats.count(from + (long) round.stats().size())
                        + " of " + Formats.count(round.matching()));
        List<String> names = shown.stream().map(f -> f.value().collection()).toList();
        if (!collections.equals(names)) {
            collections.setAll(names);
        }
        String withBreakdown = round.stats().stream().filter(f -> f.value().breakdown() != null)
                .map(f -> f.value().collection()).findFirst().orElse(names.isEmpty() ? null : names.get(0));
        boolean shownHasNone = round.stats().stream().noneMatch(f -> f.value().collection()
                .equals(breakdownCollection.get()) && f.value().breakdown() != null);
        if (breakdownCollection.get() == null || !names.contains(breakdownCollection.get())
                || (!breakdownPicked && shownHasNone)) {
            // follows detection (e.g. once an index is built) until the DBA picks a collection
            pickingBreakdown = true;
            breakdownCollection.set(withBreakdown);
            pickingBreakdown = false;
        }
        showBreakdown();
        drift.setAll(round.drift().stream().map(DriftLine::of).toList());
        if (!round.drift().isEmpty()) {
            List<String> lagging = round.drift().stream().filter(r -> r.attribute() != null)
                    .map(DriftRow::collection).toList();
            if (lagCollection.get() == null || !lagging.contains(lagCollection.get())) {
                lagCollection.set(lagging.isEmpty() ? null : lagging.get(0));
            } else {
                loadLagChart();
            }
        }
        lastUpdated.set("Updated " + Formats.clock(clock.instant()));
    }

    private void showBreakdown() {
        String name = breakdownCollection.get();
        CollectionStats stats = latest.stream().map(Fetched::value).filter(s -> s.collection().equals(name))
                .findFirst().orElse(null);
        StatusBreakdown b = stats == null ? null : stats.breakdown();
        if (b == null) {
            breakdown.clear();
            breakdownNote.set(stats == null ? "" : "No breakdown attribute: " + stats.chosen().breakdown().reason());
            return;
        }
        breakdown.setAll(b.counts().entrySet().stream().map(e -> new StatusSlice(e.getKey(), e.getValue())).toList());
        breakdownNote.set(b.indexed() ? "Documents per " + b.attribute() + ", read through an index" : b.note());
    }

    private void failed(Throwable e) {
        error.set(Formats.sentence(e));
    }

    /** "Refresh stats": reads every collection anew in the background, one at a time, with progress. */
    public void refresh() {
        if (session == null || busy.get()) {
            return;
        }
        StatsSession current = session;
        busy.set(true);
        progress.set(-1);
        error.set("");
        tasks.run("list collections", () -> {
            current.stats().collectionsChanged();
            return current.stats().collections();
        }, names -> refreshNext(current, names, 0), this::refreshFailed);
    }

    private void refreshNext(StatsSession current, List<String> names, int index) {
        if (current != session) {
            busy.set(false);
            return;
        }
        progress.set(names.isEmpty() ? 1 : (double) index / names.size());
        if (index == names.size()) {
            busy.set(false);
            if (polling != null && active) {
                // One round now, so the cards show what was just read.
                polling.stop();
                polling.start();
            }
            return;
        }
        tasks.run("refresh " + names.get(index), () -> current.stats().refresh(names.get(index)),
                stats -> {
                    readLive.add(names.get(index));
                    refreshNext(current, names, index + 1);
                }, this::refreshFailed);
    }

    private void refreshFailed(Throwable e) {
        busy.set(false);
        progress.set(0);
        error.set("Refresh failed: " + Formats.sentence(e));
    }

    /** Runs the plan's naive count and unindexed sort once, in the background, beside the console's own calls. */
    public void compareNaive() {
        String collection = breakdownCollection.get();
        if (session == null || comparing.get() || collection == null) {
            return;
        }
        StatsSession current = session;
        String attribute = latest.stream().map(Fetched::value).filter(s -> s.collection().equals(collection))
                .map(s -> s.chosen().watermark().attribute()).filter(java.util.Objects::nonNull).findFirst()
                .orElse(null);
        if (attribute == null) {
            comparisonNote.set(collection + " has no freshness attribute: choose one on its card to compare.");
            return;
        }
        comparing.set(true);
        comparisonNote.set("Running the naive queries on " + collection + "; they scan the collection...");
        tasks.run("compare naive", () -> current.comparison().run(collection, attribute), this::showComparison, e -> {
            comparing.set(false);
            comparisonNote.set("The comparison failed: " + Formats.sentence(e));
        });
    }

    private void showComparison(Comparison c) {
        comparing.set(false);
        comparison.setAll(ComparisonLine.of(c));
        comparisonNote.set("Run once on the " + c.target() + ".");
    }

    /**
     * After the console's own write to {@code collection} (index build, sync): its cached stats are dropped, so the
     * next round reads them anew. Any thread; AppContext hands {@code overview::invalidate} to the writers.
     */
    public void invalidate(String collection) {
        StatsSession current = session;
        if (current != null) {
            current.stats().invalidate(collection);
        }
    }

    /**
     * After the console built or dropped an index: every cached figure may change (earliest/latest and the status
     * breakdown become index-backed or stop being so), so all are dropped and read anew. FX thread.
     */
    public void indexesChanged() {
        StatsSession current = session;
        if (current != null) {
            current.stats().invalidateAll();
        }
        refresh();
    }

    /** After the console created or dropped a collection: the name list is read anew. Any thread. */
    public void collectionsChanged() {
        StatsSession current = session;
        if (current != null) {
            current.stats().collectionsChanged();
        }
    }

    /**
     * The DBA's freshness attribute for {@code collection}: a name, {@code CollectionOverride.CLEARED} for none, or
     * null to follow detection. Saved per profile and database in the background; the card is read anew.
     */
    public void chooseWatermark(String collection, String attribute) {
        choose(collection, o -> o.setWatermark(collection, attribute));
    }

    /** As {@link #chooseWatermark}, for the breakdown attribute. */
    public void chooseBreakdown(String collection, String attribute) {
        choose(collection, o -> o.setBreakdown(collection, attribute));
    }

    private void choose(String collection, java.util.function.Consumer<AttributeOverrides> change) {
        StatsSession current = session;
        if (current == null) {
            return;
        }
        tasks.run("save attribute choice", () -> {
            change.accept(current.overrides());
            current.stats().invalidate(collection);
            if (current.drift() != null) {
                current.drift().forgetChoices();
            }
            return null;
        }, ignored -> requery(page.get()), e -> error.set("The choice was not saved: " + Formats.sentence(e)));
    }

    /**
     * Where the lag chart's points come from: the monitoring history of {@code replica.lag.seconds.<collection>}
     * (blocking, called on a worker thread). Without it the chart stays empty.
     */
    public void setLagHistory(Function<String, ChartData> loader) {
        this.lagHistory = loader;
    }

    private void loadLagChart() {
        String collection = lagCollection.get();
        if (collection == null) {
            lagChart.set(ChartData.EMPTY);
            return;
        }
        Function<String, ChartData> loader = lagHistory;
        tasks.run("lag history", () -> loader.apply(collection), data -> {
            if (collection.equals(lagCollection.get())) {
                lagChart.set(data);
            }
        }, e -> lagChart.set(ChartData.EMPTY));
    }

    /** The collection whose lag over time is charted. */
    public ObjectProperty<String> lagCollectionProperty() {
        return lagCollection;
    }

    /** The charted lag (seconds over the last 24 h) of {@link #lagCollectionProperty()}. */
    public ReadOnlyObjectProperty<ChartData> lagChartProperty() {
        return lagChart;
    }

    /** The current connection's drift and lag service; null without a replica. Any thread. */
    public DriftService driftService() {
        StatsSession current = session;
        return current == null ? null : current.drift();
    }

    /**
     * Every collection's attributes in use (read through the stats cache) and the saved choices of collections that
     * no longer exist, for the settings dialog; {@code onRows} runs on the UI thread.
     */
    public void loadSettings(java.util.function.Consumer<List<SettingsRow>> onRows) {
        StatsSession current = session;
        if (current == null) {
            onRows.accept(List.of());
            return;
        }
        tasks.run("collection settings", () -> {
            List<String> names = current.stats().collections(true);
            List<SettingsRow> rows = new ArrayList<>();
            current.stats().stats(names).forEach(f -> rows.add(SettingsRow.of(f.value())));
            for (String gone : current.overrides().unused(names)) {
                var o = current.overrides().get(gone);
                rows.add(SettingsRow.unused(gone, o.watermark(), o.breakdown()));
            }
            return rows;
        }, onRows::accept, e -> error.set("The collection settings could not be read: " + Formats.sentence(e)));
    }

    /** Collections with saved choices that no longer exist: kept, listed as unused. Blocking. */
    public List<String> unusedChoices() {
        StatsSession current = session;
        return current == null ? List.of() : current.overrides().unused(current.stats().collections(true));
    }

    /** Stops the current session's scheduled refresh; any thread, at shutdown. */
    public void close() {
        StatsSession current = session;
        if (current != null) {
            current.close();
        }
    }

    /** The pane is shown: stats are read now and every {@link #PERIOD}. */
    public void activate() {
        active = true;
        if (polling != null) {
            polling.start();
        }
    }

    /** The pane is hidden: nothing polls. */
    public void deactivate() {
        active = false;
        if (polling != null) {
            polling.stop();
        }
    }

    /** The name filter of the cards ("search by name"). */
    public StringProperty searchProperty() {
        return search;
    }

    /** True when system collections ({@code _...}) get cards too. */
    public BooleanProperty showSystemProperty() {
        return showSystem;
    }

    /** The page shown, from 0. */
    public IntegerProperty pageProperty() {
        return page;
    }

    public ReadOnlyIntegerProperty pageCountProperty() {
        return pageCount;
    }

    /** "collections 1–24 of 300". */
    public ReadOnlyStringProperty pageTextProperty() {
        return pageText;
    }

    /** The session's attribute choices (for the settings dialog); null while not connected. */
    public AttributeOverrides overrides() {
        StatsSession current = session;
        return current == null ? null : current.overrides();
    }

    public ObservableList<CollectionCard> cards() {
        return cards;
    }

    /** Names of the collections, for choosing whose breakdown is shown. */
    public ObservableList<String> collections() {
        return collections;
    }

    public ObservableList<StatusSlice> breakdown() {
        return breakdown;
    }

    public ObjectProperty<String> breakdownCollectionProperty() {
        return breakdownCollection;
    }

    /** What the breakdown shows, or why there is none ("breakdown needs an index on status: ..."). */
    public ReadOnlyStringProperty breakdownNoteProperty() {
        return breakdownNote;
    }

    public ObservableList<DriftLine> drift() {
        return drift;
    }

    /** True when a replica is configured: the drift table is shown. */
    public ReadOnlyBooleanProperty driftShownProperty() {
        return driftShown;
    }

    public ObservableList<ComparisonLine> comparison() {
        return comparison;
    }

    public ReadOnlyStringProperty comparisonNoteProperty() {
        return comparisonNote;
    }

    public ReadOnlyBooleanProperty comparingProperty() {
        return comparing;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** 0..1 while refreshing; -1 while the collection list is read. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    public ReadOnlyStringProperty lastUpdatedProperty() {
        return lastUpdated;
    }
}
