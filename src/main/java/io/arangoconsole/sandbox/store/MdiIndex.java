package io.arangoconsole.sandbox.store;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * A multi-dimensional (mdi) index, kept like a persistent index over its fields: the optimizer uses it for equality
 * and range conditions on its leading field, as ArangoDB uses an mdi index for range filters, but never for SORT
 * (an mdi index has no order). Conditions on its other fields are checked per document (decision 0020).
 */
public class MdiIndex extends PersistentIndex {
    MdiIndex(long id, String name, IndexSpec spec) {
        super(id, name, spec);
    }

    MdiIndex(long id, String name, IndexSpec spec, List<String> keyFields) {
        super(id, name, spec, keyFields);
    }

    @Override
    public String type() {
        return "mdi";
    }

    @Override
    public boolean servesSort() {
        return false;
    }

    @Override
    public boolean unique() {
        return false;
    }

    @Override
    protected void describeMore(ObjectNode out) {
        out.set("fieldValueTypes", spec().typeOptions().get("fieldValueTypes"));
        out.put("estimates", false);
    }
}
