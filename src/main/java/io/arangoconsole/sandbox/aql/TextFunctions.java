package io.arangoconsole.sandbox.aql;

import static io.arangoconsole.sandbox.aql.Functions.MANY;
import static io.arangoconsole.sandbox.aql.Functions.arg;
import static io.arangoconsole.sandbox.aql.Functions.register;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.arangoconsole.sandbox.store.Json;

import java.util.Locale;

/** String AQL functions. */
final class TextFunctions {
    private TextFunctions() {
    }

    static void registerAll() {
        register("CONCAT", 1, MANY, (a, c) -> text(concat("", a, 0)));
        register("CONCAT_SEPARATOR", 2, MANY, (a, c) -> text(concat(Values.toText(a[0]), a, 1)));
        register("UPPER", 1, 1, (a, c) -> text(Values.toText(arg(a, 0)).toUpperCase(Locale.ROOT)));
        register("LOWER", 1, 1, (a, c) -> text(Values.toText(arg(a, 0)).toLowerCase(Locale.ROOT)));
        register("TRIM", 1, 2, (a, c) -> text(Values.toText(arg(a, 0)).strip()));
        register("SUBSTRING", 2, 3, (a, c) -> {
            String s = Values.toText(arg(a, 0));
            int[] cps = s.codePoints().toArray();
            int start = (int) Values.toNumber(arg(a, 1));
            if (start < 0) {
                start = Math.max(0, cps.length + start);
            }
            start = Math.min(start, cps.length);
            int end = cps.length;
            if (a.length > 2 && !a[2].isNull()) {
                int len = (int) Values.toNumber(a[2]);
                end = len < 0 ? Math.max(start, cps.length + len) : Math.min(cps.length, start + len);
            }
            return text(new String(cps, start, Math.max(0, end - start)));
        });
        register("LEFT", 2, 2, (a, c) -> {
            String s = Values.toText(arg(a, 0));
            return text(s.substring(0, Math.min(s.length(), Math.max(0, (int) Values.toNumber(a[1])))));
        });
        register("RIGHT", 2, 2, (a, c) -> {
            String s = Values.toText(arg(a, 0));
            int n = Math.min(s.length(), Math.max(0, (int) Values.toNumber(a[1])));
            return text(s.substring(s.length() - n));
        });
        register("CONTAINS", 2, 3, (a, c) -> {
            int i = Values.toText(arg(a, 0)).indexOf(Values.toText(arg(a, 1)));
            return Values.truthy(arg(a, 2)) ? Values.number(i) : Values.bool(i >= 0);
        });
        register("STARTS_WITH", 2, 2, (a, c) -> Values.bool(Values.toText(arg(a, 0))
                .startsWith(Values.toText(arg(a, 1)))));
        register("LIKE", 2, 3, (a, c) -> Values.bool(Values.likePattern(Values.toText(arg(a, 1)),
                Values.truthy(arg(a, 2))).matcher(Values.toText(arg(a, 0))).matches()));
        register("SPLIT", 1, 3, (a, c) -> {
            String s = Values.toText(arg(a, 0));
            ArrayNode out = Values.array();
            if (a.length < 2 || a[1].isNull()) {
                out.add(s);
                return out;
            }
            String sep = Values.toText(a[1]);
            if (sep.isEmpty()) {
                s.codePoints().forEach(cp -> out.add(new String(Character.toChars(cp))));
                return out;
            }
            int from = 0;
            while (true) {
                int i = s.indexOf(sep, from);
                if (i < 0) {
                    out.add(s.substring(from));
                    return out;
                }
                out.add(s.substring(from, i));
                from = i + sep.length();
            }
        });
    }

    static JsonNode text(String s) {
        return Json.NODES.textNode(s);
    }

    private static String concat(String separator, JsonNode[] a, int from) {
        StringBuilder sb = new StringBuilder();
        boolean first = true;
        JsonNode[] parts = a;
        if (a.length == from + 1 && a[from].isArray()) {
            parts = new JsonNode[a[from].size()];
            for (int i = 0; i < parts.length; i++) {
                parts[i] = a[from].get(i);
            }
            from = 0;
        }
        for (int i = from; i < parts.length; i++) {
            JsonNode v = parts[i];
            if (v == null || v.isNull()) {
                continue;
            }
            if (!first) {
                sb.append(separator);
            }
            sb.append(Values.toText(v));
            first = false;
        }
        return sb.toString();
    }
}
