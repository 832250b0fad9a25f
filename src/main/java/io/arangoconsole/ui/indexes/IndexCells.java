package io.arangoconsole.ui.indexes;

import io.arangoconsole.ui.common.Formats;
import io.arangoconsole.core.indexes.DiffStatus;
import io.arangoconsole.core.indexes.IndexJob;
import io.arangoconsole.ui.common.TextTipCell;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/** The Indexes pane's table cells: a coloured status badge, a progress bar with its percentage, a Cancel button. */
final class IndexCells {
    private IndexCells() {
    }

    /** PRESENT, MISSING, ... as a badge; its colour comes from {@code .index-badge-<status>} in app.css. */
    static <S> TableCell<S, DiffStatus> statusBadge() {
        return new TableCell<>() {
            private final Label badge = new Label();

            {
                badge.setMinWidth(Region.USE_PREF_SIZE);
            }

            @Override
            protected void updateItem(DiffStatus status, boolean empty) {
                super.updateItem(status, empty);
                if (empty || status == null) {
                    setGraphic(null);
                    return;
                }
                badge.setText(status.name());
                badge.getStyleClass().setAll("index-badge", "index-badge-" + status.name().toLowerCase(Locale.ROOT));
                setGraphic(badge);
            }
        };
    }

    /** Text that may be cut off, whole in a tooltip (reasons and messages are full sentences). */
    static <S> TableCell<S, String> textWithTooltip() {
        return new TextTipCell<>(480);
    }

    /** A job's percent done as a bar with the number on it; indeterminate while the server has said nothing. */
    static TableCell<IndexJob, IndexJob> progress() {
        return new TableCell<>() {
            private final ProgressBar bar = new ProgressBar();
            private final Label text = new Label();
            private final StackPane box = new StackPane(bar, text);

            {
                bar.setMaxWidth(Double.MAX_VALUE);
                text.getStyleClass().add("index-progress-text");
            }

            @Override
            protected void updateItem(IndexJob job, boolean empty) {
                super.updateItem(job, empty);
                if (empty || job == null) {
                    setGraphic(null);
                    return;
                }
                boolean unknown = job.state() == IndexJob.State.RUNNING && job.percent() <= 0;
                bar.setProgress(unknown ? ProgressBar.INDETERMINATE_PROGRESS : job.percent() / 100);
                text.setText(unknown ? "" : Formats.progress(job.percent(), job.shards()));
                setGraphic(box);
            }
        };
    }

    /** Cancel on unfinished jobs; the handler asks for confirmation where needed. */
    static TableCell<IndexJob, IndexJob> cancel(Consumer<IndexJob> onCancel) {
        return new TableCell<>() {
            private final Button button = new Button("Cancel");

            {
                button.getStyleClass().addAll("small", "flat");
                button.setOnAction(e -> onCancel.accept(getItem()));
            }

            @Override
            protected void updateItem(IndexJob job, boolean empty) {
                super.updateItem(job, empty);
                setGraphic(empty || job == null || job.state().finished() ? null : button);
            }
        };
    }
}
