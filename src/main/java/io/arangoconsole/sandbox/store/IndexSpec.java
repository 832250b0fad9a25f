package io.arangoconsole.sandbox.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/**
 * What a client asked for in {@code POST /_api/index}: the index definition plus {@code inBackground}.
 * {@code hash} and {@code skiplist} are aliases of {@code persistent}, as in ArangoDB 3.12.
 */
public record IndexSpec(String type, List<String> fields, boolean unique, boolean sparse, String name,
                        boolean estimates, boolean cacheEnabled, List<String> storedValues, boolean deduplicate,
                        Long expireAfter, boolean inBackground, ObjectNode typeOptions) {

    public IndexSpec {
        fields = List.copyOf(fields);
        storedValues = storedValues == null ? List.of() : List.copyOf(storedValues);
        typeOptions = typeOptions == null ? Json.object() : typeOptions;
    }

    public IndexSpec(String type, List<String> fields, boolean unique, boolean sparse, String name,
                     boolean estimates, boolean cacheEnabled, List<String> storedValues, boolean deduplicate,
                     Long expireAfter, boolean inBackground) {
        this(type, fields, unique, sparse, name, estimates, cacheEnabled, storedValues, deduplicate, expireAfter,
                inBackground, null);
    }

    /** Whether this is a geo index, which the sandbox lists but does not fill (see {@link ShapeIndex}). */
    public boolean isShape() {
        return type.equals("geo");
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
        if (type.equals("zkd")) {
            type = "mdi";
        }
        if (!List.of("persistent", "ttl", "geo", "mdi", "mdi-prefixed").contains(type)) {
            // ArangoDB's own answer for a type it does not offer (inverted and vector need ArangoSearch)
            throw ApiError.badParameter("invalid index type '" + type + "'");
        }
        List<String> fields = strings(body.get("fields"));
        if (fields.isEmpty()) {
            throw ApiError.badParameter("index definition needs at least one attribute in 'fields'");
        }
        if (type.equals("geo") || type.startsWith("mdi")) {
            return shape(type, fields, body);
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

    /**
     * A geo index ({@code fields} 1 or 2, {@code geoJson}) or an mdi index ({@code fieldValueTypes: "double"}; an
     * {@code mdi-prefixed} one also has {@code prefixFields}, the attributes a query must fix by equality).
     */
    private static IndexSpec shape(String type, List<String> fields, JsonNode body) {
        String name = body.hasNonNull("name") ? body.get("name").asText() : null;
        ObjectNode options = Json.object();
        if (type.equals("geo")) {
            if (fields.size() > 2) {
                throw ApiError.badParameter("a geo index needs one attribute (location or GeoJSON) or two (latitude,"
                        + " longitude) in 'fields', not " + fields.size());
            }
            options.put("bestIndexedLevel", 17);
            options.put("geoJson", fields.size() == 1 && body.path("geoJson").asBoolean(false));
            options.put("legacyPolygons", body.path("legacyPolygons").asBoolean(false));
            options.put("maxNumCoverCells", 8);
            options.put("worstIndexedLevel", 4);
            return new IndexSpec(type, fields, false, true, name, false, false, List.of(), false, null,
                    body.path("inBackground").asBoolean(false), options);
        }
        if (!body.path("fieldValueTypes").asText("").equals("double")) {
            throw ApiError.badParameter("an mdi index needs 'fieldValueTypes': \"double\"");
        }
        if (body.path("unique").asBoolean(false)) {
            throw new UnsupportedFeature("unique mdi indexes are not supported by the sandbox");
        }
        boolean prefixed = type.equals("mdi-prefixed");
        boolean estimates = prefixed && body.path("estimates").asBoolean(true);
        options.put("estimates", estimates);
        options.put("fieldValueTypes", "double");
        if (prefixed) {
            List<String> prefix = strings(body.get("prefixFields"));
            if (prefix.isEmpty()) {
                throw ApiError.badParameter("an mdi-prefixed index needs at least one attribute in 'prefixFields'");
            }
            ArrayNode out = options.putArray("prefixFields");
            prefix.forEach(out::add);
        }
        return new IndexSpec(type, fields, false, body.path("sparse").asBoolean(false), name, estimates, false,
                List.of(), false, null, body.path("inBackground").asBoolean(false), options);
    }

    /** The {@code prefixFields} of an mdi-prefixed index, else empty. */
    public List<String> prefixFields() {
        List<String> out = new ArrayList<>();
        typeOptions.path("prefixFields").forEach(f -> out.add(f.asText()));
        return out;
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
