package io.arangoconsole.sandbox.aql;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;

import java.util.Set;

/** COLLECT ... AGGREGATE functions: they fold the values of a group (collected into an array first). */
final class Aggregates {
    private static final Set<String> NAMES = Set.of("MIN", "MAX", "SUM", "COUNT", "LENGTH", "AVERAGE", "AVG",
            "UNIQUE", "SORTED_UNIQUE", "COUNT_DISTINCT", "COUNT_UNIQUE", "PUSH");

    private Aggregates() {
    }

    static boolean isAggregate(String name) {
        return NAMES.contains(name);
    }

    /** The aggregate of one group's values. */
    static JsonNode fold(String name, ArrayNode values) {
        switch (name) {
            case "MIN":
                return ArrayFunctions.minMax(values, -1);
            case "MAX":
                return ArrayFunctions.minMax(values, 1);
            case "SUM":
                return ArrayFunctions.sum(values);
            case "COUNT":
            case "LENGTH":
                return Values.number(values.size());
            case "AVERAGE":
            case "AVG":
                return ArrayFunctions.average(values);
            case "UNIQUE":
                return ArrayFunctions.unique(values, false);
            case "SORTED_UNIQUE":
                return ArrayFunctions.unique(values, true);
            case "COUNT_DISTINCT":
            case "COUNT_UNIQUE":
                return Values.number(ArrayFunctions.unique(values, false).size());
            default:
                return values;
        }
    }
}
