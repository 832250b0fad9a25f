package io.arangoconsole.sandbox.cluster;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The agency's supervision loop: every {@code frequency} it advances the agency jobs and lets the shard table act on
 * the servers' health (failover, dropping and resyncing followers), as ArangoDB's {@code Supervision} does each
 * second.
 */
final class Supervision implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Supervision.class);
    private final ScheduledExecutorService loop;
    /** The last failure logged: a round failing the same way again is not logged again (decision 0016). */
    private String lastFailure;

    Supervision(ClusterState cluster, ShardTable shards, AgencyJobs jobs) {
        this.loop = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "sandbox-supervision");
            t.setDaemon(true);
            return t;
        });
        long every = cluster.timings().frequency();
        loop.scheduleWithFixedDelay(() -> {
            try {
                long now = ClusterState.now();
                jobs.advance(now);
                shards.supervise(now);
                lastFailure = null;
            } catch (RuntimeException e) {
                if (!e.toString().equals(lastFailure)) {
                    lastFailure = e.toString();
                    LOG.warn("sandbox supervision round failed; the next round tries again", e);
                }
            }
        }, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        loop.shutdownNow();
    }
}
