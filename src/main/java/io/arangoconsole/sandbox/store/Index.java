package io.arangoconsole.sandbox.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/** An index of a collection: its definition, how ArangoDB lists it, and its upkeep on every write. */
public abstract class Index {
    private final long id;
    private final String name;
    private final List<String> fields;
    private volatile boolean building;
    private volatile double progress;

    protected Index(long id, String name, List<String> fields) {
        this.id = id;
        this.name = name;
        this.fields = List.copyOf(fields);
    }

    public long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public List<String> fields() {
        return fields;
    }

    public abstract String type();

    public abstract boolean unique();

    public abstract boolean sparse();

    /** Adds the document's entry; throws 1210 when a unique index already holds its values. */
    abstract void insert(JsonNode doc, String key);

    abstract void remove(JsonNode doc, String key);

    abstract void clear();

    /** Approximate heap held by the index, for figures. */
    public abstract long memory();

    /** Whether an index built from this spec would be this very index (then creation answers 200, not 201). */
    abstract boolean sameDefinition(IndexSpec spec);

    public boolean isBuilding() {
        return building;
    }

    /** Build progress in percent while {@link #isBuilding()}. */
    public double progress() {
        return progress;
    }

    void markBuilding(boolean building, double progress) {
        this.building = building;
        this.progress = progress;
    }

    /** The entry of {@code GET /_api/index}: {@code id} is {@code collection/number}. */
    public ObjectNode describe(String collection) {
        ObjectNode out = Json.object();
        ArrayNode f = out.putArray("fields");
        fields.forEach(f::add);
        out.put("id", collection + "/" + id);
        out.put("name", name);
        out.put("sparse", sparse());
        out.put("type", type());
        out.put("unique", unique());
        describeMore(out);
        if (building) {
            out.put("isBuilding", true);
            out.put("progress", Math.floor(progress * 100) / 100);
        }
        return out;
    }

    protected abstract void describeMore(ObjectNode out);
}
