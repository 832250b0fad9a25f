package io.arangoconsole.sandbox.aql;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A query as a cursor request carries it. {@code profile} is 0, 1 or 2 as in ArangoDB; {@code maxRuntime} in seconds
 * (0 = unlimited); {@code user} is who runs it, for query tracking.
 */
public record QueryRequest(String query, ObjectNode bindVars, boolean stream, boolean fullCount, int profile,
                           double maxRuntime, String user) {
}
