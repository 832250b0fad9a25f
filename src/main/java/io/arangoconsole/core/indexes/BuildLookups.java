package io.arangoconsole.core.indexes;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server calls {@link IndexJobQueue} makes around a running build (its hidden index, its shards, dropping it),
 * each turning a failure into what the queue shows: a logged WARN and a reason, never an exception.
 */
final class BuildLookups {
    private static final Logger LOG = LoggerFactory.getLogger(IndexJobQueue.class);
    private final IndexGateway gateway;

    BuildLookups(IndexGateway gateway) {
        this.gateway = gateway;
    }

    /** Drops an index; null when it is gone (404 included), else why the drop failed (logged at WARN). */
    String dropQuietly(String collection, String id) {
        try {
            gateway.drop(collection, id);
            return null;
        } catch (IndexGatewayException e) {
            if (e.errorNum() == IndexGatewayException.INDEX_NOT_FOUND) {
                return null;
            }
            LOG.warn("Dropping index {} of {} failed", id, collection, e);
            return FailureMessages.reason(e);
        } catch (RuntimeException e) {
            LOG.warn("Dropping index {} of {} failed", id, collection, e);
            return FailureMessages.reason(e);
        }
    }

    /** A build's progress is told "across N shards" on a cluster; unknown counts as a single server. */
    int shardsOf(String collection) {
        try {
            return gateway.shards(collection);
        } catch (RuntimeException e) {
            LOG.warn("Reading the shards of {} failed; its build's progress is shown without them", collection, e);
            return 0;
        }
    }

    /** The build of {@code spec} still in progress (a hidden index), or null; throws when listing fails. */
    ExistingIndex findBuilding(IndexSpec spec) {
        for (ExistingIndex i : gateway.list(spec.collection(), true)) {
            if (i.building() && i.matches(spec.index())) {
                return i;
            }
        }
        return null;
    }
}
