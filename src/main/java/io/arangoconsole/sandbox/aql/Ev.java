package io.arangoconsole.sandbox.aql;

import com.fasterxml.jackson.databind.JsonNode;

/** A compiled expression: evaluates against a row of variable slots. */
@FunctionalInterface
interface Ev {
    JsonNode eval(JsonNode[] row, QueryContext ctx);
}
