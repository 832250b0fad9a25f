package io.arangoconsole.sandbox.aql;

import static io.arangoconsole.sandbox.aql.Functions.MANY;
import static io.arangoconsole.sandbox.aql.Functions.arg;
import static io.arangoconsole.sandbox.aql.Functions.register;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.DoubleUnaryOperator;

/** Array, aggregate-like and numeric AQL functions. */
final class ArrayFunctions {
    private ArrayFunctions() {
    }

    static void registerAll() {
        register("LENGTH", 1, 1, (a, c) -> length(arg(a, 0)));
        register("COUNT", 1, 1, (a, c) -> length(arg(a, 0)));
        register("MIN", 1, 1, (a, c) -> minMax(arg(a, 0), -1));
        register("MAX", 1, 1, (a, c) -> minMax(arg(a, 0), 1));
        register("SUM", 1, 1, (a, c) -> sum(arg(a, 0)));
        register("AVERAGE", 1, 1, (a, c) -> average(arg(a, 0)));
        register("AVG", 1, 1, (a, c) -> average(arg(a, 0)));
        register("FIRST", 1, 1, (a, c) -> arg(a, 0).isArray() && arg(a, 0).size() > 0 ? a[0].get(0) : Values.NULL);
        register("LAST", 1, 1, (a, c) -> arg(a, 0).isArray() && arg(a, 0).size() > 0
                ? a[0].get(a[0].size() - 1) : Values.NULL);
        register("NTH", 2, 2, (a, c) -> {
            int i = (int) Values.toNumber(arg(a, 1));
            return arg(a, 0).isArray() && i >= 0 && i < a[0].size() ? a[0].get(i) : Values.NULL;
        });
        register("UNIQUE", 1, 1, (a, c) -> unique(arg(a, 0), false));
        register("SORTED_UNIQUE", 1, 1, (a, c) -> unique(arg(a, 0), true));
        register("COUNT_DISTINCT", 1, 1, (a, c) -> {
            JsonNode u = unique(arg(a, 0), false);
            return u.isArray() ? Values.number(u.size()) : Values.NULL;
        });
        register("COUNT_UNIQUE", 1, 1, (a, c) -> {
            JsonNode u = unique(arg(a, 0), false);
            return u.isArray() ? Values.number(u.size()) : Values.NULL;
        });
        register("SORTED", 1, 1, (a, c) -> {
            if (!arg(a, 0).isArray()) {
                return Values.NULL;
            }
            List<JsonNode> items = list(a[0]);
            items.sort(Values::compare);
            return toArray(items);
        });
        register("REVERSE", 1, 1, (a, c) -> {
            if (arg(a, 0).isTextual()) {
                return Values.orNull(com.fasterxml.jackson.databind.node.TextNode.valueOf(
                        new StringBuilder(a[0].textValue()).reverse().toString()));
            }
            if (!arg(a, 0).isArray()) {
                return Values.NULL;
            }
            List<JsonNode> items = list(a[0]);
            java.util.Collections.reverse(items);
            return toArray(items);
        });
        register("FLATTEN", 1, 2, (a, c) -> {
            if (!arg(a, 0).isArray()) {
                return Values.NULL;
            }
            ArrayNode out = Values.array();
            flatten(a[0], a.length > 1 ? (int) Values.toNumber(a[1]) : 1, out);
            return out;
        });
        register("PUSH", 2, 3, (a, c) -> {
            ArrayNode out = Values.array();
            if (arg(a, 0).isArray()) {
                out.addAll((ArrayNode) a[0]);
            } else if (!arg(a, 0).isNull()) {
                return Values.NULL;
            }
            if (!Values.truthy(arg(a, 2)) || !Values.in(a[1], out)) {
                out.add(a[1]);
            }
            return out;
        });
        register("APPEND", 2, 3, (a, c) -> {
            ArrayNode out = Values.array();
            if (arg(a, 0).isArray()) {
                out.addAll((ArrayNode) a[0]);
            } else if (!arg(a, 0).isNull()) {
                return Values.NULL;
            }
            boolean unique = Values.truthy(arg(a, 2));
            List<JsonNode> add = arg(a, 1).isArray() ? list(a[1]) : List.of(arg(a, 1));
            for (JsonNode v : add) {
                if (!unique || !Values.in(v, out)) {
                    out.add(v);
                }
            }
            return out;
        });
        register("POSITION", 2, 3, (a, c) -> {
            if (!arg(a, 0).isArray()) {
                return Values.NULL;
            }
            for (int i = 0; i < a[0].size(); i++) {
                if (Values.compare(a[0].get(i), a[1]) == 0) {
                    return Values.truthy(arg(a, 2)) ? Values.number(i) : Values.TRUE;
                }
            }
            return Values.truthy(arg(a, 2)) ? Values.number(-1) : Values.FALSE;
        });
        register("SLICE", 2, 3, (a, c) -> slice(a));
        register("RANGE", 2, 3, (a, c) -> range(Values.toNumber(arg(a, 0)), Values.toNumber(arg(a, 1)),
                a.length > 2 ? Values.toNumber(a[2]) : 0, c));
        math("ROUND", Math::round);
        math("FLOOR", Math::floor);
        math("CEIL", Math::ceil);
        math("ABS", Math::abs);
        math("SQRT", Math::sqrt);
        register("POW", 2, 2, (a, c) -> Values.number(Math.pow(Values.toNumber(arg(a, 0)),
                Values.toNumber(arg(a, 1)))));
        Functions.registerVolatile("RAND", 0, 0, (a, c) -> Values.number(Math.random()));
    }

