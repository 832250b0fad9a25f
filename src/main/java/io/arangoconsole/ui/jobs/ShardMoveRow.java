package io.arangoconsole.ui.jobs;

import io.arangoconsole.core.cluster.AgencyJob;
import io.arangoconsole.core.cluster.ShardMove;
import io.arangoconsole.core.connection.ConnectionTarget;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * One shard move of an executed rebalance, followed as its agency job. {@code job} is what the last
 * {@code queryAgencyJob} said (status "ToDo" until the first answer); an {@code id} of null means the move could not
 * be scheduled, and {@code job} then says why.
 */
public final class ShardMoveRow {
    private final ConnectionTarget target;
    private final ShardMove move;
    private final String id;
    private final ReadOnlyObjectWrapper<AgencyJob> job = new ReadOnlyObjectWrapper<>(this, "job");

    ShardMoveRow(ConnectionTarget target, ShardMove move, String id, AgencyJob first) {
        this.target = target;
        this.move = move;
        this.id = id;
        this.job.set(first);
    }

    public ConnectionTarget target() {
        return target;
    }

    public ShardMove move() {
        return move;
    }

    /** The agency job's id, or null when the server refused to schedule the move. */
    public String id() {
        return id;
    }

    public ReadOnlyObjectProperty<AgencyJob> jobProperty() {
        return job.getReadOnlyProperty();
    }

    /** True until the agency reports the job finished or failed (or it never started). */
    public boolean open() {
        return id != null && !job.get().over();
    }

    void update(AgencyJob now) {
        job.set(now);
    }
}
