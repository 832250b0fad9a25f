package io.arangoconsole.ui.cluster;

import io.arangoconsole.core.cluster.ClusterNode;
import io.arangoconsole.core.cluster.ShardMove;
import io.arangoconsole.core.cluster.ShardState;
import io.arangoconsole.ui.common.Confirm;
import io.arangoconsole.ui.common.DataTable;
import io.arangoconsole.ui.common.Formats;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableStringValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

/** Binds the Cluster pane to its {@link ClusterViewModel}; asks before maintenance and rebalance. */
public final class ClusterView {

    private final ClusterViewModel model;
    private final Clock clock;
    @FXML private VBox root;
    @FXML private VBox content;
    @FXML private Label summaryLabel;
    @FXML private Label notClusterLabel;
    @FXML private Label errorLabel;
    @FXML private Label problemsLabel;
    @FXML private Label maintenanceLabel;
    @FXML private Button maintenanceButton;
    @FXML private Label rebalanceLabel;
    @FXML private Button proposeButton;
    @FXML private Button executeButton;
    @FXML private Label messageLabel;
    @FXML private TableView<ClusterNode> nodesTable;
    @FXML private TableView<ShardState> shardsTable;
    @FXML private TableView<ShardMove> movesTable;

    public ClusterView(ClusterViewModel model) {
        this(model, Clock.systemUTC());
    }

    ClusterView(ClusterViewModel model, Clock clock) {
        this.model = model;
        this.clock = clock;
    }

    @FXML
    private void initialize() {
        summaryLabel.textProperty().bind(model.summaryProperty());
        model.healthyProperty().addListener((obs, was, now) -> healthStyle(now));
        healthStyle(model.healthyProperty().get());
        bindShown(notClusterLabel, model.notClusterProperty());
        bindShown(errorLabel, model.errorProperty());
        bindShown(problemsLabel, model.problemsProperty());
        bindShown(messageLabel, model.messageProperty());
        bindShown(rebalanceLabel, model.rebalanceTextProperty());
        content.visibleProperty().bind(model.clusterProperty());
        content.managedProperty().bind(content.visibleProperty());
        maintenanceLabel.textProperty().bind(model.maintenanceTextProperty());
        maintenanceButton.textProperty().bind(Bindings.when(model.maintenanceProperty())
                .then("Turn maintenance off...").otherwise("Turn maintenance on..."));
        maintenanceButton.disableProperty().bind(model.busyProperty());
        proposeButton.disableProperty().bind(model.busyProperty());
        executeButton.disableProperty().bind(model.busyProperty().or(Bindings.isEmpty(model.proposedMoves())));
        nodes();
        shards();
        moves();
    }

    private void healthStyle(boolean healthy) {
        summaryLabel.getStyleClass().removeAll("success", "danger");
        summaryLabel.getStyleClass().add(healthy ? "success" : "danger");
    }

    private void nodes() {
        nodesTable.setPlaceholder(new Label("No server listed yet."));
        nodesTable.getColumns().setAll(List.of(text("Server", ClusterNode::name, 150),
                text("Role", ClusterNode::roleLabel, 100), text("Status", ClusterNode::status, 70),
                text("Sync status", ClusterNode::syncStatus, 90), text("Version", ClusterNode::version, 70),
                text("Last heartbeat", this::heartbeat, 120), text("Endpoint", ClusterNode::endpoint, 180)));
        nodesTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        DataTable.of(nodesTable, model.nodes(), ClusterNode::id);
    }

    private String heartbeat(ClusterNode n) {
        return n.lastHeartbeat() == null ? "never" : Formats.age(Duration.between(n.lastHeartbeat(), clock.instant()));
    }

    private void shards() {
        shardsTable.setPlaceholder(new Label("No sharded collection in this database."));
        shardsTable.getColumns().setAll(List.of(text("Collection", ShardState::collection, 140),
                text("Shard", ShardState::shard, 80), text("Leader", ShardState::leader, 110),
                text("Followers", s -> String.join(", ", s.followers()), 180),
                text("In sync", s -> s.inSync() ? "yes" : "no", 60),
                text("Catching up", ClusterView::catchingUp, 200)));
        shardsTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        DataTable.of(shardsTable, model.shards(), ShardState::id);
    }

    static String catchingUp(ShardState s) {
        if (s.inSync()) {
            return "";
        }
        if (s.currentLeader() == null) {
            return "no current leader";
        }
        if (!s.currentLeader().equals(s.leader())) {
            return "led by " + s.currentLeader();
        }
        String who = String.join(", ", s.catchingUp());
        if (s.progress() == null || s.progress().total() == 0) {
            return who;
        }
        return String.format(Locale.ROOT, "%s: %s of %s (%d%%)", who, Formats.count(s.progress().current()),
                Formats.count(s.progress().total()), 100 * s.progress().current() / s.progress().total());
    }

    private void moves() {
        movesTable.setPlaceholder(new Label("Propose a rebalance to see the moves the server would make."));
        movesTable.getColumns().setAll(List.of(text("Shard", ShardMove::shard, 90),
                text("From", ShardMove::from, 200), text("To", ShardMove::to, 200),
                text("Leader", m -> m.isLeader() ? "yes" : "no", 60),
                text("Database", ShardMove::database, 100)));
        movesTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        javafx.scene.control.TextField search = DataTable.of(movesTable, model.proposedMoves(), m -> m).searchField();
        movesTable.visibleProperty().bind(Bindings.isNotEmpty(model.proposedMoves()));
        movesTable.managedProperty().bind(movesTable.visibleProperty());
        search.visibleProperty().bind(movesTable.visibleProperty());
        search.managedProperty().bind(search.visibleProperty());
    }

    private static <S> TableColumn<S, String> text(String title, Function<S, String> value, double width) {
        TableColumn<S, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private static void bindShown(Node node, ObservableStringValue text) {
        if (node instanceof Label label) {
            label.textProperty().bind(text);
        }
        node.visibleProperty().bind(Bindings.isNotEmpty(text));
        node.managedProperty().bind(node.visibleProperty());
    }

    @FXML
    private void refresh() {
        model.refresh();
    }

    @FXML
    private void toggleMaintenance() {
        boolean on = !model.maintenanceProperty().get();
        String question = on ? "Turn maintenance mode on for the cluster at " + model.server() + "?"
                : "Turn maintenance mode off for the cluster at " + model.server() + "?";
        String consequence = on ? "The supervision stops for an hour: a failed DB-Server is not replaced and no "
                + "shard fails over until maintenance is turned off." : "The supervision resumes: failed servers "
                + "are replaced and shards fail over again.";
        if (Confirm.ask(root, "Maintenance mode", question, consequence, on ? "Turn on" : "Turn off", "Cancel")) {
            model.setMaintenance(on);
        }
    }

    @FXML
    private void propose() {
        model.proposeRebalance();
    }

    @FXML
    private void execute() {
        int n = model.proposedMoves().size();
        if (Confirm.ask(root, "Rebalance shards", "Move " + n + " shard" + (n == 1 ? "" : "s") + " on the cluster at "
                + model.server() + "?", "Each move copies the shard's data to another DB-Server while the cluster "
                + "keeps serving; it loads the servers until it is done.", "Move shards", "Cancel")) {
            model.executeRebalance();
        }
    }
}