    private static void math(String name, DoubleUnaryOperator op) {
        register(name, 1, 1, (a, c) -> Values.number(op.applyAsDouble(Values.toNumber(arg(a, 0)))));
    }

    static List<JsonNode> list(JsonNode array) {
        List<JsonNode> out = new ArrayList<>(array.size());
        array.forEach(out::add);
        return out;
    }

    static ArrayNode toArray(List<JsonNode> items) {
        ArrayNode out = Values.array();
        out.addAll(items);
        return out;
    }

    static JsonNode length(JsonNode v) {
        if (v.isArray() || v.isObject()) {
            return Values.number(v.size());
        }
        if (v.isTextual()) {
            return Values.number(v.textValue().codePointCount(0, v.textValue().length()));
        }
        if (v.isBoolean()) {
            return Values.number(v.booleanValue() ? 1 : 0);
        }
        if (v.isNumber()) {
            return Values.number(Values.toText(v).length());
        }
        return Values.number(0);
    }

    static JsonNode minMax(JsonNode v, int sign) {
        if (!v.isArray()) {
            return Values.NULL;
        }
        JsonNode best = null;
        for (JsonNode x : v) {
            if (x.isNull()) {
                continue;
            }
            if (best == null || Values.compare(x, best) * sign > 0) {
                best = x;
            }
        }
        return best == null ? Values.NULL : best;
    }

    static JsonNode sum(JsonNode v) {
        if (!v.isArray()) {
            return Values.NULL;
        }
        double s = 0;
        for (JsonNode x : v) {
            if (!x.isNull()) {
                s += Values.toNumber(x);
            }
        }
        return Values.number(s);
    }

    static JsonNode average(JsonNode v) {
        if (!v.isArray()) {
            return Values.NULL;
        }
        double s = 0;
        int n = 0;
        for (JsonNode x : v) {
            if (!x.isNull()) {
                s += Values.toNumber(x);
                n++;
            }
        }
        return n == 0 ? Values.NULL : Values.number(s / n);
    }

    static JsonNode unique(JsonNode v, boolean sorted) {
        if (!v.isArray()) {
            return Values.NULL;
        }
        TreeSet<JsonNode> seen = new TreeSet<>(Values::compare);
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode x : v) {
            if (seen.add(x)) {
                out.add(x);
            }
        }
        return toArray(sorted ? new ArrayList<>(seen) : out);
    }

    private static void flatten(JsonNode v, int depth, ArrayNode out) {
        for (JsonNode x : v) {
            if (x.isArray() && depth > 0) {
                flatten(x, depth - 1, out);
            } else {
                out.add(x);
            }
        }
    }

    private static JsonNode slice(JsonNode[] a) {
        if (!arg(a, 0).isArray()) {
            return Values.NULL;
        }
        int n = a[0].size();
        int start = (int) Values.toNumber(arg(a, 1));
        if (start < 0) {
            start = Math.max(0, n + start);
        }
        int end = n;
        if (a.length > 2 && !a[2].isNull()) {
            int len = (int) Values.toNumber(a[2]);
            end = len < 0 ? n + len : Math.min(n, start + len);
        }
        ArrayNode out = Values.array();
        for (int i = start; i < end && i < n; i++) {
            out.add(a[0].get(i));
        }
        return out;
    }

    static JsonNode range(double from, double to, double step, QueryContext c) {
        if (step == 0) {
            step = from <= to ? 1 : -1;
        }
        if ((to - from) / step < 0) {
            return Values.array();
        }
        if (Math.abs((to - from) / step) > 10_000_000) {
            c.warn(1504, "number out of range");
            return Values.NULL;
        }
        ArrayNode out = Values.array();
        for (double x = from; step > 0 ? x <= to + 1e-12 : x >= to - 1e-12; x += step) {
            JsonNode v = Values.number(x);
            c.allocate(Memory.ofItem(v), null);
            out.add(v);
        }
        return out;
    }
}
