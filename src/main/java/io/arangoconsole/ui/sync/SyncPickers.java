package io.arangoconsole.ui.sync;

import io.arangoconsole.core.FailureLog;
import io.arangoconsole.core.catalog.ServerCatalog;
import io.arangoconsole.core.catalog.ServerCatalog.Side;
import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.ui.common.Formats;
import io.arangoconsole.ui.common.TaskRunner;
import io.arangoconsole.ui.sync.SyncForm.SourceKind;
import io.arangoconsole.ui.sync.SyncForm.TargetKind;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.LoggerFactory;

/**
 * The Sync form's pickers: saved profiles as sources, and once connected the source's databases and collections,
 * the target's collections and the source collection's indexed attributes (watermark candidates). Every lookup
 * runs through the {@link TaskRunner}, never on the UI thread; an answer that arrives after the user moved on to
 * another database or collection is dropped.
 */
public final class SyncPickers {

    private static final FailureLog FAILURES = new FailureLog(LoggerFactory.getLogger(SyncPickers.class));

    private final SyncForm form;
    private final TaskRunner tasks;
    private final ServerCatalog catalog;
    private final SavedSources saved;
    private final Supplier<ConnectionTarget> primary;
    private final ObservableList<SourceServer> servers = FXCollections.observableArrayList(SourceServer.TYPED);
    private final ObservableList<String> sourceDatabases = FXCollections.observableArrayList();
    private final ObservableList<String> sourceCollections = FXCollections.observableArrayList();
    private final ObservableList<String> targetCollections = FXCollections.observableArrayList();
    private final ObservableList<String> watermarks = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final BooleanProperty statusOk = new SimpleBooleanProperty(this, "statusOk", true);
    private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading");
    private boolean connected;
    private boolean profilesLoaded;

    SyncPickers(SyncForm form, TaskRunner tasks, ServerCatalog catalog, SavedSources saved,
                Supplier<ConnectionTarget> primary) {
        this.form = form;
        this.tasks = tasks;
        this.catalog = catalog;
        this.saved = saved;
        this.primary = primary;
        form.sourceServer.addListener((obs, old, server) -> serverChosen(server));
        // What was listed for another kind of source no longer applies: connect again for this one.
        form.sourceKind.addListener((obs, old, kind) -> {
            connected = false;
            sourceDatabases.clear();
            sourceCollections.clear();
            watermarks.clear();
            show(true, "");
        });
        form.sourceDatabase.addListener((obs, old, db) -> {
            if (connected && form.sourceKind.get() == SourceKind.DATABASE) {
                loadSourceCollections();
            }
        });
        form.sourceCollection.addListener((obs, old, collection) -> {
            if (connected) {
                loadWatermarks();
            }
        });
    }

    /** Pane shown: the saved profiles, once, in the background. */
    void activate() {
        if (profilesLoaded) {
            return;
        }
        profilesLoaded = true;
        tasks.run("list saved profiles", saved::profiles, profiles -> {
            SourceServer chosen = form.sourceServer.get();
            servers.setAll(SourceServer.TYPED);
            profiles.forEach(p -> servers.add(new SourceServer(p)));
            if (chosen != null && !servers.contains(chosen)) {
                form.sourceServer.set(SourceServer.TYPED);
            }
        }, e -> show(false, "The saved connection profiles could not be read: " + Formats.sentence(e)));
    }

    /** A saved profile fills in URL, user and database, its kept password is looked up, then the pane connects. */
    private void serverChosen(SourceServer server) {
        connected = false;
        if (server == null || server.typed()) {
            return;
        }
        var profile = server.profile();
        form.sourceUrl.set(profile.firstEndpoint());
        form.sourceUser.set(profile.user());
        form.sourceDatabase.set(profile.database());
        form.sourcePassword.set("");
        loading.set(true);
        tasks.run("look up the password of " + profile.name(), () -> saved.password(profile), found -> {
            if (form.sourceServer.get() != server) {
                return;
            }
            found.ifPresent(form.sourcePassword::set);
            connect();
        }, e -> show(false, Formats.sentence(e)));
    }

