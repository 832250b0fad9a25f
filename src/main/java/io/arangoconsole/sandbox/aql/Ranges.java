package io.arangoconsole.sandbox.aql;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * {@code FOR i IN a..b}: the loop walks the range without building it, as ArangoDB does, so a range of any size
 * costs nothing until its values are kept. The calculation before the loop yields only the two bounds.
 */
final class Ranges {
    private Ranges() {
    }

    /** The bounds {@code [from, to]} of {@code left..right}, as integers the way the {@code ..} operator takes them. */
    static Ev bounds(Ev left, Ev right) {
        return (row, ctx) -> {
            ArrayNode b = Values.array();
            b.add((long) Values.toNumber(left.eval(row, ctx)));
            b.add((long) Values.toNumber(right.eval(row, ctx)));
            return b;
        };
    }

    /** The values from the first bound to the second, one by one, upwards or downwards. */
    static Iterator<JsonNode> iterate(JsonNode bounds, QueryContext ctx) {
        long from = bounds.get(0).longValue();
        long to = bounds.get(1).longValue();
        long step = from <= to ? 1 : -1;
        return new Iterator<>() {
            long next = from;
            boolean done;

            @Override
            public boolean hasNext() {
                return !done;
            }

            @Override
            public JsonNode next() {
                if (done) {
                    throw new NoSuchElementException();
                }
                long v = next;
                if (v == to) {
                    done = true;
                } else {
                    next += step;
                }
                return Values.number(v);
            }
        };
    }
}
