package io.arangoconsole.ui.insight;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.arangoconsole.core.insight.AqlText;
import io.arangoconsole.core.insight.ObservedQuery;
import io.arangoconsole.core.insight.QueryOutcome;
import io.arangoconsole.core.insight.QueryPlan;
import io.arangoconsole.core.insight.QueryWorkbench;
import io.arangoconsole.core.insight.ResultTable;
import io.arangoconsole.ui.common.Formats;
import io.arangoconsole.ui.common.TaskRunner;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The query pane: an AQL text with its bind variables (a JSON object), run, profiled or explained in the background on
 * the connected database; results as a table and as JSON, the plan as a {@link QueryPlan}. A run can be cancelled: the
 * console kills it on the server, found by a tag in a comment at the start of the text.
 */
public final class WorkbenchViewModel {
    /** Rows read at most when the user did not set a limit. */
    public static final int DEFAULT_ROW_LIMIT = 1000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final TaskRunner tasks;
    private final Supplier<QueryWorkbench> workbench;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final StringProperty bindText = new SimpleStringProperty(this, "bindText", "{}");
    private final IntegerProperty rowLimit = new SimpleIntegerProperty(this, "rowLimit", DEFAULT_ROW_LIMIT);
    private final BooleanProperty running = new SimpleBooleanProperty(this, "running");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final StringProperty error = new SimpleStringProperty(this, "error", "");
    private final ObjectProperty<int[]> errorPosition = new SimpleObjectProperty<>(this, "errorPosition");
    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final ObservableList<ResultRow> rows = FXCollections.observableArrayList();
    private final StringProperty json = new SimpleStringProperty(this, "json", "");
    private final ObjectProperty<QueryPlan> plan = new SimpleObjectProperty<>(this, "plan");
    private final ObjectProperty<PlanView> planView = new SimpleObjectProperty<>(this, "planView");
    private volatile java.util.function.UnaryOperator<PlanView> preparer = v -> v;
    private final StringProperty planTitle = new SimpleStringProperty(this, "planTitle", "");
    private OwnQueries own = OwnQueries.NONE;
    private TaskRunner.Cancellable current;
    private String currentTag;

    /**
     * @param workbench the connected database's workbench, asked on the FX thread at each command; null when the
     *                  console is not connected yet
     */
    public WorkbenchViewModel(TaskRunner tasks, Supplier<QueryWorkbench> workbench) {
        this.tasks = tasks;
        this.workbench = workbench;
    }

    /** Hears every run, profile and explain the console makes from this pane (for the shape history). */
    public void onOwnQueries(OwnQueries listener) {
        this.own = listener;
    }

    /** Puts a query seen elsewhere (running list, slow log, history) in the editor with its bind variables. */
    public void open(String text, Map<String, Object> bindVars) {
        query.set(text == null ? "" : text.strip());
        try {
            bindText.set(PRETTY.writeValueAsString(bindVars == null ? Map.of() : bindVars));
        } catch (JsonProcessingException e) {
            bindText.set("{}");
        }
        error.set("");
        errorPosition.set(null);
        message.set("Opened a query with " + (bindVars == null ? 0 : bindVars.size()) + " bind variable"
                + (bindVars != null && bindVars.size() == 1 ? "" : "s") + ": Explain shows its plan.");
    }

    /** True when the text may modify data: the view asks for a confirmation naming the server first. */
    public boolean modifiesData() {
        return AqlText.modifies(query.get());
    }

    /** Runs the query and shows up to the row limit of its rows. */
    public void run() {
        start(false);
    }

    /** Runs the query profiled: rows, and the plan with per-node calls, items and runtime. */
    public void profile() {
        start(true);
    }

    /** Shows the plan the server would choose; nothing runs. */
    public void explain() {
        Map<String, Object> bind = checkedBind();
        QueryWorkbench wb = connected();
        if (bind == null || wb == null) {
            return;
        }
        String text = query.get();
        running.set(true);
        message.set("Explaining...");
        Instant asked = Instant.now();
        current = tasks.run("explain a query", () -> prepare(wb.explain(text, bind)), v -> {
            running.set(false);
            own.explained(new ObservedQuery(ObservedQuery.Source.CONSOLE, null, wb.database(), text, bind, asked, 0,
                    -1), v.plan());
            showPlan(v, "Explain: the plan the server would choose (nothing ran)");
            message.set(v.plan().fullScan() ? "The plan reads a whole collection (full scan)." : "The plan reads no "
                    + "collection in full.");
        }, this::failed);
    }

    /** Stops the running query: the server is asked to kill it; its rows are not shown. */
    public void cancel() {
        if (current == null || !running.get()) {
            return;
        }
        current.cancel();
        running.set(false);
        QueryWorkbench wb = workbench.get();
        String tag = currentTag;
        message.set("Cancelling...");
        if (wb == null || tag == null) {
            message.set("Cancelled.");
            return;
        }
        tasks.run("cancel a query", () -> wb.cancel(tag), killed -> message.set(killed
                ? "Cancelled: the server killed the query." : "Cancelled: the query had already finished on the "
                + "server, its rows are not shown."), e -> {
                    message.set("");
                    error.set("Could not cancel the query on the server: " + Formats.sentence(e));
                });
    }

