package io.arangoconsole.ui.indexes;

import io.arangoconsole.core.indexes.ExplainProof;
import io.arangoconsole.core.indexes.Measurement;
import io.arangoconsole.core.indexes.ProofQueries;
import io.arangoconsole.core.indexes.ProofQuery;
import io.arangoconsole.core.indexes.ProofSource;
import io.arangoconsole.ui.common.Formats;
import io.arangoconsole.ui.common.TaskRunner;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The proof part of the Indexes pane: the queries each planned index serves (derived from the index: equality on its
 * leading fields, range and sort on its last) explained and timed "before" (while the indexes are missing) and
 * "after" (once built), side by side, with the target that served them; each line shows the query it ran.
 */
public final class ProofModel {
    private final TaskRunner tasks;
    private final ObservableList<ProofLine> lines = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty(this, "status",
            "Run the proof to explain and time the queries each planned index serves.");
    private final StringProperty servedBy = new SimpleStringProperty(this, "servedBy", "");
    private final BooleanProperty running = new SimpleBooleanProperty(this, "running");
    private ProofSource source;
    private String target;

    ProofModel(TaskRunner tasks) {
        this.tasks = tasks;
    }

    void connect(ProofSource newSource, String newTarget) {
        source = newSource;
        target = newTarget;
        lines.clear();
        servedBy.set("");
    }

    /**
     * Explains and times the queries derived from each index of {@code targets} once: as "before" when
     * {@code indexesMissing}, else as "after". The bind values come from the data, and stay the same for the
     * "after" run so both answer the same question.
     */
    void run(boolean indexesMissing, List<ProofQueries.Target> targets) {
        if (source == null || running.get()) {
            return;
        }
        if (lines.isEmpty() && targets.isEmpty()) {
            status.set("The plan lists no index: nothing to prove.");
            return;
        }
        ProofSource on = source;
        String served = target;
        List<ProofQuery> known = lines.isEmpty() ? null : lines.stream().map(ProofLine::query).toList();
        running.set(true);
        status.set(indexesMissing ? "Measuring before the builds..." : "Measuring after the builds...");
        tasks.run("index proof", () -> {
            List<ProofQuery> queries = known != null ? known : ProofQueries.forIndexes(on, targets);
            return new Captured(queries, new ExplainProof(on, System::nanoTime, 3).measure(queries));
        }, captured -> {
            running.set(false);
            if (on != source) {
                return; // the connection changed meanwhile
            }
            apply(captured, indexesMissing);
            servedBy.set("Served by the " + served);
        }, e -> {
            running.set(false);
            status.set("The proof could not run: " + Formats.sentence(e));
        });
    }

    private void apply(Captured captured, boolean beforePhase) {
        List<ProofLine> out = new ArrayList<>();
        for (int i = 0; i < captured.queries().size(); i++) {
            ProofLine old = i < lines.size() ? lines.get(i) : new ProofLine(captured.queries().get(i), null, null);
            out.add(old.with(beforePhase, captured.measurements().get(i)));
        }
        lines.setAll(out);
        long indexed = captured.measurements().stream().filter(Measurement::usesIndex).count();
        status.set((beforePhase ? "Before" : "After") + " captured: " + indexed + " of " + out.size()
                + " queries read an index." + (beforePhase ? " Build the missing indexes, then run the proof again."
                : ""));
    }

    public ObservableList<ProofLine> lines() {
        return lines;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    /** {@code Data served by the primary.} once a measurement was taken. */
    public ReadOnlyStringProperty servedByProperty() {
        return servedBy;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    private record Captured(List<ProofQuery> queries, List<Measurement> measurements) {
    }
}
