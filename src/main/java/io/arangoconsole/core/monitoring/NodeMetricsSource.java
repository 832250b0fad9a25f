package io.arangoconsole.core.monitoring;

import java.util.List;

/**
 * Reads the metrics page of every node of a cluster (coordinators and DB-Servers), implemented in
 * {@code core.arango}; on a single server it has no nodes.
 */
@FunctionalInterface
public interface NodeMetricsSource {

    /** One entry per node, in the health's order; empty when the server is not a cluster coordinator. */
    List<NodePage> fetchNodePages() throws Exception;

    /**
     * One node's page, or why it could not be read ({@code page} null).
     *
     * @param node the node's short name ({@code Coordinator0001}, {@code DBServer0002}), as series are labelled
     */
    record NodePage(String node, byte[] page, String error) {
    }
}
