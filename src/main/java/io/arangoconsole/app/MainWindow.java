package io.arangoconsole.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import io.arangoconsole.settings.Settings;
import io.arangoconsole.settings.Theme;
import io.arangoconsole.settings.WindowGeometry;
import io.arangoconsole.ui.common.Views;
import io.arangoconsole.ui.overview.OverviewView;
import io.arangoconsole.ui.shell.ShellView;
import io.arangoconsole.ui.shell.ShellViewModel;
import io.arangoconsole.ui.connections.ConnectionsView;
import io.arangoconsole.ui.indexes.IndexesView;
import io.arangoconsole.ui.jobs.JobsView;
import io.arangoconsole.ui.sync.SyncView;
import io.arangoconsole.ui.shell.PaneId;
import java.util.function.Supplier;
import javafx.scene.Node;
import io.arangoconsole.ui.caches.CachesView;
import io.arangoconsole.ui.cluster.ClusterView;
import io.arangoconsole.ui.queries.QueriesView;
import java.util.List;
import java.util.Map;
import javafx.application.Application;
import javafx.beans.InvalidationListener;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import io.arangoconsole.ui.common.ServerGuard;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/** The main stage: the shell view, the theme, and the window geometry kept in the settings. */
public final class MainWindow {

    static final String APP_CSS = "/io/arangoconsole/ui/app.css";
    private static final double DEFAULT_WIDTH = 1100;
    private static final double DEFAULT_HEIGHT = 720;

    private final Stage stage;
    private final Settings settings;
    private final ShellViewModel shell;

    public MainWindow(Stage stage, Settings settings, ShellViewModel shell) {
        this(stage, settings, shell, Map.of(), Map.of(), () -> io.arangoconsole.ui.common.ServerGuard.UNKNOWN,
                new StartupTimeline());
    }

