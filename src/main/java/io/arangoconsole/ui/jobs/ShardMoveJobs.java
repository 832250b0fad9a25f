package io.arangoconsole.ui.jobs;

import io.arangoconsole.core.cluster.AgencyJob;
import io.arangoconsole.core.cluster.ShardMove;
import io.arangoconsole.core.cluster.ShardMoves;
import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.ui.cluster.ClusterViewModel;
import io.arangoconsole.ui.common.Formats;
import io.arangoconsole.ui.common.Poller;
import io.arangoconsole.ui.common.TaskRunner;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shard moves executed from the Cluster pane, each scheduled as its own agency job and followed with
 * {@code queryAgencyJob} every {@link #PERIOD} while any is open, so the Jobs pane shows the state the agency reports
 * at that moment. The rows live on the FX thread; the server is asked off it.
 */
public final class ShardMoveJobs implements ClusterViewModel.MoveJobs {

    private static final Logger LOG = LoggerFactory.getLogger(ShardMoveJobs.class);
    public static final Duration PERIOD = Duration.ofSeconds(1);

    private final Function<ConnectionTarget, ShardMoves> servers;
    private final TaskRunner tasks;
    private final Poller poller;
    private final ObservableList<ShardMoveRow> rows = FXCollections.observableArrayList();
    /** Why a move could not be scheduled, by the move, from {@link #schedule} to {@link #follow}. */
    private final Map<ShardMove, String> refused = new java.util.concurrent.ConcurrentHashMap<>();
    /** The open rows the next poll asks about: set on the FX thread, read by the poll. */
    private volatile List<ShardMoveRow> polledRows = List.of();
    private Poller.Polling polling;

    public ShardMoveJobs(Function<ConnectionTarget, ShardMoves> servers, TaskRunner tasks, Poller poller) {
        this.servers = servers;
        this.tasks = tasks;
        this.poller = poller;
    }

    /** Every move followed this session, oldest first. */
    public ObservableList<ShardMoveRow> rows() {
        return rows;
    }

    @Override
    public List<String> schedule(ConnectionTarget target, List<ShardMove> moves) {
        ShardMoves server = servers.apply(target);
        List<String> ids = new ArrayList<>(moves.size());
        for (ShardMove move : moves) {
            try {
                ids.add(server.moveShard(move));
            } catch (RuntimeException e) {
                LOG.warn("Shard move of {} from {} to {} on {} was not scheduled", move.shard(), move.from(),
                        move.to(), target.endpoint(), e);
                refused.put(move, Formats.sentence(e));
                ids.add(null);
            }
        }
        return ids;
    }

    @Override
    public void follow(ConnectionTarget target, List<ShardMove> moves, List<String> ids) {
        for (int i = 0; i < moves.size(); i++) {
            String id = ids.get(i);
            String why = refused.remove(moves.get(i));
            AgencyJob first = id == null ? new AgencyJob("", "Failed", why == null ? "not scheduled" : why)
                    : new AgencyJob(id, "ToDo", "");
            rows.add(new ShardMoveRow(target, moves.get(i), id, first));
        }
        polledRows = open();
        if (polling == null || !polling.isRunning()) {
            polling = poller.poll("agency jobs", PERIOD, this::query, this::apply, e ->
                    LOG.warn("Following the shard moves failed; asking again in {}", PERIOD, e));
            polling.start();
        }
    }

    /** Cancels the move's agency job (off the FX thread); the next poll shows the outcome. */
    void cancel(ShardMoveRow row) {
        if (!row.open()) {
            return;
        }
        tasks.run("cancel agency job", () -> {
            servers.apply(row.target()).cancelAgencyJob(row.id());
            return row;
        }, r -> { }, e -> LOG.warn("Cancelling agency job {} on {} failed", row.id(), row.target().endpoint(), e));
    }

    private List<ShardMoveRow> open() {
        return rows.stream().filter(ShardMoveRow::open).toList();
    }

    /** Background: every open move's job now. */
    private Map<ShardMoveRow, AgencyJob> query() {
        Map<ShardMoveRow, AgencyJob> now = new HashMap<>();
        for (ShardMoveRow row : polledRows) {
            now.put(row, servers.apply(row.target()).agencyJob(row.id()));
        }
        return now;
    }

    private void apply(Map<ShardMoveRow, AgencyJob> now) {
        now.forEach(ShardMoveRow::update);
        polledRows = open();
        if (polledRows.isEmpty() && polling != null) {
            polling.stop();
        }
    }
}
