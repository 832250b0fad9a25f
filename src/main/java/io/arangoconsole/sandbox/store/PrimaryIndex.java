package io.arangoconsole.sandbox.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.function.LongSupplier;

/** The primary index over {@code _key}; the documents map itself is its storage. */
public final class PrimaryIndex extends Index {
    private final LongSupplier count;

    PrimaryIndex(LongSupplier count) {
        super(0, "primary", List.of("_key"));
        this.count = count;
    }

    @Override
    public String type() {
        return "primary";
    }

    @Override
    public boolean unique() {
        return true;
    }

    @Override
    public boolean sparse() {
        return false;
    }

    @Override
    void insert(JsonNode doc, String key) {
    }

    @Override
    void remove(JsonNode doc, String key) {
    }

    @Override
    void clear() {
    }

    @Override
    public long memory() {
        return count.getAsLong() * 48;
    }

    @Override
    boolean sameDefinition(IndexSpec spec) {
        return false;
    }

    @Override
    protected void describeMore(ObjectNode out) {
        out.put("selectivityEstimate", 1);
    }
}
