package io.arangoconsole.ui.overview;

import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.core.stats.CollectionStats;
import io.arangoconsole.core.stats.Comparison;
import io.arangoconsole.core.stats.Fetched;
import io.arangoconsole.core.stats.StatsSession;
import io.arangoconsole.core.stats.StatusBreakdown;
import io.arangoconsole.ui.common.Formats;
import io.arangoconsole.ui.common.Poller;
import io.arangoconsole.ui.common.Poller.Polling;
import io.arangoconsole.ui.common.TaskRunner;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
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
 * ages stay true), the status breakdown of one collection, replica drift when a replica is configured, "Refresh stats"
 * with progress, and the one-off comparison with the plan's naive queries. Follows the shell's connection target.
 */
public final class OverviewViewModel {

    public static final Duration PERIOD = Duration.ofSeconds(5);
    static final String DEFAULT_BREAKDOWN = "va_table";

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
    private final List<Fetched<CollectionStats>> latest = new ArrayList<>();
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
        breakdownCollection.addListener((obs, old, name) -> showBreakdown());
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
        polling = poller.poll("overview stats", PERIOD, () -> Round.load(current), this::show, this::failed);
        if (active) {
            polling.start();
        }
    }

    private void show(Round round) {
        error.set("");
        latest.clear();
        latest.addAll(round.stats());
        List<Fetched<CollectionStats>> ordered = round.ordered().stream().map(f -> readLive.remove(
                f.value().collection()) ? new Fetched<>(f.value(), false, java.time.Duration.ZERO, null) : f).toList();
        readLive.clear();
        cards.setAll(ordered.stream().map(CollectionCard::of).toList());
        List<String> names = ordered.stream().map(f -> f.value().collection()).toList();
        if (!collections.equals(names)) {
            collections.setAll(names);
        }
        if (breakdownCollection.get() == null || !names.contains(breakdownCollection.get())) {
            breakdownCollection.set(names.contains(DEFAULT_BREAKDOWN) ? DEFAULT_BREAKDOWN
                    : names.isEmpty() ? null : names.get(0));
        }
        showBreakdown();
        drift.setAll(round.drift().stream().map(DriftLine::of).toList());
        lastUpdated.set("Updated " + LocalTime.now(clock.withZone(ZoneId.systemDefault()))
                .format(DateTimeFormatter.ofPattern("HH:mm:ss")));
    }

    private void showBreakdown() {
        String name = breakdownCollection.get();
        StatusBreakdown b = latest.stream().map(Fetched::value).filter(s -> s.collection().equals(name))
                .map(CollectionStats::breakdown).findFirst().orElse(null);
        if (b == null) {
            breakdown.clear();
            breakdownNote.set("");
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
        String attribute = current.settings().configuredWatermark(collection) != null
                ? current.settings().configuredWatermark(collection) : current.settings().defaultWatermark();
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
