package io.arangoconsole.ui.sync;

import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.core.sync.ColumnType;
import io.arangoconsole.core.sync.CsvOptions;
import io.arangoconsole.core.sync.CheckpointPlace;
import io.arangoconsole.core.sync.OnDuplicate;
import io.arangoconsole.core.sync.SyncJobConfig;
import io.arangoconsole.core.sync.SyncSpec;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The "new sync" form: what the user typed, and its translation into a {@link SyncSpec}. The source password lives
 * only in this object (never in settings or history).
 */
public final class SyncForm {

    /** Where documents come from. */
    public enum SourceKind { DATABASE, FILE }

    /** Where they go: the current connection (writes always go to the primary) or a replica deployment. */
    public enum TargetKind { PRIMARY, REPLICA }

    final ObjectProperty<SourceKind> sourceKind = new SimpleObjectProperty<>(this, "sourceKind", SourceKind.DATABASE);
    final ObjectProperty<SourceServer> sourceServer = new SimpleObjectProperty<>(this, "sourceServer",
            SourceServer.TYPED);
    final StringProperty sourceUrl = new SimpleStringProperty(this, "sourceUrl", "");
    final StringProperty sourceDatabase = new SimpleStringProperty(this, "sourceDatabase", "");
    final StringProperty sourceCollection = new SimpleStringProperty(this, "sourceCollection", "");
    final StringProperty sourceUser = new SimpleStringProperty(this, "sourceUser", "root");
    final StringProperty sourcePassword = new SimpleStringProperty(this, "sourcePassword", "");
    final ObjectProperty<Path> sourceFile = new SimpleObjectProperty<>(this, "sourceFile");
    final ObservableList<CsvColumn> csvColumns = FXCollections.observableArrayList();
    final ObjectProperty<TargetKind> targetKind = new SimpleObjectProperty<>(this, "targetKind", TargetKind.PRIMARY);
    final StringProperty replicaUrl = new SimpleStringProperty(this, "replicaUrl", "");
    final StringProperty targetCollection = new SimpleStringProperty(this, "targetCollection", "");
    /** No default: the attribute differs per dataset; the picker offers the source collection's indexed ones. */
    final StringProperty watermark = new SimpleStringProperty(this, "watermark", "");
    final StringProperty batchSize = new SimpleStringProperty(this, "batchSize", "1000");
    final ObjectProperty<OnDuplicate> onDuplicate = new SimpleObjectProperty<>(this, "onDuplicate",
            OnDuplicate.UPDATE);
    final BooleanProperty full = new SimpleBooleanProperty(this, "full");
    final StringProperty rejectsFile = new SimpleStringProperty(this, "rejectsFile", "");
    /** Where jobs keep their checkpoints: the user's convention, filled in from the settings by the app. */
    final ObjectProperty<CheckpointPlace> checkpoints = new SimpleObjectProperty<>(this, "checkpoints");

    /** The fields a caller outside the view fills in (the benchmark, scripted set-ups). */
    public StringProperty sourceUrlProperty() {
        return sourceUrl;
    }

    public StringProperty sourceDatabaseProperty() {
        return sourceDatabase;
    }

    public StringProperty sourceCollectionProperty() {
        return sourceCollection;
    }

    public StringProperty targetCollectionProperty() {
        return targetCollection;
    }

    public StringProperty watermarkProperty() {
        return watermark;
    }

    public ObjectProperty<SourceServer> sourceServerProperty() {
        return sourceServer;
    }

    public StringProperty batchSizeProperty() {
        return batchSize;
    }

    /** Whether the chosen file is read as CSV (by its name). */
    public boolean isCsv() {
        Path file = sourceFile.get();
        return file != null && file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv");
    }

    /**
     * The job the form describes, writing to {@code primary} or the replica URL (with the primary's credentials).
     *
     * @throws IllegalArgumentException with a sentence naming the field to fix
     */
    SyncSpec toSpec(ConnectionTarget primary) {
        if (primary == null) {
            throw new IllegalArgumentException("Not connected yet: the target is the current connection.");
        }
        SyncSpec.Source source = source(primary);
        ConnectionTarget target = primary;
        if (targetKind.get() == TargetKind.REPLICA) {
            String url = required(replicaUrl.get(), "the replica URL");
            target = new ConnectionTarget(url, primary.user(), primary.password(), primary.database(),
                    ConnectionTarget.Label.REPLICA);
        }
        String into = targetCollection.get().isBlank() ? defaultCollection() : targetCollection.get().strip();
        int size;
        try {
            size = Integer.parseInt(batchSize.get().strip().replace(",", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The batch size must be a whole number, not '" + batchSize.get()
                    + "'.");
        }
        if (checkpoints.get() == null) {
            throw new IllegalArgumentException("No checkpoint collection is configured for syncs.");
        }
        SyncJobConfig config = SyncJobConfig.defaults(SyncSpec.jobIdFor(source, target, into),
                        required(watermark.get(), "the watermark attribute"), checkpoints.get()).withBatchSize(size)
                .withOnDuplicate(onDuplicate.get()).withFull(full.get())
                .withRejectsFile(rejectsFile.get().isBlank() ? null : Path.of(rejectsFile.get().strip()));
        return new SyncSpec(source, target, into, config);
    }

    private SyncSpec.Source source(ConnectionTarget primary) {
        if (sourceKind.get() == SourceKind.FILE) {
            Path file = sourceFile.get();
            if (file == null) {
                throw new IllegalArgumentException("Choose a JSONL or CSV file to read.");
            }
            if (!isCsv()) {
                return new SyncSpec.JsonlFile(file);
            }
            Map<String, ColumnType> types = new LinkedHashMap<>();
            csvColumns.forEach(c -> types.put(c.name(), c.typeProperty().get()));
            return new SyncSpec.CsvFile(file, new CsvOptions(types, null));
        }
        String url = required(sourceUrl.get(), "the source URL");
        String db = sourceDatabase.get().isBlank() ? primary.database() : sourceDatabase.get().strip();
        ConnectionTarget endpoint = new ConnectionTarget(url, sourceUser.get(), sourcePassword.get(), db,
                ConnectionTarget.Label.REPLICA);
        return new SyncSpec.ArangoCollection(endpoint, required(sourceCollection.get(), "the source collection"));
    }

    private String defaultCollection() {
        if (sourceKind.get() == SourceKind.DATABASE && !sourceCollection.get().isBlank()) {
            return sourceCollection.get().strip();
        }
        throw new IllegalArgumentException("Name the target collection.");
    }

    private static String required(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Fill in " + what + ".");
        }
        return value.strip();
    }
}
