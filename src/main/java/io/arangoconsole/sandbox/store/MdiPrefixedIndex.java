package io.arangoconsole.sandbox.store;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/**
 * An {@code mdi-prefixed} index: an mdi index whose entries are first grouped by its {@code prefixFields}. ArangoDB
 * uses it only when a query fixes every prefix field by equality, then serves ranges on the mdi fields; the sandbox
 * keys its entries by (prefix fields..., fields...) so that the same conditions become one index range.
 */
public final class MdiPrefixedIndex extends MdiIndex {
    MdiPrefixedIndex(long id, String name, IndexSpec spec) {
        super(id, name, spec, keyFields(spec));
    }

    private static List<String> keyFields(IndexSpec spec) {
        List<String> all = new ArrayList<>(spec.prefixFields());
        all.addAll(spec.fields());
        return all;
    }

    @Override
    public String type() {
        return "mdi-prefixed";
    }

    @Override
    public int requiredEqualities() {
        return spec().prefixFields().size();
    }

    @Override
    boolean sameDefinition(IndexSpec other) {
        return type().equals(other.type()) && spec().fields().equals(other.fields())
                && spec().prefixFields().equals(other.prefixFields()) && sparse() == other.sparse();
    }

    @Override
    protected void describeMore(ObjectNode out) {
        // the entry keys include the prefix fields; ArangoDB lists them apart from the mdi fields
        ArrayNode fields = out.putArray("fields");
        spec().fields().forEach(fields::add);
        ArrayNode prefix = out.putArray("prefixFields");
        spec().prefixFields().forEach(prefix::add);
        out.set("fieldValueTypes", spec().typeOptions().get("fieldValueTypes"));
        out.put("estimates", spec().estimates());
        if (spec().estimates() && !isBuilding()) {
            out.put("selectivityEstimate", selectivityEstimate());
        }
    }
}
