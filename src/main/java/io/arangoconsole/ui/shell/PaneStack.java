package io.arangoconsole.ui.shell;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;

/**
 * The main window's content area (decision 0085): every pane built so far lives here, in the window's scene, laid out
 * at the area's size; only the pane shown is visible. A pane built ahead of its opening is added hidden, so its skins,
 * styles and first layout are made at idle in the scene it will be shown in, and opening it later is a visibility
 * change, not a move into a new scene (which re-applies every style and logged spurious CSS warnings). The area's
 * sizes are those of the shown pane alone, as when it held one child. To whatever walks the scene graph through
 * {@link #getChildrenUnmodifiable()} (accessibility, focus traversal, a test robot's node queries) only the shown pane
 * is a child, as before: a hidden pane is not there for a user or a robot to find.
 */
public final class PaneStack extends StackPane {
    private final ObservableList<Node> shownOnly = FXCollections.observableArrayList();
    private final ObservableList<Node> shownOnlyView = FXCollections.unmodifiableObservableList(shownOnly);

    /** The pane shown alone (see the class comment); layout, CSS and rendering still see every child. */
    @Override
    public ObservableList<Node> getChildrenUnmodifiable() {
        return shownOnlyView;
    }

    /** Adds {@code pane} hidden if it is not here yet: it is styled and laid out at the next pulse, unseen. */
    public void addHidden(Node pane) {
        if (pane.getParent() != this) {
            pane.setVisible(false);
            getChildren().add(pane);
        }
    }

    /**
     * Makes {@code pane} the one shown (added if needed), the others hidden. It also becomes the first child, so a
     * lookup by id or style class finds the shown pane's node before a hidden pane's of the same name.
     */
    public void show(Node pane) {
        if (pane.getParent() != this) {
            getChildren().add(0, pane);
        } else {
            pane.toBack(); // a permutation: the pane stays in the scene, nothing is re-styled
        }
        pane.setVisible(true);
        for (Node other : getChildren()) {
            if (other != pane) {
                other.setVisible(false);
            }
        }
        shownOnly.setAll(pane);
        requestLayout();
    }

    /** The pane shown, or null before the first. */
    public Node shown() {
        for (Node child : getChildren()) {
            if (child.isVisible()) {
                return child;
            }
        }
        return null;
    }

    @Override
    protected double computeMinWidth(double height) {
        Node shown = shown();
        return shown == null ? super.computeMinWidth(height) : horizontal() + shown.minWidth(-1);
    }

    @Override
    protected double computeMinHeight(double width) {
        Node shown = shown();
        return shown == null ? super.computeMinHeight(width) : vertical() + shown.minHeight(-1);
    }

    @Override
    protected double computePrefWidth(double height) {
        Node shown = shown();
        return shown == null ? super.computePrefWidth(height) : horizontal() + shown.prefWidth(-1);
    }

    @Override
    protected double computePrefHeight(double width) {
        Node shown = shown();
        return shown == null ? super.computePrefHeight(width)
                : vertical() + shown.prefHeight(width < 0 ? -1 : Math.max(0, width - horizontal()));
    }

    private double horizontal() {
        return snappedLeftInset() + snappedRightInset();
    }

    private double vertical() {
        return snappedTopInset() + snappedBottomInset();
    }
}
