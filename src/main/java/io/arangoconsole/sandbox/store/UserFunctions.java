package io.arangoconsole.sandbox.store;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.regex.Pattern;

/**
 * The AQL user functions of one database as {@code /_api/aqlfunction} keeps them: name (namespaced, compared without
 * case as ArangoDB does), code and whether it is deterministic. The sandbox stores them but cannot run them: it has no
 * JavaScript engine (see decision 0020).
 */
public final class UserFunctions {
    // ArangoDB's own patterns: a name must not start with '_'; a drop or group filter may
    private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9_]*(::[a-zA-Z0-9_]+)+");
    private static final Pattern FILTER = Pattern.compile("[a-zA-Z0-9_]+(::[a-zA-Z0-9_]*)*");
    // ArangoDB evaluates the code and wants a function; without a JavaScript engine the sandbox checks its form only
    private static final Pattern FUNCTION = Pattern.compile(
            "(?s)(function\\b.*\\}|(\\([^)]*\\)|[A-Za-z_$][\\w$]*)\\s*=>.+)");
    private final Map<String, ObjectNode> byName = new ConcurrentSkipListMap<>();

    /**
     * Stores a function; true when it is new, false when it replaced one. Bad input is refused as ArangoDB 3.12
     * refuses it: 400/1580 for the name, 400/1581 for the code, with its messages.
     */
    public synchronized boolean put(String name, String code, boolean deterministic) {
        if (name == null) {
            throw new ApiError(400, 1580, "function name has to be provided as a string");
        }
        if (name.isEmpty()) {
            throw new ApiError(400, 1580, "function name has to be provided and must not be empty");
        }
        if (!NAME.matcher(name).matches()) {
            throw new ApiError(400, 1580, "error creating AQL user function: '" + name + "' is not a valid name");
        }
        if (code == null || code.isEmpty()) {
            throw new ApiError(400, 1581, "expecting string with function definition");
        }
        if (!FUNCTION.matcher(code.strip()).matches()) {
            throw new ApiError(400, 1581, "invalid user function code");
        }
        ObjectNode def = Json.object();
        def.put("name", name);
        def.put("code", code.strip());
        def.put("isDeterministic", deterministic);
        return byName.put(key(name), def) == null;
    }

    /** Whether a function of that name exists. */
    public boolean contains(String name) {
        return byName.containsKey(key(name));
    }

    /** The functions, all or those in {@code namespace} (with or without its trailing {@code ::}). */
    public ArrayNode list(String namespace) {
        ArrayNode out = Json.NODES.arrayNode();
        String prefix = namespace == null || namespace.isEmpty() ? null : prefix(namespace);
        for (Map.Entry<String, ObjectNode> e : byName.entrySet()) {
            if (prefix == null || e.getKey().startsWith(prefix)) {
                out.add(e.getValue().deepCopy());
            }
        }
        return out;
    }

    /**
     * Removes one function, or with {@code group} every function of that namespace; returns how many. 404/1582 when
     * a single function does not exist.
     */
    public synchronized int remove(String name, boolean group) {
        if (name == null || !FILTER.matcher(name).matches()) {
            throw new ApiError(400, 1580, "error deleting AQL user function: '" + name
                    + "' contains invalid characters");
        }
        if (!group) {
            if (byName.remove(key(name)) == null) {
                throw new ApiError(404, 1582, "no AQL user function with name '" + name + "' found");
            }
            return 1;
        }
        String prefix = prefix(name);
        int removed = 0;
        for (String k : byName.keySet()) {
            if (k.startsWith(prefix)) {
                byName.remove(k);
                removed++;
            }
        }
        return removed;
    }

    private static String key(String name) {
        return name.toUpperCase(Locale.ROOT);
    }

    private static String prefix(String namespace) {
        String ns = key(namespace);
        return ns.endsWith("::") ? ns : ns + "::";
    }
}