    /**
     * Lists what the source and the target hold, in the background: the source's databases and the collections of
     * the chosen database (for a collection source), the target's collections (always). Each side's failure is its
     * own sentence.
     */
    public void connect() {
        if (catalog == null) {
            show(false, "Listing databases and collections is not available here: type the names.");
            return;
        }
        ConnectionTarget target;
        ConnectionTarget source = null;
        try {
            target = target();
            if (form.sourceKind.get() == SourceKind.DATABASE) {
                source = source(target);
            }
        } catch (IllegalArgumentException e) {
            show(false, Formats.sentence(e));
            return;
        }
        ConnectionTarget from = source;
        loading.set(true);
        show(true, "Connecting...");
        tasks.run("list source and target", () -> SyncListing.read(catalog, from, target, FAILURES), this::showListing,
                e -> show(false, Formats.sentence(e)));
    }

    private void showListing(SyncListing listing) {
        connected = true;
        targetCollections.setAll(listing.targetCollections());
        if (listing.sourceDatabases() != null) {
            sourceDatabases.setAll(listing.sourceDatabases());
            sourceCollections.setAll(listing.sourceCollections());
        }
        show(listing.error() == null, listing.error() != null ? listing.error() : listing.describe());
        if (!form.sourceCollection.get().isBlank()) {
            loadWatermarks();
        }
    }

    private void loadSourceCollections() {
        ConnectionTarget source;
        try {
            source = source(target());
        } catch (IllegalArgumentException e) {
            return;
        }
        String database = source.database();
        String typed = form.sourceDatabase.get();
        loading.set(true);
        tasks.run("list source collections", () -> catalog.collections(source, Side.SOURCE), names -> {
            if (typed.equals(form.sourceDatabase.get())) {
                sourceCollections.setAll(names);
                show(true, names.size() + " collections in the source database '" + database + "'.");
            }
        }, e -> show(false, Formats.sentence(e)));
    }

    private void loadWatermarks() {
        String collection = form.sourceCollection.get().strip();
        watermarks.clear();
        if (collection.isEmpty() || form.sourceKind.get() != SourceKind.DATABASE) {
            return;
        }
        ConnectionTarget source;
        try {
            source = source(target());
        } catch (IllegalArgumentException e) {
            return;
        }
        loading.set(true);
        tasks.run("list indexes of " + collection,
                () -> ServerCatalog.watermarkCandidates(catalog.indexes(source, collection, Side.SOURCE)), found -> {
                    if (!collection.equals(form.sourceCollection.get().strip())) {
                        return;
                    }
                    watermarks.setAll(found);
                    if (form.watermark.get().isBlank() && !found.isEmpty()) {
                        form.watermark.set(found.get(0));
                    }
                    show(true, found.isEmpty() ? "No attribute of '" + collection + "' has an index: type the "
                            + "watermark attribute." : found.size() + " indexed attribute" + (found.size() == 1 ? ""
                            : "s") + " of '" + collection + "' offered as watermark.");
                }, e -> show(false, Formats.sentence(e)));
    }

    /** Where the job writes: the current connection, or the replica URL with its credentials. */
    private ConnectionTarget target() {
        ConnectionTarget current = primary.get();
        if (current == null) {
            throw new IllegalArgumentException("Not connected yet: the target is the current connection.");
        }
        if (form.targetKind.get() == TargetKind.REPLICA) {
            String url = form.replicaUrl.get().strip();
            if (url.isEmpty()) {
                throw new IllegalArgumentException("Fill in the replica URL.");
            }
            return new ConnectionTarget(url, current.user(), current.password(), current.database(),
                    ConnectionTarget.Label.REPLICA);
        }
        return current;
    }

    private ConnectionTarget source(ConnectionTarget target) {
        String url = form.sourceUrl.get().strip();
        if (url.isEmpty()) {
            throw new IllegalArgumentException("Choose a saved connection or fill in the source URL.");
        }
        String db = form.sourceDatabase.get().isBlank() ? target.database() : form.sourceDatabase.get().strip();
        return new ConnectionTarget(url, form.sourceUser.get(), form.sourcePassword.get(), db,
                ConnectionTarget.Label.REPLICA);
    }

    private void show(boolean ok, String text) {
        loading.set(false);
        statusOk.set(ok);
        status.set(text);
    }

    public ObservableList<SourceServer> servers() {
        return servers;
    }

    public ObservableList<String> sourceDatabases() {
        return sourceDatabases;
    }

    public ObservableList<String> sourceCollections() {
        return sourceCollections;
    }

    public ObservableList<String> targetCollections() {
        return targetCollections;
    }

    public ObservableList<String> watermarks() {
        return watermarks;
    }

    /** The last connect's outcome: what it found, or one sentence naming the side that failed. */
    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyBooleanProperty statusOkProperty() {
        return statusOk;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }
}
