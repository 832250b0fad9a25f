package io.arangoconsole.sandbox.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Small helpers for store tests: documents from JSON text, index creation, scans as lists. */
final class TestDocs {
    private TestDocs() {
    }

    /** A document from relaxed JSON: single quotes allowed, for readable tests. */
    static ObjectNode doc(String json) {
        return (ObjectNode) Json.parse(json.replace('\'', '"'));
    }

    static JsonNode value(String json) {
        return Json.parse(json.replace('\'', '"'));
    }

    static Collection collection(Store store, String name) {
        return store.database("_system").create(name, 2, false);
    }

    static PersistentIndex index(Collection c, String json) {
        return (PersistentIndex) c.createIndex(IndexSpec.fromJson(value(json))).index();
    }

    /** The document keys a scan yields, in scan order. */
    static List<String> keys(Iterator<IndexKey> scan) {
        List<String> out = new ArrayList<>();
        scan.forEachRemaining(k -> out.add(k.docKey()));
        return out;
    }
}
