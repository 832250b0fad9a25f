package io.arangoconsole.sandbox.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Iterator;
import java.util.Map;

/** Building the stored form of documents: system attributes first, then the user's, and merging for updates. */
final class Documents {
    private Documents() {
    }

    static ObjectNode withSystemAttributes(ObjectNode body, String collection, String key, String rev) {
        ObjectNode out = Json.object();
        out.put("_key", key);
        out.put("_id", collection + "/" + key);
        out.put("_rev", rev);
        Iterator<Map.Entry<String, JsonNode>> it = body.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String name = e.getKey();
            if (!name.equals("_key") && !name.equals("_id") && !name.equals("_rev")) {
                out.set(name, e.getValue());
            }
        }
        return out;
    }

    /** ArangoDB's update: patch attributes win; null removes unless keepNull; objects merge when mergeObjects. */
    static ObjectNode merge(ObjectNode base, ObjectNode patch, boolean keepNull, boolean mergeObjects) {
        ObjectNode out = base.deepCopy();
        Iterator<Map.Entry<String, JsonNode>> it = patch.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String name = e.getKey();
            JsonNode value = e.getValue();
            if (name.equals("_key") || name.equals("_id") || name.equals("_rev")) {
                continue;
            }
            if (value.isNull() && !keepNull) {
                out.remove(name);
            } else if (mergeObjects && value.isObject() && out.path(name).isObject()) {
                out.set(name, merge((ObjectNode) out.get(name), (ObjectNode) value, keepNull, true));
            } else {
                out.set(name, value);
            }
        }
        return out;
    }
}
