package io.arangoconsole.core.stats;

import com.arangodb.ArangoDatabase;
import com.arangodb.entity.QueryEntity;
import com.arangodb.entity.QueryTrackingPropertiesEntity;
import com.arangodb.model.PersistentIndexOptions;
import io.arangoconsole.core.arango.ArangoClients;
import io.arangoconsole.core.arango.StatsSources;
import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.sandbox.Sandbox;
import io.arangoconsole.sandbox.SandboxConfig;

import java.util.List;

/** A sandbox with demo data, a driver client on it, and stats sources over real HTTP. */
final class StatsFixture implements AutoCloseable {
    final Sandbox sandbox;
    final ArangoClients clients = new ArangoClients();
    final ConnectionTarget target;
    final StatsSources sources = new StatsSources(clients);

    private final boolean owned;

    StatsFixture(int records) {
        this(Sandbox.start(SandboxConfig.defaults().withRecords(records)), true);
    }

    private StatsFixture(Sandbox sandbox, boolean owned) {
        this.sandbox = sandbox;
        this.owned = owned;
        target = new ConnectionTarget(sandbox.url(), "root", "", "demo", ConnectionTarget.Label.PRIMARY);
    }

    /** A fixture on a sandbox someone else closes. */
    static StatsFixture attach(Sandbox sandbox) {
        return new StatsFixture(sandbox, false);
    }

    StatsSource source(String label) {
        return sources.on(target, label);
    }

    /** The driver, for what the test does to the server (indexes, writes, the slow query log). */
    ArangoDatabase db() {
        return clients.client(target).db("demo");
    }

    void index(String collection, String... fields) {
        db().collection(collection).ensurePersistentIndex(List.of(fields), new PersistentIndexOptions());
    }

    /** Logs every query that ends from now on in {@code /_api/query/slow}, and empties the log. */
    void logEveryQuery() {
        QueryTrackingPropertiesEntity props = db().getQueryTrackingProperties();
        props.setEnabled(true);
        props.setTrackSlowQueries(true);
        props.setSlowQueryThreshold(0L);
        props.setMaxSlowQueries(1000L);
        db().setQueryTrackingProperties(props);
        db().clearSlowQueries();
    }

    /** The query strings the server ran since {@link #logEveryQuery()}. */
    List<String> queriesRun() {
        return db().getSlowQueries().stream().map(QueryEntity::getQuery).toList();
    }

    @Override
    public void close() {
        clients.close();
        if (owned) {
            sandbox.close();
        }
    }
}
