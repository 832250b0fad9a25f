package io.arangoconsole.sandbox.aql;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arangoconsole.sandbox.store.ApiError;
import io.arangoconsole.sandbox.store.Collection;
import io.arangoconsole.sandbox.store.Json;
import io.arangoconsole.sandbox.store.StoredDocument;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** The AQL function registry: name, argument counts, and the implementation. */
final class Functions {

    /** A function body over evaluated arguments. */
    @FunctionalInterface
    interface Impl {
        JsonNode call(JsonNode[] a, QueryContext ctx);
    }

    record Fn(String name, int min, int max, boolean deterministic, Impl impl) {
    }

    static final int MANY = 65536;
    private static final Map<String, Fn> REGISTRY = new HashMap<>();

    static void register(String name, int min, int max, Impl impl) {
        REGISTRY.put(name, new Fn(name, min, max, true, impl));
    }

    static void registerVolatile(String name, int min, int max, Impl impl) {
        REGISTRY.put(name, new Fn(name, min, max, false, impl));
    }

    static {
        ArrayFunctions.registerAll();
        TextFunctions.registerAll();
        DateFunctions.registerAll();
        MoreFunctions.registerAll();
        MoreFunctions.registerMore();
        GeoFunctions.registerAll();
        registerDocumentFunctions();
    }

    /** The function, or 400/1540; 400/1541 when the argument count does not fit. */
    static Fn lookup(String name, int argCount) {
        Fn fn = REGISTRY.get(name);
        if (fn == null) {
            throw new ApiError(400, 1540, "usage of unknown function '" + name + "()'");
        }
        if (argCount < fn.min() || argCount > fn.max()) {
            throw new ApiError(400, 1541, "invalid number of arguments for function '" + name
                    + "()', expected number of arguments: minimum: " + fn.min() + ", maximum: " + fn.max());
        }
        return fn;
    }

    static JsonNode arg(JsonNode[] a, int i) {
        return i < a.length && a[i] != null ? a[i] : Values.NULL;
    }

