package io.arangoconsole.ui.cluster;

import io.arangoconsole.core.cluster.ClusterClient;
import io.arangoconsole.core.cluster.ClusterNode;
import io.arangoconsole.core.cluster.ClusterReport;
import io.arangoconsole.core.cluster.ClusterSnapshot;
import io.arangoconsole.core.cluster.RebalanceStatus;
import io.arangoconsole.core.cluster.ShardMove;
import io.arangoconsole.core.cluster.ShardState;
import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.ui.common.Formats;
import io.arangoconsole.ui.common.Poller;
import io.arangoconsole.ui.common.TaskRunner;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Cluster pane: nodes, the shards of the connected database, the summary the status bar repeats, maintenance
 * mode and rebalance. Everything is read off the FX thread every {@link #PERIOD} while active; a server that is not
 * a coordinator leaves the tables empty and says so in one sentence.
 */
public final class ClusterViewModel {

    public static final Duration PERIOD = Duration.ofSeconds(5);
    /** A failed DB-Server makes every shard it held a problem: the tables list them, the pane names a few. */
    static final int PROBLEMS_SHOWN = 4;

    private final ReadOnlyObjectProperty<ConnectionTarget> target;
    private final Function<ConnectionTarget, ClusterClient> clients;
    private final TaskRunner tasks;
    private final Poller poller;
    private final KeyedList<ClusterNode> nodes = new KeyedList<>(ClusterNode::id);
    private final KeyedList<ShardState> shards = new KeyedList<>(ShardState::id);
    private final ObservableList<ShardMove> proposed = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper cluster = new ReadOnlyBooleanWrapper(this, "cluster");
    private final ReadOnlyBooleanWrapper healthy = new ReadOnlyBooleanWrapper(this, "healthy", true);
    private final ReadOnlyBooleanWrapper maintenance = new ReadOnlyBooleanWrapper(this, "maintenance");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper notCluster = new ReadOnlyStringWrapper(this, "notCluster", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper problems = new ReadOnlyStringWrapper(this, "problems", "");
    private final ReadOnlyStringWrapper maintenanceText = new ReadOnlyStringWrapper(this, "maintenanceText", "");
    private final ReadOnlyStringWrapper rebalanceText = new ReadOnlyStringWrapper(this, "rebalanceText", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private Poller.Polling polling;
    private boolean active;

    public ClusterViewModel(ReadOnlyObjectProperty<ConnectionTarget> target,
                            Function<ConnectionTarget, ClusterClient> clients, TaskRunner tasks, Poller poller) {
        this.target = target;
        this.clients = clients;
        this.tasks = tasks;
        this.poller = poller;
        target.addListener((obs, old, now) -> retarget());
        retarget();
    }

    private void retarget() {
        if (polling != null) {
            polling.stop();
        }
        nodes.reset();
        shards.reset();
        proposed.clear();
        cluster.set(false);
        summary.set("");
        problems.set("");
        message.set("");
        error.set("");
        ConnectionTarget now = target.get();
        polling = now == null ? null : poller.poll("cluster " + now.endpoint(), PERIOD,
                () -> prepare(ClusterSnapshot.read(clients.apply(now), now.database())), this::show, this::failed);
        if (active && polling != null) {
            polling.start();
        }
    }

    /** Starts reading every {@link #PERIOD} (the window is shown). */
    public void activate() {
        active = true;
        if (polling != null && !polling.isRunning()) {
            polling.start();
        }
    }

    public void deactivate() {
        active = false;
        if (polling != null) {
            polling.stop();
        }
    }

    /** Reads now (F5), without waiting for the next round. */
    public void refresh() {
        ConnectionTarget now = target.get();
        if (now != null) {
            tasks.run("cluster refresh", () -> prepare(ClusterSnapshot.read(clients.apply(now), now.database())),
                    this::show, this::failed);
        }
    }

    /**
     * A snapshot with what the FX thread would otherwise work out: which rows changed against the rows shown, the
     * summary and the problems' text. Built by the poller's worker.
     */
    record Prepared(ClusterSnapshot snapshot, KeyedList.Plan<ClusterNode> nodes, KeyedList.Plan<ShardState> shards,
                    String summary, String problems) {
    }

    /** Any thread: compares with the rows shown now and writes the texts; the FX thread only applies it. */
    Prepared prepare(ClusterSnapshot snapshot) {
        ClusterReport report = snapshot.report();
        if (!snapshot.isCluster()) {
            return new Prepared(snapshot, nodes.plan(List.of()), shards.plan(List.of()), "", "");
        }
        return new Prepared(snapshot, nodes.plan(report.nodes()), shards.plan(report.shards()), report.summary(),
                problemsText(report.problems()));
    }

    void show(ClusterSnapshot snapshot) {
        show(prepare(snapshot));
    }

    private void show(Prepared prepared) {
        error.set("");
        ClusterSnapshot snapshot = prepared.snapshot();
        ClusterReport report = snapshot.report();
        nodes.apply(prepared.nodes());
        shards.apply(prepared.shards());
        summary.set(prepared.summary());
        if (!snapshot.isCluster()) {
            cluster.set(false);
            healthy.set(true);
            notCluster.set(notClusterSentence(snapshot.role()));
            return;
        }
        cluster.set(true);
        notCluster.set("");
        healthy.set(report.healthy());
        problems.set(prepared.problems());
        maintenance.set(Boolean.TRUE.equals(snapshot.maintenance()));
        maintenanceText.set(snapshot.maintenance() == null ? "Maintenance mode: unknown (needs admin rights)"
                : snapshot.maintenance() ? "Maintenance mode is ON: no automatic failover" : "Maintenance mode: off");
        RebalanceStatus rebalance = snapshot.rebalance();
        rebalanceText.set(rebalance == null ? "" : rebalance.idle() ? "No shard moves under way"
                : String.format(Locale.ROOT, "Shard moves: %d to do, %d under way", rebalance.todo(),
                        rebalance.pending()));
    }

    /** The first {@link #PROBLEMS_SHOWN} problems, one a line, and how many more the tables show. */
    static String problemsText(List<String> all) {
        if (all.size() <= PROBLEMS_SHOWN) {
            return String.join("\n", all);
        }
        return String.join("\n", all.subList(0, PROBLEMS_SHOWN)) + "\n... and " + (all.size() - PROBLEMS_SHOWN)
                + " more: see the tables below.";
    }

    static String notClusterSentence(String role) {
        return switch (role) {
            case "SINGLE" -> "This server is a single server, not a cluster: the Cluster pane applies to a "
                    + "cluster's coordinators.";
            case "PRIMARY" -> "This server is a DB-Server: connect to one of the cluster's coordinators instead.";
            case "AGENT" -> "This server is an agent: connect to one of the cluster's coordinators instead.";
            default -> "This server did not say it is a cluster coordinator (role " + role.toLowerCase(Locale.ROOT)
                    + "): the Cluster pane applies to a cluster's coordinators.";
        };
    }

    private void failed(Throwable failure) {
        error.set(Formats.sentence(failure));
        healthy.set(false);
    }

    /** Turns cluster-wide maintenance on or off (the view has asked for confirmation first). */
    public void setMaintenance(boolean on) {
        ConnectionTarget now = target.get();
        busy.set(true);
        tasks.run("cluster maintenance", () -> clients.apply(now).setMaintenance(on), text -> {
            busy.set(false);
            message.set(text);
            refresh();
        }, e -> {
            busy.set(false);
            error.set(Formats.sentence(e));
        });
    }

    /** Asks the server which moves a rebalance would make; nothing moves yet. */
    public void proposeRebalance() {
        ConnectionTarget now = target.get();
        busy.set(true);
        tasks.run("cluster rebalance plan", () -> clients.apply(now).proposeRebalance(), moves -> {
            busy.set(false);
            proposed.setAll(moves);
            message.set(moves.isEmpty() ? "The cluster is balanced: the server proposes no move."
                    : String.format(Locale.ROOT, "The server proposes %d shard move%s.", moves.size(),
                            moves.size() == 1 ? "" : "s"));
        }, e -> {
            busy.set(false);
            error.set(Formats.sentence(e));
        });
    }

    /** Schedules the proposed moves (the view has asked for confirmation first). */
    public void executeRebalance() {
        ConnectionTarget now = target.get();
        List<ShardMove> moves = List.copyOf(proposed);
        if (moves.isEmpty()) {
            return;
        }
        busy.set(true);
        MoveJobs jobs = moveJobs;
        tasks.run("cluster rebalance", () -> {
            if (jobs == null) {
                clients.apply(now).executeMoves(moves);
                return List.<String>of();
            }
            return jobs.schedule(now, moves);
        }, ids -> {
            int n = moves.size();
            if (jobs != null) {
                jobs.follow(now, moves, ids);
            }
            busy.set(false);
            proposed.clear();
            message.set(String.format(Locale.ROOT, "%d shard move%s scheduled; the progress shows below.", n,
                    n == 1 ? "" : "s"));
            refresh();
        }, e -> {
            busy.set(false);
            error.set(Formats.sentence(e));
        });
    }

    /**
     * Where executed moves go to be followed (the Jobs pane): each is then scheduled as its own agency job, since
     * {@code rebalance/execute} gives no job ids. Without it the moves go to the server in one request.
     */
    public interface MoveJobs {
        /** Blocking, off the FX thread: schedules every move and returns the job ids in the moves' order. */
        List<String> schedule(ConnectionTarget target, List<ShardMove> moves);

        /** On the FX thread, once scheduled. */
        void follow(ConnectionTarget target, List<ShardMove> moves, List<String> ids);
    }

    private MoveJobs moveJobs;

    public void followMovesWith(MoveJobs jobs) {
        this.moveJobs = jobs;
    }

    /** The server the actions change, for the confirmation. */
    public String server() {
        ConnectionTarget now = target.get();
        return now == null ? "the connected server" : now.endpoint();
    }

    public ObservableList<ClusterNode> nodes() {
        return nodes;
    }

    public ObservableList<ShardState> shards() {
        return shards;
    }

    public ObservableList<ShardMove> proposedMoves() {
        return proposed;
    }

    /** True while the server is a cluster coordinator: the pane's tables apply. */
    public ReadOnlyBooleanProperty clusterProperty() {
        return cluster.getReadOnlyProperty();
    }

    /** False when a node is not GOOD, a shard is not in sync, or the cluster could not be read. */
    public ReadOnlyBooleanProperty healthyProperty() {
        return healthy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty maintenanceProperty() {
        return maintenance.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Why the pane does not apply (a single server), or empty. */
    public ReadOnlyStringProperty notClusterProperty() {
        return notCluster.getReadOnlyProperty();
    }

    /** "3 of 3 DB-Servers good, 9 of 9 shards in sync"; empty when not a cluster. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** One sentence per problem, one a line. */
    public ReadOnlyStringProperty problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty maintenanceTextProperty() {
        return maintenanceText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty rebalanceTextProperty() {
        return rebalanceText.getReadOnlyProperty();
    }

    /** The outcome of the last action, in the server's words where it gave some. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
