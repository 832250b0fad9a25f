package io.arangoconsole.sandbox.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Iterator;
import java.util.Map;

/**
 * A geo index: defined, listed and dropped as ArangoDB does, with the attributes ArangoDB reports for it, but holding
 * no entries. The sandbox's optimizer never picks one (decision 0020), so a query that ArangoDB would serve with it
 * (GEO_DISTANCE sort-and-limit) runs as a full scan here; explain shows which.
 */
final class ShapeIndex extends Index {
    private final IndexSpec spec;

    ShapeIndex(long id, String name, IndexSpec spec) {
        super(id, name, spec.fields());
        this.spec = spec;
    }

    @Override
    public String type() {
        return spec.type();
    }

    @Override
    public boolean unique() {
        return false;
    }

    @Override
    public boolean sparse() {
        return spec.sparse();
    }

    @Override
    void insert(JsonNode doc, String key) {
        // no entries: see the class comment
    }

    @Override
    void remove(JsonNode doc, String key) {
        // no entries
    }

    @Override
    void clear() {
        // no entries
    }

    @Override
    public long memory() {
        return 0;
    }

    @Override
    boolean sameDefinition(IndexSpec other) {
        return type().equals(other.type()) && fields().equals(other.fields()) && sparse() == other.sparse()
                && spec.typeOptions().equals(other.typeOptions());
    }

    @Override
    protected void describeMore(ObjectNode out) {
        Iterator<Map.Entry<String, JsonNode>> it = spec.typeOptions().fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            out.set(e.getKey(), e.getValue().deepCopy());
        }
    }
}