    /** The main window with the built panes of {@code context}. */
    public MainWindow(Stage stage, AppContext context) {
        this(stage, context.settings(), context.shell(), Map.of(
                PaneId.WORKBENCH, once(() -> Views.load(new io.arangoconsole.ui.insight.WorkbenchView(
                        context.insight().workbench, context.insight().shapes))),
                PaneId.CONNECTIONS, once(() -> Views.load(new ConnectionsView(context.connections()))),
                PaneId.INDEXES, once(() -> Views.load(new IndexesView(context.indexes()))),
                PaneId.OVERVIEW, once(() -> Views.load(new OverviewView(context.overview()))),
                PaneId.QUERIES, once(() -> Views.load(new QueriesView(context.monitoring().queries,
                        context.monitoring().alerts))),
                PaneId.CACHES, once(() -> Views.load(new CachesView(context.monitoring().cachesPane))),
                PaneId.SYNC, once(() -> Views.load(new SyncView(context.sync()))),
                PaneId.JOBS, once(() -> Views.load(new JobsView(context.jobs()))),
                PaneId.CLUSTER, once(() -> Views.load(new ClusterView(context.cluster())))),
                Map.of(PaneId.OVERVIEW, context.overview()::refresh, PaneId.INDEXES, context.indexes()::refresh,
                        PaneId.QUERIES, context.monitoring().queries::refresh,
                        PaneId.CACHES, context.monitoring().cachesPane::loadCacheSettings,
                        PaneId.CLUSTER, context.cluster()::refresh),
                context::guard, context.timeline());
        // Sampling runs while the window is open; stopped here, on the FX thread, before the executor shuts down.
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> context.monitoring().model.stop());
        // the cluster's summary is repeated in the status bar, so it is read while the window is open
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> context.cluster().activate());
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> context.cluster().deactivate());
    }

    private MainWindow(Stage stage, Settings settings, ShellViewModel shell, Map<PaneId, Supplier<Node>> panes,
                       Map<PaneId, Runnable> refreshers, Supplier<ServerGuard> guard, StartupTimeline timeline) {
        this.stage = stage;
        this.settings = settings;
        this.shell = shell;
        ShellView view = new ShellView(shell, panes);
        Parent root = Views.load(view);
        view.setCommands(refreshers, () -> {
            javafx.scene.control.Alert guide = new javafx.scene.control.Alert(
                    javafx.scene.control.Alert.AlertType.INFORMATION, "The user guide, task by task, is "
                    + "docs/user-guide.md in the console's source; README.md covers setup, the sandbox and the "
                    + "command line. F1 lists the keyboard shortcuts.");
            guide.initOwner(stage);
            guide.setHeaderText("User guide");
            guide.show();
        });
        Scene scene = new Scene(root, DEFAULT_WIDTH, DEFAULT_HEIGHT);
        ServerGuard.install(scene, guard);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN),
                () -> refreshers.getOrDefault(shell.selectedPaneProperty().get(), () -> { }).run());
        scene.getStylesheets().add(MainWindow.class.getResource(APP_CSS).toExternalForm());
        // Closing the last window exits the application (ConsoleApp.stop tears down); Ctrl/Cmd+Q does the same.
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), stage::close);
        stage.setScene(scene);
        stage.setTitle(shell.title());
        // the title names the profile and its environment: a production window is told apart in the task bar
        shell.profileProperty().addListener(obs -> stage.setTitle(shell.title()));
        shell.environmentProperty().addListener(obs -> stage.setTitle(shell.title()));
        stage.setMinWidth(WindowGeometry.MIN_WIDTH);
        stage.setMinHeight(WindowGeometry.MIN_HEIGHT);
        applyTheme(settings.themeProperty().get());
        settings.themeProperty().addListener((obs, old, theme) -> applyTheme(theme));
        restoreGeometry();
        markCardsShown(scene, timeline);
        List<PanePrebuild.Step> prebuild = panes.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(p -> new PanePrebuild.Step(p.getValue(), () -> view.addHidden(p.getKey()))).toList();
        stage.setOnShown(e -> {
            shell.activate();
            PanePrebuild.start(stage, prebuild, timeline);
        });
        stage.setOnHidden(e -> shell.deactivate());
    }

    /** The first layout pass after the Overview's model got its first stats is when its cards are shown. */
    private static void markCardsShown(Scene scene, StartupTimeline timeline) {
        Runnable[] check = new Runnable[1];
        check[0] = () -> {
            if (timeline.reached(StartupTimeline.Mark.FIRST_STATS)) {
                timeline.mark(StartupTimeline.Mark.CARDS_SHOWN);
                scene.removePostLayoutPulseListener(check[0]);
            }
        };
        scene.addPostLayoutPulseListener(check[0]);
    }

    /** Builds a pane on first show and keeps it, so its state survives switching panes. */
    private static Supplier<Node> once(Supplier<? extends Node> build) {
        Node[] built = new Node[1];
        return () -> {
            if (built[0] == null) {
                built[0] = build.get();
            }
            return built[0];
        };
    }

    /** Shows the window; probing starts as it appears. */
    public void show() {
        stage.show();
        InvalidationListener remember = obs -> rememberGeometry();
        stage.xProperty().addListener(remember);
        stage.yProperty().addListener(remember);
        stage.widthProperty().addListener(remember);
        stage.heightProperty().addListener(remember);
        stage.maximizedProperty().addListener(remember);
    }

    private static void applyTheme(Theme theme) {
        Application.setUserAgentStylesheet(theme == Theme.DARK
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    private void restoreGeometry() {
        WindowGeometry saved = settings.windowProperty().get();
        if (saved == null) {
            // the default size centred on the main screen, fitted like a saved one: never larger than the screen
            // (on a 1024x700 screen the first window was 1100x720, its edges and the menu's "File" off screen)
            Rectangle2D main = Screen.getPrimary().getVisualBounds();
            saved = new WindowGeometry(main.getMinX() + (main.getWidth() - DEFAULT_WIDTH) / 2,
                    main.getMinY() + (main.getHeight() - DEFAULT_HEIGHT) / 2, DEFAULT_WIDTH, DEFAULT_HEIGHT, false);
        }
        List<WindowGeometry.Area> screens = Screen.getScreens().stream()
                .map(Screen::getVisualBounds)
                .map(MainWindow::area)
                .toList();
        WindowGeometry fitted = saved.fitInto(screens);
        stage.setX(fitted.x());
        stage.setY(fitted.y());
        stage.setWidth(fitted.width());
        stage.setHeight(fitted.height());
        stage.setMaximized(fitted.maximized());
    }

    private static WindowGeometry.Area area(Rectangle2D bounds) {
        return new WindowGeometry.Area(bounds.getMinX(), bounds.getMinY(), bounds.getWidth(), bounds.getHeight());
    }

    private void rememberGeometry() {
        WindowGeometry previous = settings.windowProperty().get();
        if (stage.isMaximized()) {
            // Keep the normal bounds, so un-maximizing after a restart gives the window its old size back.
            if (previous != null && !previous.maximized()) {
                settings.windowProperty().set(new WindowGeometry(previous.x(), previous.y(), previous.width(),
                        previous.height(), true));
            }
            return;
        }
        if (Double.isNaN(stage.getX()) || Double.isNaN(stage.getWidth())) {
            return;
        }
        settings.windowProperty().set(new WindowGeometry(stage.getX(), stage.getY(), stage.getWidth(),
                stage.getHeight(), false));
    }
}
