package io.arangoconsole.ui.shell;

import io.arangoconsole.settings.Theme;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Button;
import javafx.geometry.Pos;
import javafx.scene.control.MenuBar;
import javafx.scene.shape.Rectangle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;

/** Binds the main window's layout to the {@link ShellViewModel}; built panes replace the placeholder. */
public final class ShellView {

    private final ShellViewModel model;
    private final Map<PaneId, Supplier<Node>> builtPanes;
    /** Each built pane is created once and kept, so switching back keeps its state. */
    private final Map<PaneId, Node> created = new EnumMap<>(PaneId.class);

    @FXML private ToggleButton themeButton;
    @FXML private MenuBar menuBar;
    @FXML private Label profileBadge;
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark");
    private Map<PaneId, Runnable> refreshers = Map.of();
    private Runnable userGuide = () -> { };
    @FXML private ListView<PaneId> navigation;
    @FXML private PaneStack content;
    @FXML private VBox placeholder;
    @FXML private Label paneTitle;
    @FXML private Label paneText;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Label busyLabel;
    @FXML private Label endpointLabel;
    @FXML private Label targetBadge;
    @FXML private Label sandboxBadge;
    @FXML private Label versionLabel;
    @FXML private Label roleLabel;
    @FXML private Label latencyLabel;
    @FXML private Label errorLabel;
    @FXML private Label failoverLabel;
    @FXML private Label clusterLabel;
    @FXML private Button jobsButton;
    @FXML private Label lagBadge;

    /**
     * @param builtPanes the panes that exist, by id; every other pane shows its placeholder
     */
    public ShellView(ShellViewModel model, Map<PaneId, Supplier<Node>> builtPanes) {
        this.model = model;
        this.builtPanes = Map.copyOf(builtPanes);
    }

