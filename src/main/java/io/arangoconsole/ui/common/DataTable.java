package io.arangoconsole.ui.common;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.scene.control.skin.VirtualFlow;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.scene.Parent;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * The one table helper: every table of the console gets the same behaviour from it. Sortable columns; a search box
 * that filters rows (Ctrl+F in the table); copy of the selected rows as TSV (Ctrl+C) or JSON, and CSV export of the
 * shown rows, from the context menu; a tooltip with the whole text of any cut cell; column widths that fit their
 * content; and rows keyed by id, so a refresh that replaces every row keeps the user's selection.
 *
 * <pre>{@code
 * DataTable.of(table, model.running(), RunningQuery::id).text(timeColumn, q -> Formats.duration(q.runTime()));
 * }</pre>
 *
 * @param <S> the row type
 */
public final class DataTable<S> {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DataTable.class);
    private static final Executor EXPORTS = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "table-export");
        t.setDaemon(true);
        return t;
    });
    private static final double MAX_FIT_WIDTH = 420;
    private static final javafx.scene.text.Font HEADER_FONT = javafx.scene.text.Font.font(
            javafx.scene.text.Font.getDefault().getFamily(), javafx.scene.text.FontWeight.BOLD,
            javafx.scene.text.Font.getDefault().getSize());
    private static final String SEARCH_KEY = DataTable.class.getName() + ".search";
    private final TableView<S> table;
    private final Function<S, ?> key;
    private final FilteredList<S> filtered;
    private final SortedList<S> sorted;
    private final TextField search = new TextField();
    private final Map<TableColumn<S, ?>, Function<S, String>> texts = new HashMap<>();
    private S toReveal; // the newest added row waiting for the layout that counts it
    private final Set<Object> selectedKeys = new LinkedHashSet<>();
    private boolean restoring;
    private boolean fitted;
    /** The font the theme draws this table's headers in, once styled (e.g. 14 px bold); until then an estimate. */
    private javafx.scene.text.Font headerFont;

    private DataTable(TableView<S> table, ObservableList<S> rows, Function<S, ?> key) {
        this.table = table;
        this.key = key;
        // registered before the filtered list's own listener: sees the selection before the table drops it
        rows.addListener((ListChangeListener<S>) c -> restoring = true);
        this.filtered = new FilteredList<>(rows);
        this.sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        // registered after the table's selection model: puts the selection back once the rows are replaced
        sorted.addListener((ListChangeListener<S>) c -> restoreSelection());
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<S>) c -> rememberSelection());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        search.setPromptText("Search (Ctrl+F)");
        search.getStyleClass().add("table-search");
        search.setAccessibleText("Search the rows of this table");
        search.textProperty().addListener((obs, old, now) -> filtered.setPredicate(r -> rows().matches(r, now)));
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                search.clear();
                table.requestFocus();
            }
        });
        table.setOnKeyPressed(e -> {
            if (new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN).match(e)) {
                copy(false);
                e.consume();
            } else if (new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN).match(e)) {
                focusSearch();
                e.consume();
            }
        });
        table.setContextMenu(contextMenu());
        table.getColumns().forEach(this::prepare);
        // columns made later (a query's result columns) get the same cells, sorting and whole headers
        table.getColumns().addListener((ListChangeListener<TableColumn<S, ?>>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(this::prepare);
            }
        });
        // once styled and laid out, the headers' real font is known: minimums measured again with it
        table.widthProperty().addListener(o -> measureHeaderFont());
        rows.addListener((ListChangeListener<S>) c -> fitOnce());
        fitOnce();
        placeSearch();
    }

    /**
     * Gives {@code table} the helper's behaviour over {@code rows} (the view model's list; the table shows a filtered,
     * sorted view of it). {@code key} identifies a row across refreshes (an id, a name).
     */
    public static <S> DataTable<S> of(TableView<S> table, ObservableList<S> rows, Function<S, ?> key) {
        return new DataTable<>(table, rows, key);
    }

    /** How {@code column} reads when searched, copied or exported (default: its cell value as text). */
    public DataTable<S> text(TableColumn<S, ?> column, Function<S, String> text) {
        texts.put(column, text);
        return this;
    }

    /** Scrolls a newly added row into view (a queue whose new entries would land below the visible rows). */
    public DataTable<S> followNewRows() {
        sorted.addListener((ListChangeListener<S>) c -> {
            while (c.next()) {
                if (c.wasAdded() && !c.wasReplaced() && c.getAddedSize() > 0) {
                    // After the layout pulse: scrolling while new rows have no measured height yet leaves the last
                    // one just below the fold when the theme's rows are taller than the estimate.
                    S newest = c.getAddedSubList().get(c.getAddedSize() - 1);
                    reveal(newest);
                    boolean scheduled = toReveal != null;
                    toReveal = newest;
                    if (!scheduled) {
                        Platform.runLater(this::revealAfterLayout);
                    }
                }
            }
        });
        return this;
    }

    /**
     * Reveals the newest added row once the table has laid out its new row count. The flow keeps its position as an
     * offset measured against the count it last laid out, so scrolling before that layout (a later pulse on a loaded
     * machine) would be undone by it; laying out here makes the order certain.
     */
    private void revealAfterLayout() {
        S item = toReveal;
        toReveal = null;
        if (item != null) {
            table.layout();
            reveal(item);
        }
    }

    /**
     * Scrolls just enough for {@code item}'s row to be whole in view. The table's own {@code scrollTo} puts the row
     * at the top and, near the end, can leave the last row below the fold when the theme's rows are taller than the
     * flow's estimate.
     */
    private void reveal(S item) {
        int index = table.getItems().indexOf(item);
        if (index < 0) {
            return;
        }
        if (table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            if (index == table.getItems().size() - 1) {
                flow.setPosition(1.0); // the very end, whatever the rows' measured heights
            } else {
                flow.scrollTo(index);
            }
        } else {
            table.scrollTo(index);
        }
    }

    /**
     * Moves the search box into {@code header} (the table's title row) instead of a row of its own above the table:
     * a table in a short pane keeps that row's height for its rows.
     */
    public DataTable<S> searchIn(javafx.scene.layout.Pane header) {
        Parent bar = search.getParent();
        if (bar != null && bar.getParent() instanceof VBox box) {
            box.getChildren().remove(bar);
        }
        header.getChildren().add(search);
        return this;
    }

    /** The search box; placed above the table when its parent is a VBox, else where the view puts it. */
    public TextField searchField() {
        return search;
    }

    /** Focuses the search box (Ctrl+F), if it is on screen. */
    public void focusSearch() {
        if (search.getScene() != null) {
            search.requestFocus();
            search.selectAll();
        }
    }

    /** The rows shown now (filtered and sorted), as text per column. */
    public TableRows<S> rows() {
        List<String> titles = new ArrayList<>();
        List<Function<S, String>> cells = new ArrayList<>();
        for (TableColumn<S, ?> column : table.getVisibleLeafColumns()) {
            if (column.getText() == null || column.getText().isBlank()) {
                continue; // buttons, not data
            }
            titles.add(title(column));
            cells.add(r -> cellText(column, r));
        }
        return new TableRows<>(titles, cells);
    }

    /** Copies the selected rows (every shown row when none is selected) as TSV, or JSON. */
    public void copy(boolean json) {
        List<S> picked = new ArrayList<>(table.getSelectionModel().getSelectedItems());
        List<S> rows = picked.isEmpty() ? List.copyOf(sorted) : picked;
        ClipboardContent content = new ClipboardContent();
        content.putString(json ? rows().json(rows) : rows().tsv(rows));
        Clipboard.getSystemClipboard().setContent(content);
    }

    private ContextMenu contextMenu() {
        MenuItem tsv = new MenuItem("Copy selected rows (TSV)");
        tsv.setAccelerator(new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN));
        tsv.setOnAction(e -> copy(false));
        MenuItem json = new MenuItem("Copy selected rows as JSON");
        json.setOnAction(e -> copy(true));
        MenuItem csv = new MenuItem("Export shown rows as CSV...");
        csv.setOnAction(e -> exportCsv());
        MenuItem find = new MenuItem("Search...");
        find.setAccelerator(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN));
        find.setOnAction(e -> focusSearch());
        return new ContextMenu(tsv, json, new SeparatorMenuItem(), csv, find);
    }

    private void exportCsv() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export as CSV");
        chooser.setInitialFileName((table.getId() == null ? "table" : table.getId()) + ".csv");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV (*.csv)", "*.csv"));
        File file = chooser.showSaveDialog(table.getScene() == null ? null : table.getScene().getWindow());
        if (file == null) {
            return;
        }
        String text = rows().csv(List.copyOf(sorted));
        Path target = file.toPath();
        new FxTaskRunner(EXPORTS).run("export table as CSV", () -> {
            Path temp = Files.createTempFile(target.toAbsolutePath().getParent(), target.getFileName() + "", ".tmp");
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            return Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }, saved -> { }, e -> {
            LOG.warn("Could not export {} rows to {}", table.getId(), target, e);
            new ContextMenu(new MenuItem("Could not write " + target.getFileName() + ": the folder may be read-only "
                    + "or full.")).show(table, javafx.geometry.Side.BOTTOM, 0, 0);
        });
    }

    private String cellText(TableColumn<S, ?> column, S row) {
        Function<S, String> custom = texts.get(column);
        if (custom != null) {
            return custom.apply(row);
        }
        Object value = column.getCellObservableValue(row) == null ? null
                : column.getCellObservableValue(row).getValue();
        return value == null ? "" : value instanceof Enum<?> e ? e.name() : value.toString();
    }

    private static String title(TableColumn<?, ?> column) {
        javafx.scene.control.TableColumnBase<?, ?> parent = column.getParentColumn();
        return parent == null || parent.getText() == null || parent.getText().isBlank() ? column.getText()
                : parent.getText() + " " + column.getText();
    }

    /** How wide a column must be for its title to show whole, with the header's padding and sort arrow. */
    private double headerWidth(String title) {
        return TextWidths.of(title, headerFont == null ? HEADER_FONT : headerFont) + 26;
    }

    private void measureHeaderFont() {
        if (headerFont == null && table.lookup(".column-header .label") instanceof javafx.scene.control.Labeled l
                && l.getFont() != null) {
            headerFont = l.getFont();
            keepHeadersWhole(table.getColumns());
        }
    }

    private void keepHeadersWhole(List<? extends TableColumn<S, ?>> columns) {
        for (TableColumn<S, ?> column : columns) {
            keepHeadersWhole(column.getColumns());
            if (column.getColumns().isEmpty() && column.getText() != null && !column.getText().isBlank()) {
                column.setMinWidth(Math.max(column.getMinWidth(), headerWidth(column.getText())));
            }
        }
    }

    /**
     * Plain-text columns get the cut-text cell (ellipsis, tooltip); columns with their own cells keep them. No
     * titled column may be narrower than its title: a cut header is never shown (every table, so no pane forgets).
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private void prepare(TableColumn<S, ?> column) {
        column.getColumns().forEach(this::prepare);
        column.setSortable(column.getText() != null && !column.getText().isBlank());
        keepHeadersWhole(List.of(column));
        if (column.getComparator() == TableColumn.DEFAULT_COMPARATOR) {
            ((TableColumn) column).setComparator(DataTable::compareValues);
        }
        if ((Object) column.getCellFactory() == TableColumn.DEFAULT_CELL_FACTORY) {
            ((TableColumn) column).setCellFactory(c -> new CutTextCell<S, Object>(v -> v instanceof Enum<?> e
                    ? e.name() : String.valueOf(v)));
        }
    }

    /** Numbers and other comparable values in their order; anything else (a job, a row object) by its text. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compareValues(Object a, Object b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        if (a instanceof Comparable ca && a.getClass() == b.getClass()) {
            return ca.compareTo(b);
        }
        return String.valueOf(a).compareToIgnoreCase(String.valueOf(b));
    }

    /**
     * Widths that fit: once rows exist, text columns narrower than their widest text (header included, first 50
     * rows) grow into the table's free width, never past it, so no column (e.g. the buttons) is pushed out of view.
     */
    private void fitOnce() {
        if (fitted || sorted.isEmpty() || table.getWidth() <= 0) {
            if (!fitted && table.getWidth() <= 0) {
                table.widthProperty().addListener(new javafx.beans.InvalidationListener() {
                    @Override
                    public void invalidated(javafx.beans.Observable obs) {
                        table.widthProperty().removeListener(this);
                        fitOnce();
                    }
                });
            }
            return;
        }
        fitted = true;
        List<S> sample = sorted.subList(0, Math.min(50, sorted.size()));
        List<TableColumn<S, ?>> columns = table.getVisibleLeafColumns();
        double used = columns.stream().mapToDouble(TableColumn::getWidth).sum();
        double free = table.getWidth() - used - 20;
        for (TableColumn<S, ?> column : columns) {
            if (free <= 0) {
                return;
            }
            if (column.getText() == null || column.getText().isBlank()) {
                continue;
            }
            double widest = headerWidth(column.getText());
            for (S row : sample) {
                widest = Math.max(widest, TextWidths.of(cellText(column, row), null) + 20);
            }
            double grow = Math.min(free, Math.min(MAX_FIT_WIDTH, widest) - column.getWidth());
            if (grow > 0) {
                column.setPrefWidth(column.getWidth() + grow);
                free -= grow;
            }
        }
    }

    private void rememberSelection() {
        if (restoring) {
            return;
        }
        selectedKeys.clear();
        for (S row : table.getSelectionModel().getSelectedItems()) {
            if (row != null) {
                selectedKeys.add(key.apply(row));
            }
        }
    }

    private void restoreSelection() {
        if (!restoring) {
            return;
        }
        try {
            if (selectedKeys.isEmpty()) {
                return;
            }
            table.getSelectionModel().clearSelection();
            for (int i = 0; i < sorted.size(); i++) {
                if (selectedKeys.contains(key.apply(sorted.get(i)))) {
                    table.getSelectionModel().select(i);
                }
            }
        } finally {
            restoring = false;
            rememberSelection();
        }
    }

    /**
     * Puts the search box above the table when the table sits in a VBox (every pane's FXML puts its tables in one);
     * else the view places {@link #searchField()} itself.
     */
    private void placeSearch() {
        search.setPrefColumnCount(18);
        table.getProperties().put(SEARCH_KEY, search);
        if (table.getParent() instanceof VBox box) {
            HBox bar = new HBox(search);
            HBox.setHgrow(search, Priority.NEVER);
            box.getChildren().add(box.getChildren().indexOf(table), bar);
        }
    }

    /** The search field of a table given this helper's behaviour, or null: for checks that every table has one. */
    public static TextField searchOf(TableView<?> table) {
        return (TextField) table.getProperties().get(SEARCH_KEY);
    }
}
