package io.arangoconsole.sandbox.store;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * What a client asked for in {@code POST /_api/index}: the index definition plus {@code inBackground}.
 * {@code hash} and {@code skiplist} are aliases of {@code persistent}, as in ArangoDB 3.12.
 */
public record IndexSpec(String type, List<String> fields, boolean unique, boolean sparse, String name,
                        boolean estimates, boolean cacheEnabled, List<String> storedValues, boolean deduplicate,
                        Long expireAfter, boolean inBackground) {

    public IndexSpec {
        fields = List.copyOf(fields);
        storedValues = storedValues == null ? List.of() : List.copyOf(storedValues);
    }

    /** A plain persistent index over the given fields. */
    public static IndexSpec persistent(List<String> fields, boolean unique, boolean sparse) {
        return new IndexSpec("persistent", fields, unique, sparse, null, true, false, List.of(), true, null, false);
    }

    /** Reads a create-index body, refusing what ArangoDB refuses with 400/10. */
    public static IndexSpec fromJson(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw ApiError.badParameter("expecting object for index definition");
        }
        String type = body.path("type").asText("");
        if (type.equals("hash") || type.equals("skiplist")) {
            type = "persistent";
        }
        if (!type.equals("persistent") && !type.equals("ttl")) {
            throw ApiError.badParameter(type.isEmpty() ? "invalid index type" : "index type '" + type
                    + "' is not supported by this server");
        }
        List<String> fields = strings(body.get("fields"));
        if (fields.isEmpty()) {
            throw ApiError.badParameter("index definition needs at least one attribute in 'fields'");
        }
        if (type.equals("ttl") && (fields.size() != 1 || !body.path("expireAfter").isNumber())) {
            throw ApiError.badParameter("ttl index needs exactly one field and a numeric 'expireAfter'");
        }
        boolean ttl = type.equals("ttl");
        String name = body.hasNonNull("name") ? body.get("name").asText() : null;
        return new IndexSpec(type, fields, !ttl && body.path("unique").asBoolean(false),
                ttl || body.path("sparse").asBoolean(false), name, !ttl && body.path("estimates").asBoolean(true),
                body.path("cacheEnabled").asBoolean(false), strings(body.get("storedValues")),
                body.path("deduplicate").asBoolean(true),
                ttl ? Long.valueOf(body.get("expireAfter").asLong()) : null, body.path("inBackground").asBoolean(false));
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null && array.isArray()) {
            for (JsonNode f : array) {
                if (!f.isTextual() || f.asText().isEmpty()) {
                    throw ApiError.badParameter("index field names must be non-empty strings");
                }
                out.add(f.asText());
            }
        }
        return out;
    }
}