    @FXML
    private void initialize() {
        // A pane taller than the window must not push the status bar (and its jobs button) out of it: the content
        // area may shrink below its panes' minimum, and what does not fit is clipped, not drawn over the bar.
        content.setMinHeight(0);
        content.setAlignment(Pos.TOP_LEFT);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(content.widthProperty());
        clip.heightProperty().bind(content.heightProperty());
        content.setClip(clip);
        navigation.setItems(model.panes());
        navigation.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(PaneId item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.title());
            }
        });
        navigation.getSelectionModel().select(model.selectedPaneProperty().get());
        navigation.getSelectionModel().selectedItemProperty().addListener((obs, old, pane) -> {
            if (pane != null) {
                model.selectedPaneProperty().set(pane);
            }
        });
        model.selectedPaneProperty().addListener((obs, old, pane) -> show(pane));
        show(model.selectedPaneProperty().get());

        // the theme as a real toggle: pressed means dark, in the header and in the View menu alike
        dark.set(model.themeProperty().get() == Theme.DARK);
        model.themeProperty().addListener((obs, old, theme) -> dark.set(theme == Theme.DARK));
        dark.addListener((obs, old, isDark) -> {
            if (isDark != (model.themeProperty().get() == Theme.DARK)) {
                model.toggleTheme();
            }
        });
        themeButton.selectedProperty().bindBidirectional(dark);
        ShellMenu.fill(menuBar, new MenuActions(), dark, ShellMenu::showShortcuts);
        profileBadge.textProperty().bind(Bindings.createStringBinding(() -> model.environmentProperty().get() == null
                ? "" : model.profileProperty().get() + " \u00b7 " + model.environmentProperty().get().display(),
                model.profileProperty(), model.environmentProperty()));
        profileBadge.visibleProperty().bind(profileBadge.textProperty().isNotEmpty());
        profileBadge.managedProperty().bind(profileBadge.visibleProperty());
        model.environmentProperty().addListener((obs, old, env) -> {
            profileBadge.getStyleClass().removeIf(c -> c.startsWith("env-") && !c.equals("env-badge"));
            if (env != null) {
                profileBadge.getStyleClass().add("env-" + env.display());
            }
            profileBadge.setAccessibleText(env == null ? "" : "Environment " + env.display());
        });
        bindStatus(model.status());
    }

    /** What F5 / Ctrl+R refreshes in each pane, and what Help, User guide opens. */
    public void setCommands(Map<PaneId, Runnable> paneRefreshers, Runnable openUserGuide) {
        this.refreshers = Map.copyOf(paneRefreshers);
        this.userGuide = openUserGuide;
    }

    /** The menu's and the shortcuts' actions on the pane shown now. */
    private final class MenuActions implements ShellMenu.Actions {
        @Override
        public void show(PaneId pane) {
            model.selectedPaneProperty().set(pane);
        }

        @Override
        public void refresh() {
            refreshers.getOrDefault(model.selectedPaneProperty().get(), () -> { }).run();
        }

        @Override
        public void search() {
            Node shown = content.shown(); // the hidden panes' search fields are in the scene too
            if (shown != null) {
                shown.lookupAll(".table-search").stream().filter(Node::isVisible).findFirst()
                        .ifPresent(Node::requestFocus);
            }
        }

        @Override
        public void delete() {
            Node shown = content.shown();
            for (String id : new String[] {"#killButton", "#dropButton"}) {
                Node button = shown == null ? null : shown.lookup(id);
                if (button instanceof Button b && !b.isDisabled() && b.getScene() != null) {
                    b.fire();
                    return;
                }
            }
        }

        @Override
        public void quit() {
            if (content.getScene() != null && content.getScene().getWindow() != null) {
                content.getScene().getWindow().hide();
            }
        }

        @Override
        public void openUserGuide() {
            userGuide.run();
        }
    }

    private void bindStatus(StatusViewModel status) {
        busyIndicator.visibleProperty().bind(status.busyProperty());
        busyLabel.textProperty().bind(status.busyTextProperty());
        endpointLabel.textProperty().bind(status.endpointProperty());
        targetBadge.textProperty().bind(status.labelProperty());
        // one badge for the sandbox: its own ("Sandbox: demo data in memory"), not also a "sandbox" label
        targetBadge.visibleProperty().bind(status.labelProperty().isNotEmpty().and(status.sandboxProperty().not()));
        targetBadge.managedProperty().bind(targetBadge.visibleProperty());
        sandboxBadge.visibleProperty().bind(status.sandboxProperty());
        versionLabel.textProperty().bind(status.versionProperty());
        roleLabel.textProperty().bind(Bindings.when(status.roleProperty().isEmpty()).then("")
                .otherwise(Bindings.concat("role ", status.roleProperty())));
        latencyLabel.textProperty().bind(Bindings.when(status.latencyProperty().isEmpty()).then("")
                .otherwise(Bindings.concat("latency ", status.latencyProperty())));
        errorLabel.textProperty().bind(status.errorProperty());
        for (Node node : new Node[] {busyIndicator, busyLabel, sandboxBadge}) {
            node.managedProperty().bind(node.visibleProperty());
        }
        showWhenNotEmpty(busyLabel, status.busyTextProperty());
        showWhenNotEmpty(versionLabel, status.versionProperty());
        showWhenNotEmpty(roleLabel, status.roleProperty());
        showWhenNotEmpty(latencyLabel, status.latencyProperty());
        showWhenNotEmpty(errorLabel, status.errorProperty());
        failoverLabel.textProperty().bind(status.failoverProperty());
        showWhenNotEmpty(failoverLabel, status.failoverProperty());
        clusterLabel.textProperty().bind(status.clusterProperty());
        showWhenNotEmpty(clusterLabel, status.clusterProperty());
        clusterLabel.styleProperty().bind(Bindings.when(status.clusterHealthyProperty()).then("")
                .otherwise("-fx-text-fill: -color-danger-fg;"));
        // the running jobs, whichever pane started them, one click away from any pane
        jobsButton.textProperty().bind(model.jobsSummaryProperty());
        showWhenNotEmpty(jobsButton, model.jobsSummaryProperty());
        lagBadge.textProperty().bind(model.lagAlertProperty());
        showWhenNotEmpty(lagBadge, model.lagAlertProperty());
    }

    private static void showWhenNotEmpty(Node node, ReadOnlyStringProperty text) {
        node.visibleProperty().bind(text.isNotEmpty());
        node.managedProperty().bind(node.visibleProperty());
    }

    private void show(PaneId pane) {
        if (navigation.getSelectionModel().getSelectedItem() != pane) {
            navigation.getSelectionModel().select(pane);
        }
        Node built = build(pane);
        if (built != null) {
            content.show(built);
            return;
        }
        paneTitle.setText(pane.title());
        paneText.setText(pane.placeholder());
        content.show(placeholder);
    }

    /**
     * Builds {@code pane} if it is not yet and puts it, hidden, in the window's content area, where the next pulses
     * style and lay it out at the area's size (decision 0085): its first opening is then a visibility change. A pane
     * already there is left as it is; a pane without a view is ignored. FX thread.
     */
    public void addHidden(PaneId pane) {
        Node built = build(pane);
        if (built != null) {
            content.addHidden(built);
        }
    }

    private Node build(PaneId pane) {
        Supplier<Node> built = builtPanes.get(pane);
        return built == null ? null : created.computeIfAbsent(pane, p -> built.get());
    }

    @FXML
    private void showJobs() {
        show(PaneId.JOBS);
    }

    @FXML
    private void toggleTheme() {
        // the toggle's selected state drives the theme through its binding
    }
}