    private static void registerDocumentFunctions() {
        register("HAS", 2, 2, (a, c) -> Values.bool(arg(a, 0).isObject() && arg(a, 0).has(Values.toText(a[1]))));
        register("KEEP", 2, MANY, (a, c) -> keepOrUnset(a, true));
        register("UNSET", 2, MANY, (a, c) -> keepOrUnset(a, false));
        register("MERGE", 1, MANY, (a, c) -> merge(a, c));
        register("ATTRIBUTES", 1, 3, (a, c) -> attributes(a));
        register("VALUES", 1, 2, (a, c) -> {
            if (!arg(a, 0).isObject()) {
                return Values.NULL;
            }
            boolean removeInternal = Values.truthy(arg(a, 1));
            ArrayNode out = Values.array();
            arg(a, 0).fields().forEachRemaining(e -> {
                if (!removeInternal || !e.getKey().startsWith("_")) {
                    out.add(e.getValue());
                }
            });
            return out;
        });
        register("IS_NULL", 1, 1, (a, c) -> Values.bool(arg(a, 0).isNull()));
        register("NOT_NULL", 1, MANY, (a, c) -> {
            for (JsonNode v : a) {
                if (v != null && !v.isNull()) {
                    return v;
                }
            }
            return Values.NULL;
        });
        register("TO_BOOL", 1, 1, (a, c) -> Values.bool(Values.truthy(arg(a, 0))));
        register("TO_NUMBER", 1, 1, (a, c) -> Values.number(Values.toNumber(arg(a, 0))));
        register("TO_STRING", 1, 1, (a, c) -> Json.NODES.textNode(Values.toText(arg(a, 0))));
        register("TO_ARRAY", 1, 1, (a, c) -> {
            JsonNode v = arg(a, 0);
            if (v.isArray()) {
                return v;
            }
            ArrayNode out = Values.array();
            if (v.isObject()) {
                v.elements().forEachRemaining(out::add);
            } else if (!v.isNull()) {
                out.add(v);
            }
            return out;
        });
        register("TYPENAME", 1, 1, (a, c) -> Json.NODES.textNode(typeName(arg(a, 0))));
        registerVolatile("DOCUMENT", 1, 2, Functions::document);
        registerVolatile("SLEEP", 1, 1, (a, c) -> {
            long until = System.nanoTime() + (long) (Values.toNumber(arg(a, 0)) * 1e9);
            while (true) {
                c.checkAliveNow();
                long left = until - System.nanoTime();
                if (left <= 0) {
                    return Values.NULL;
                }
                try {
                    Thread.sleep(Math.max(1, Math.min(20, left / 1_000_000)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw QueryContext.killed();
                }
            }
        });
    }

    static String typeName(JsonNode v) {
        if (v.isNull()) {
            return "null";
        }
        if (v.isBoolean()) {
            return "bool";
        }
        if (v.isNumber()) {
            return "number";
        }
        if (v.isTextual()) {
            return "string";
        }
        return v.isArray() ? "array" : "object";
    }

    private static JsonNode keepOrUnset(JsonNode[] a, boolean keep) {
        if (!arg(a, 0).isObject()) {
            return Values.NULL;
        }
        List<String> names = new ArrayList<>();
        for (int i = 1; i < a.length; i++) {
            if (a[i].isArray()) {
                a[i].forEach(n -> names.add(Values.toText(n)));
            } else {
                names.add(Values.toText(a[i]));
            }
        }
        ObjectNode out = Json.object();
        Iterator<Map.Entry<String, JsonNode>> it = a[0].fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (names.contains(e.getKey()) == keep) {
                out.set(e.getKey(), e.getValue());
            }
        }
        return out;
    }

    private static JsonNode merge(JsonNode[] a, QueryContext c) {
        JsonNode[] parts = a;
        if (a.length == 1 && a[0].isArray()) {
            parts = new JsonNode[a[0].size()];
            for (int i = 0; i < parts.length; i++) {
                parts[i] = a[0].get(i);
            }
        }
        ObjectNode out = Json.object();
        for (JsonNode p : parts) {
            if (!p.isObject()) {
                c.warn(1542, "invalid argument type in call to function 'MERGE()'");
                return Values.NULL;
            }
            out.setAll((ObjectNode) p);
        }
        return out;
    }

    private static JsonNode attributes(JsonNode[] a) {
        if (!arg(a, 0).isObject()) {
            return Values.NULL;
        }
        boolean removeInternal = Values.truthy(arg(a, 1));
        List<String> names = new ArrayList<>();
        arg(a, 0).fieldNames().forEachRemaining(n -> {
            if (!removeInternal || !n.startsWith("_")) {
                names.add(n);
            }
        });
        if (Values.truthy(arg(a, 2))) {
            names.sort(null);
        }
        ArrayNode out = Values.array();
        names.forEach(out::add);
        return out;
    }

    private static JsonNode document(JsonNode[] a, QueryContext c) {
        if (a.length == 1) {
            JsonNode id = a[0];
            if (id.isArray()) {
                ArrayNode out = Values.array();
                for (JsonNode x : id) {
                    JsonNode d = documentById(x, c);
                    if (!d.isNull()) {
                        out.add(d);
                    }
                }
                return out;
            }
            return documentById(id, c);
        }
        String coll = Values.toText(a[0]);
        if (a[1].isArray()) {
            ArrayNode out = Values.array();
            for (JsonNode k : a[1]) {
                JsonNode d = lookup(c, coll, k);
                if (!d.isNull()) {
                    out.add(d);
                }
            }
            return out;
        }
        return lookup(c, coll, a[1]);
    }

    private static JsonNode documentById(JsonNode id, QueryContext c) {
        String s = id.isObject() ? Values.toText(id.get("_id")) : Values.toText(id);
        int slash = s.indexOf('/');
        return slash < 0 ? Values.NULL : lookup(c, s.substring(0, slash), Json.NODES.textNode(s.substring(slash + 1)));
    }

    private static JsonNode lookup(QueryContext c, String coll, JsonNode keyOrId) {
        String key = keyOrId.isObject() ? Values.toText(keyOrId.get("_key")) : Values.toText(keyOrId);
        int slash = key.indexOf('/');
        if (slash >= 0) {
            coll = key.substring(0, slash);
            key = key.substring(slash + 1);
        }
        Collection collection = c.db.find(coll);
        if (collection == null) {
            return Values.NULL;
        }
        StoredDocument d = collection.get(key);
        c.documentLookups++;
        return d == null ? Values.NULL : d.node();
    }
}
