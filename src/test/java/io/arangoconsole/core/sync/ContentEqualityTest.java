package io.arangoconsole.core.sync;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContentEqualityTest {

    private static ObjectNode json(String text) throws Exception {
        return (ObjectNode) SyncJson.MAPPER.readTree(text);
    }

    @Test
    void revisionsAndIdsDoNotCountAndNumbersCompareByValue() throws Exception {
        ObjectNode stored = json("{\"_key\":\"a\",\"_id\":\"c/a\",\"_rev\":\"_x\",\"n\":1.0,\"o\":{\"p\":[1,2]}}");
        ObjectNode incoming = json("{\"_key\":\"a\",\"_rev\":\"_y\",\"n\":1,\"o\":{\"p\":[1,2]}}");
        assertTrue(ContentEquality.unchanged(stored, incoming, OnDuplicate.REPLACE));
        assertTrue(ContentEquality.unchanged(stored, incoming, OnDuplicate.UPDATE));
    }

    @Test
    void updateOnlyNeedsTheIncomingAttributesReplaceNeedsThemAll() throws Exception {
        ObjectNode stored = json("{\"_key\":\"a\",\"n\":1,\"extra\":true,\"o\":{\"p\":1,\"q\":2}}");
        ObjectNode incoming = json("{\"_key\":\"a\",\"n\":1,\"o\":{\"p\":1}}");
        assertTrue(ContentEquality.unchanged(stored, incoming, OnDuplicate.UPDATE));
        assertFalse(ContentEquality.unchanged(stored, incoming, OnDuplicate.REPLACE));
        assertFalse(ContentEquality.unchanged(stored, json("{\"_key\":\"a\",\"o\":{\"p\":3}}"), OnDuplicate.UPDATE));
        assertFalse(ContentEquality.unchanged(null, incoming, OnDuplicate.IGNORE));
        assertTrue(ContentEquality.unchanged(stored, json("{\"_key\":\"a\",\"n\":9}"), OnDuplicate.IGNORE));
    }
}
