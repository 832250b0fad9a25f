package io.arangoconsole.ui.insight;

import io.arangoconsole.core.insight.AdviceReport;
import io.arangoconsole.core.insight.IndexAdvice;
import io.arangoconsole.core.insight.ShapeStats;
import io.arangoconsole.core.insight.ShapeSummary;
import io.arangoconsole.ui.common.Formats;
import io.arangoconsole.ui.common.TaskRunner;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Shapes tab: the history of query shapes of the connected server (polled by the app), and the advice drawn
 * from it on demand: each shape's latest run explained, an index proposed where a scan filters or sorts.
 */
public final class ShapesViewModel {
    private final TaskRunner tasks;
    private final Function<List<ShapeStats>, AdviceReport> advisor;
    private final ObservableList<ShapeRow> rows = FXCollections.observableArrayList();
    private final ObservableList<AdviceRow> advice = FXCollections.observableArrayList();
    private AdviceProof proof;
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private List<ShapeStats> shapes = List.of();
    private final Map<String, String> adviceByShape = new HashMap<>();
    private final Map<String, String> scanByShape = new HashMap<>();
    private final StringProperty planFeedback = new SimpleStringProperty(this, "planFeedback", "");
    private Function<IndexAdvice, String> planAdder;
    private boolean queryLog;

    /**
     * @param advisor explains the shapes' latest runs on the connected database and proposes indexes (blocking;
     *                run in the background); it throws when the console is not connected
     */
    public ShapesViewModel(TaskRunner tasks, Function<List<ShapeStats>, AdviceReport> advisor) {
        this.tasks = tasks;
        this.advisor = advisor;
    }

    /** The polled history of the connected server, most runs first. FX thread. */
    public void show(List<ShapeStats> latest) {
        shapes = List.copyOf(latest);
        rows.setAll(shapes.stream().map(this::row).toList());
        if (message.get().isEmpty() || message.get().startsWith("Polling failed") || message.get().contains(SEEN)) {
            message.set(Formats.count(shapes.size()) + SEEN + (queryLog ? " (slow log, running list, query log, "
                    + "this pane's runs)." : " (slow log, running list, this pane's runs). The server keeps no query "
                    + "log: logging is off (--query.collection-logger-enabled, ArangoDB 3.12.2 and later)."));
        }
    }

    private static final String SEEN = " shapes seen on this server";

    /** Whether the last poll read the server's query log (false: the server keeps none). FX thread. */
    public void queryLog(boolean enabled) {
        this.queryLog = enabled;
    }

    /** Lets "Add to plan" put a proposed index into the Indexes pane's plan; returns the feedback sentence. */
    public void enablePlan(Function<IndexAdvice, String> adder) {
        this.planAdder = adder;
    }

    /** Puts {@code row}'s index into the Indexes pane's plan; {@link #planFeedbackProperty()} says what happened. */
    public void addToPlan(AdviceRow row) {
        planFeedback.set(row == null ? "" : planAdder == null ? "The Indexes pane's plan is not available here."
                : planAdder.apply(row.advice()));
    }

    /** What the last "Add to plan" did, shown beside the button. */
    public StringProperty planFeedbackProperty() {
        return planFeedback;
    }

    /** Says why the history could not be polled. */
    public void failed(Throwable e) {
        message.set("Polling failed: " + Formats.sentence(e));
    }

    /** Explains every shape's latest run in the background and proposes the indexes the scanning ones lack. */
    public void advise() {
        if (busy.get()) {
            return;
        }
        List<ShapeStats> now = shapes;
        busy.set(true);
        message.set("Explaining " + Formats.count(now.size()) + " shapes...");
        tasks.run("advise from the shape history", () -> advisor.apply(now), report -> {
            busy.set(false);
            adviceByShape.clear();
            scanByShape.clear();
            for (ShapeSummary s : report.shapes()) {
                scanByShape.put(s.shape().id(), s.explainError() != null ? "not explained"
                        : Boolean.TRUE.equals(s.fullScan()) ? "full scan" : "no full scan");
                if (Boolean.TRUE.equals(s.fullScan())) {
                    adviceByShape.put(s.shape().id(), "scans; no persistent index would serve it");
                }
                if (s.explainError() != null) {
                    adviceByShape.put(s.shape().id(), s.explainError());
                }
            }
            for (IndexAdvice a : report.advice()) {
                for (String id : a.shapeIds()) {
                    adviceByShape.put(id, "persistent [" + String.join(", ", a.fields()) + "] on " + a.collection());
                }
            }
            advice.setAll(report.advice().stream().map(a -> new AdviceRow(a, "")).toList());
            rows.setAll(shapes.stream().map(this::row).toList());
            message.set(Formats.count(report.advice().size()) + " index" + (report.advice().size() == 1 ? "" : "es")
                    + " proposed for " + Formats.count(report.shapes().size()) + " shapes.");
        }, e -> {
            busy.set(false);
            message.set("No advice: " + Formats.sentence(e));
        });
    }

    private ShapeRow row(ShapeStats s) {
        String last = s.fullScan() == null ? "" : s.fullScan() ? "full scan" : "no full scan";
        if (s.planError() != null) {
            // the last plan is kept and marked: a shape that stopped parsing is history, not an error dialog
            return new ShapeRow(s, last.isEmpty() ? "not explained" : last + " (last plan)", s.planError());
        }
        return new ShapeRow(s, scanByShape.getOrDefault(s.shapeId(), last), adviceByShape.getOrDefault(s.shapeId(),
                ""));
    }

    public ObservableList<ShapeRow> rows() {
        return rows;
    }

    /** Lets "Build and prove" queue builds and measure (the app wires it; without it the action says so). */
    public void enableProof(AdviceProof builder) {
        this.proof = builder;
    }

    /**
     * Builds {@code row}'s index in the background (the Jobs pane shows it) and measures its shape's latest run
     * before and after; the row's proof column follows each step.
     */
    public void buildAndProve(AdviceRow row) {
        ShapeStats shape = shapes.stream().filter(s -> s.text().equals(row.advice().shape())).findFirst()
                .orElse(null);
        if (proof == null || shape == null) {
            update(row, proof == null ? "Builds are not available here." : "Its shape is no longer in the history.");
            return;
        }
        proof.prove(row.advice(), shape, text -> update(row, text));
    }

    private void update(AdviceRow row, String text) {
        for (int i = 0; i < advice.size(); i++) {
            if (advice.get(i).id().equals(row.id())) {
                advice.set(i, new AdviceRow(advice.get(i).advice(), text));
            }
        }
    }

    /** The indexes the last advice proposed, most runs first, with their proof. */
    public ObservableList<AdviceRow> advice() {
        return advice;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
