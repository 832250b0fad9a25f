package io.arangoconsole.sandbox.aql;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A query as a cursor request carries it. {@code profile} is 0, 1 or 2 as in ArangoDB; {@code maxRuntime} in seconds
 * (0 = unlimited); {@code user} is who runs it, for query tracking; {@code memoryLimit} in bytes (0 = the server's
 * default); {@code failOnWarning} makes the first warning fail the query with its code.
 */
public record QueryRequest(String query, ObjectNode bindVars, boolean stream, boolean fullCount, int profile,
                           double maxRuntime, String user, long memoryLimit, boolean failOnWarning) {

    public QueryRequest(String query, ObjectNode bindVars, boolean stream, boolean fullCount, int profile,
                        double maxRuntime, String user) {
        this(query, bindVars, stream, fullCount, profile, maxRuntime, user, 0, false);
    }
}
