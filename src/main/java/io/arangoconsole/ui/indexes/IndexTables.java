package io.arangoconsole.ui.indexes;

import io.arangoconsole.core.indexes.DiffRow;
import io.arangoconsole.core.indexes.DiffStatus;
import io.arangoconsole.core.indexes.IndexJob;
import io.arangoconsole.core.indexes.Measurement;
import io.arangoconsole.ui.common.Formats;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.TableColumn;

/** Cell values of the Indexes pane's three tables: how each field of a row reads. */
final class IndexTables {
    static final String NONE = Formats.NONE;

    private IndexTables() {
    }

    static <S, T> void value(TableColumn<S, T> column, Function<S, T> getter) {
        column.setCellValueFactory(c -> constant(getter.apply(c.getValue())));
    }

    static <S> void self(TableColumn<S, S> column) {
        column.setCellValueFactory(c -> constant(c.getValue()));
    }

    private static <T> ObservableValue<T> constant(T value) {
        return new ReadOnlyObjectWrapper<>(value);
    }

    static String fields(DiffRow row) {
        return "[" + String.join(", ", row.fields()) + "]" + (row.planned() != null && row.planned().unique()
                ? " unique" : "") + (row.planned() != null && row.planned().sparse() ? " sparse" : "");
    }

    static String size(DiffRow row) {
        return row.size() < 0 ? NONE : Formats.bytes(row.size());
    }

    /**
     * As a percentage with three significant digits, as ArangoDB's web UI shows it: a status index over 40,000
     * documents with 5 values is {@code 0.0125 %}, not a misleading {@code 0.000}.
     */
    static String selectivity(DiffRow row) {
        Double s = row.selectivity();
        if (s == null) {
            return NONE;
        }
        double percent = s * 100;
        return percent >= 99.95 ? "100 %" : percent == 0 ? "0 %"
                : new java.math.BigDecimal(percent).round(new java.math.MathContext(3)).stripTrailingZeros()
                        .toPlainString() + " %";
    }

    static String type(DiffRow row) {
        return row.status() == DiffStatus.SKIPPED ? NONE : row.type();
    }

    /** Elapsed and ETA of builds, as the Jobs pane shows the same build ({@link Formats#duration}). */
    static String duration(Duration d) {
        return d == null || d.isZero() ? NONE : Formats.duration(d);
    }

    static String state(IndexJob job) {
        return job.state().name().toLowerCase(Locale.ROOT);
    }

    /** {@code IndexNode}, {@code EnumerateCollectionNode} or the error, for one side of the proof. */
    static String node(Measurement m) {
        if (m == null) {
            return NONE;
        }
        if (m.error() != null) {
            return "error: " + m.error();
        }
        return m.usesIndex() ? "IndexNode" : m.scansCollection() ? "EnumerateCollectionNode" : "other";
    }

    static String index(Measurement m) {
        return m == null || m.plan() == null || m.plan().indexes().isEmpty() ? NONE
                : String.join(", ", m.plan().indexes());
    }

    static String cost(Measurement m) {
        return m == null || m.plan() == null ? NONE : Formats.count(Math.round(m.plan().estimatedCost()));
    }

    static String millis(Measurement m) {
        return m == null || m.plan() == null ? NONE
                : Formats.latency(java.time.Duration.ofNanos(Math.round(m.millis() * 1_000_000)));
    }

    /** The Node / Index used / Est. cost / Measured columns under "Before" or "After". */
    static void proofSide(TableColumn<ProofLine, String> parent, Function<ProofLine, Measurement> side) {
        TableColumn<ProofLine, String> node = new TableColumn<>("Node");
        TableColumn<ProofLine, String> index = new TableColumn<>("Index used");
        TableColumn<ProofLine, String> cost = new TableColumn<>("Est. cost");
        TableColumn<ProofLine, String> ms = new TableColumn<>("Measured");
        value(node, l -> node(side.apply(l)));
        value(index, l -> index(side.apply(l)));
        value(cost, l -> cost(side.apply(l)));
        value(ms, l -> millis(side.apply(l)));
        node.setPrefWidth(210);
        index.setPrefWidth(130);
        cost.setPrefWidth(85);
        ms.setPrefWidth(95);
        parent.getColumns().setAll(node, index, cost, ms);
    }
}
