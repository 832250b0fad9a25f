package io.arangoconsole.sandbox.aql;

import static io.arangoconsole.sandbox.aql.Functions.MANY;
import static io.arangoconsole.sandbox.aql.Functions.arg;
import static io.arangoconsole.sandbox.aql.Functions.register;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arangoconsole.sandbox.store.Json;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Type checks, set operations, hashing, regex and identifier helpers that DBAs' queries commonly use. */
final class MoreFunctions {
    private MoreFunctions() {
    }

    static void registerAll() {
        register("IS_STRING", 1, 1, (a, c) -> Values.bool(arg(a, 0).isTextual()));
        register("IS_NUMBER", 1, 1, (a, c) -> Values.bool(arg(a, 0).isNumber()));
        register("IS_BOOL", 1, 1, (a, c) -> Values.bool(arg(a, 0).isBoolean()));
        register("IS_ARRAY", 1, 1, (a, c) -> Values.bool(arg(a, 0).isArray()));
        register("IS_LIST", 1, 1, (a, c) -> Values.bool(arg(a, 0).isArray()));
        register("IS_OBJECT", 1, 1, (a, c) -> Values.bool(arg(a, 0).isObject()));
        register("IS_DOCUMENT", 1, 1, (a, c) -> Values.bool(arg(a, 0).isObject()));
        register("UNION", 1, MANY, (a, c) -> {
            ArrayNode out = Values.array();
            for (JsonNode x : a) {
                if (!x.isArray()) {
                    return Values.NULL;
                }
                out.addAll((ArrayNode) x);
            }
            return out;
        });
        register("UNION_DISTINCT", 1, MANY, (a, c) -> {
            TreeSet<JsonNode> seen = new TreeSet<>(Values::compare);
            ArrayNode out = Values.array();
            for (JsonNode x : a) {
                if (!x.isArray()) {
                    return Values.NULL;
                }
                x.forEach(v -> {
                    if (seen.add(v)) {
                        out.add(v);
                    }
                });
            }
            return out;
        });
        register("INTERSECTION", 1, MANY, (a, c) -> {
            if (!arg(a, 0).isArray()) {
                return Values.NULL;
            }
            ArrayNode out = Values.array();
            TreeSet<JsonNode> seen = new TreeSet<>(Values::compare);
            for (JsonNode v : a[0]) {
                boolean everywhere = true;
                for (int i = 1; i < a.length && everywhere; i++) {
                    everywhere = Values.in(v, a[i]);
                }
                if (everywhere && seen.add(v)) {
                    out.add(v);
                }
            }
            return out;
        });
        register("MINUS", 1, MANY, (a, c) -> {
            if (!arg(a, 0).isArray()) {
                return Values.NULL;
            }
            ArrayNode out = Values.array();
            TreeSet<JsonNode> seen = new TreeSet<>(Values::compare);
            for (JsonNode v : a[0]) {
                boolean elsewhere = false;
                for (int i = 1; i < a.length && !elsewhere; i++) {
                    elsewhere = Values.in(v, a[i]);
                }
                if (!elsewhere && seen.add(v)) {
                    out.add(v);
                }
            }
            return out;
        });
        register("ZIP", 2, 2, (a, c) -> {
            if (!arg(a, 0).isArray() || !arg(a, 1).isArray() || a[0].size() != a[1].size()) {
                return Values.NULL;
            }
            ObjectNode out = Json.object();
            for (int i = 0; i < a[0].size(); i++) {
                out.set(Values.toText(a[0].get(i)), a[1].get(i));
            }
            return out;
        });
        register("PARSE_IDENTIFIER", 1, 1, (a, c) -> {
            String id = arg(a, 0).isObject() ? Values.toText(a[0].get("_id")) : Values.toText(arg(a, 0));
            int slash = id.indexOf('/');
            if (slash < 0) {
                return Values.NULL;
            }
            ObjectNode out = Json.object();
            out.put("collection", id.substring(0, slash));
            out.put("key", id.substring(slash + 1));
            return out;
        });
        register("MD5", 1, 1, (a, c) -> TextFunctions.text(digest("MD5", Values.toText(arg(a, 0)))));
        register("SHA1", 1, 1, (a, c) -> TextFunctions.text(digest("SHA-1", Values.toText(arg(a, 0)))));
        register("SHA256", 1, 1, (a, c) -> TextFunctions.text(digest("SHA-256", Values.toText(arg(a, 0)))));
        Functions.registerVolatile("UUID", 0, 0, (a, c) -> TextFunctions.text(UUID.randomUUID().toString()));
        Functions.registerVolatile("CURRENT_DATABASE", 0, 0, (a, c) -> TextFunctions.text(c.db.name()));
        register("SUBSTITUTE", 2, 4, (a, c) -> {
            String s = Values.toText(arg(a, 0));
            if (arg(a, 1).isObject()) {
                for (var it = a[1].fields(); it.hasNext(); ) {
                    var e = it.next();
                    s = s.replace(e.getKey(), Values.toText(e.getValue()));
                }
                return TextFunctions.text(s);
            }
            return TextFunctions.text(s.replace(Values.toText(arg(a, 1)), Values.toText(arg(a, 2))));
        });
        register("REGEX_TEST", 2, 3, (a, c) -> {
            try {
                int flags = Values.truthy(arg(a, 2)) ? Pattern.CASE_INSENSITIVE : 0;
                return Values.bool(Pattern.compile(Values.toText(arg(a, 1)), flags)
                        .matcher(Values.toText(arg(a, 0))).find());
            } catch (PatternSyntaxException e) {
                c.warn(1543, "invalid regex value");
                return Values.NULL;
            }
        });
    }

    private static String digest(String algorithm, String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm)
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
