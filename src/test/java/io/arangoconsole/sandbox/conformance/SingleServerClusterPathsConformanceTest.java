package io.arangoconsole.sandbox.conformance;

import com.arangodb.Protocol;
import com.arangodb.Request;
import com.arangodb.entity.ServerRole;
import org.junit.jupiter.api.Assumptions;

/**
 * A single server asked cluster questions (reference 1.1, 1.2, 1.8): health 403/403 "not allowed on single
 * servers", Coordinator-only endpoints 403/403, endpoints 501/9. Skipped when ARANGODB_URL is a cluster.
 */
class SingleServerClusterPathsConformanceTest extends ConformanceBase {

    private static void requireSingle(Protocol p) {
        Assumptions.assumeTrue(arango(p).getRole() == ServerRole.SINGLE,
                "the server under test is a cluster, not a single server");
    }

    private static Request<Object> get(String path) {
        return Request.builder().db("_system").method(Request.Method.GET).path(path).build();
    }

    @BothProtocols
    void healthIsRefusedOnASingleServer(Protocol p) {
        requireSingle(p);
        var e = assertArangoError(403, 403, () -> TestServer.call(arango(p), get("/_admin/cluster/health")));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("not allowed on single servers"),
                e.getMessage());
    }

    @BothProtocols
    void coordinatorOnlyEndpointsAreRefused(Protocol p) {
        requireSingle(p);
        assertArangoError(403, 403, () -> TestServer.call(arango(p), get("/_admin/cluster/maintenance")));
        assertArangoError(403, 403, () -> TestServer.call(arango(p), get("/_admin/cluster/rebalance")));
    }

    @BothProtocols
    void endpointsAreNotImplementedOnASingleServer(Protocol p) {
        requireSingle(p);
        assertArangoError(501, 9, () -> TestServer.call(arango(p), get("/_api/cluster/endpoints")));
    }
}
