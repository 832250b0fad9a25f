package io.arangoconsole.sandbox.cluster;

import io.arangoconsole.sandbox.http.Reply;
import io.arangoconsole.sandbox.http.Router;

/**
 * What a single server answers on the cluster endpoints: 403/403, the health with "not allowed on single servers",
 * the others with "only allowed on coordinators" (reference 1.2 and 1.8), so a client that takes a single server for
 * a cluster hears it plainly.
 */
public final class SingleServerRoutes {
    private static final String[] COORDINATOR_ONLY = {
        "/_admin/cluster/maintenance", "/_admin/cluster/shardDistribution",
        "/_admin/cluster/collectionShardDistribution", "/_admin/cluster/shardStatistics",
        "/_admin/cluster/rebalance", "/_admin/cluster/rebalance/execute", "/_admin/cluster/moveShard",
        "/_admin/cluster/cleanOutServer", "/_admin/cluster/resignLeadership", "/_admin/cluster/queryAgencyJob",
        "/_admin/cluster/cancelAgencyJob", "/_admin/cluster/numberOfServers",
    };

    private SingleServerRoutes() {
    }

    /** A router answering those refusals, in front of the single server's {@code rest}. */
    public static Router routes(Router rest) {
        Router r = new Router();
        r.get("/_admin/cluster/health", ctx -> Reply.error(403, 403, "not allowed on single servers"));
        for (String path : COORDINATOR_ONLY) {
            for (String method : new String[] {"GET", "POST", "PUT"}) {
                r.add(method, path, ctx -> Reply.error(403, 403, "only allowed on coordinators"));
            }
        }
        return r.fallback(rest);
    }
}