    private void start(boolean profiled) {
        Map<String, Object> bind = checkedBind();
        QueryWorkbench wb = connected();
        if (bind == null || wb == null) {
            return;
        }
        String text = query.get();
        int limit = Math.max(1, rowLimit.get());
        String tag = "arango-console run " + UUID.randomUUID().toString().substring(0, 8);
        currentTag = tag;
        running.set(true);
        message.set(profiled ? "Profiling..." : "Running...");
        Instant started = Instant.now();
        current = tasks.run(profiled ? "profile a query" : "run a query",
                () -> {
                    QueryOutcome o = wb.run(text, bind, limit, profiled, tag);
                    return new Ran(o, o.plan() == null ? null : prepare(o.plan()));
                }, ran -> {
                    QueryOutcome outcome = ran.outcome();
                    running.set(false);
                    show(outcome, ran.plan(), limit);
                    own.ran(new ObservedQuery(ObservedQuery.Source.CONSOLE, null, wb.database(), text, bind,
                            started, outcome.runtimeSeconds(), outcome.peakMemoryBytes()), outcome.plan());
                }, this::failed);
    }

    /** A run's outcome with its plan prepared for the tree (off the FX thread). */
    private record Ran(QueryOutcome outcome, PlanView plan) {
    }

    /**
     * Prepares what the plan tree shows of {@code p}: the rows' texts and the view's own structure (see
     * {@link #preparePlansWith}). Any thread; the pane calls it in the background.
     */
    public PlanView prepare(QueryPlan p) {
        return preparer.apply(PlanView.of(p));
    }

    /** Lets the view build its structure for a plan off the FX thread (its tree items, not in a scene yet). */
    public void preparePlansWith(java.util.function.UnaryOperator<PlanView> prepare) {
        this.preparer = prepare;
    }

    private void show(QueryOutcome outcome, PlanView prepared, int limit) {
        ResultTable table = ResultTable.of(outcome.rows());
        List<ResultRow> shown = new ArrayList<>();
        for (int i = 0; i < table.cells().size(); i++) {
            shown.add(new ResultRow(i + 1, table.cells().get(i), outcome.rows().get(i).toString()));
        }
        columns.setAll(table.columns());
        rows.setAll(shown);
        json.set(pretty(outcome.rows()));
        if (prepared != null) {
            showPlan(prepared, "Profile: the plan as it ran, with each node's calls, items and runtime");
        }
        String figures = String.format(Locale.ROOT, "%s row%s%s in %s", Formats.count(outcome.rows().size()),
                outcome.rows().size() == 1 ? "" : "s", outcome.more() ? " (the first " + Formats.count(limit)
                        + "; more were not read)" : "", seconds(outcome.runtimeSeconds()));
        message.set(figures + (outcome.peakMemoryBytes() > 0 ? ", peak memory "
                + Formats.bytes(outcome.peakMemoryBytes()) : "") + ".");
        error.set(outcome.error() == null ? "" : "The query failed after " + Formats.count(outcome.rows().size())
                + " rows (kept above): " + outcome.error());
    }

    private void showPlan(PlanView v, String title) {
        plan.set(v.plan());
        planView.set(v);
        planTitle.set(title);
    }

    private void failed(Throwable e) {
        running.set(false);
        message.set("");
        // the rows of an earlier query would read as this one's
        rows.clear();
        columns.clear();
        json.set("");
        String sentence = Formats.sentence(e);
        error.set(sentence);
        errorPosition.set(AqlText.errorPosition(sentence));
    }

    private QueryWorkbench connected() {
        QueryWorkbench wb = workbench.get();
        if (wb == null) {
            error.set("Not connected yet: the query runs once the console is connected.");
        }
        return wb;
    }

    /** The bind variables, or null after saying what is wrong with them. */
    private Map<String, Object> checkedBind() {
        error.set("");
        errorPosition.set(null);
        String text = bindText.get() == null || bindText.get().isBlank() ? "{}" : bindText.get();
        Map<String, Object> bind;
        try {
            JsonNode node = JSON.readTree(text);
            if (node == null || !node.isObject()) {
                error.set("The bind variables must be one JSON object, such as {\"status\": \"open\"}.");
                return null;
            }
            bind = JSON.convertValue(node, JSON.getTypeFactory().constructMapType(LinkedHashMap.class, String.class,
                    Object.class));
        } catch (JsonProcessingException e) {
            error.set("The bind variables are not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ").");
            return null;
        }
        if (query.get() == null || query.get().isBlank()) {
            error.set("Type a query first.");
            return null;
        }
        String problems = AqlText.bindProblems(query.get(), bind);
        if (problems != null) {
            error.set(problems);
            return null;
        }
        return bind;
    }

    private static String pretty(List<JsonNode> rows) {
        try {
            return PRETTY.writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            return rows.toString();
        }
    }

    private static String seconds(double s) {
        return s < 1 ? String.format(Locale.ROOT, "%.0f ms", s * 1000) : String.format(Locale.ROOT, "%.2f s", s);
    }

    public StringProperty queryProperty() {
        return query;
    }

    public StringProperty bindTextProperty() {
        return bindText;
    }

    public IntegerProperty rowLimitProperty() {
        return rowLimit;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty errorProperty() {
        return error;
    }

    /** Line and column (from 1) of the last syntax error, or null. */
    public ObjectProperty<int[]> errorPositionProperty() {
        return errorPosition;
    }

    public ObservableList<String> columns() {
        return columns;
    }

    public ObservableList<ResultRow> rows() {
        return rows;
    }

    public StringProperty jsonProperty() {
        return json;
    }

    /** The plan shown, as the server gave it (read it; the pane shows {@link #planViewProperty()}). */
    public ReadOnlyObjectProperty<QueryPlan> planProperty() {
        return plan;
    }

    /** The plan shown, prepared for the tree. */
    public ObjectProperty<PlanView> planViewProperty() {
        return planView;
    }

    public StringProperty planTitleProperty() {
        return planTitle;
    }
}
