package io.arangoconsole.ui.indexes;

import io.arangoconsole.core.indexes.IndexJob;
import io.arangoconsole.core.indexes.IndexService;

/**
 * An index build of any connection's queue, with the server it runs against and the service that cancels it:
 * builds go on after the console switches to another connection, and the Jobs pane keeps listing them.
 */
public record BackgroundBuild(String server, IndexJob job, IndexService service) {

    /** Unique across connections (job ids are per queue). */
    public String key() {
        return server + "#" + System.identityHashCode(service) + "#" + job.id();
    }
}
