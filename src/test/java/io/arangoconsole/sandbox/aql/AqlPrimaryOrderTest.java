package io.arangoconsole.sandbox.aql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.arangoconsole.sandbox.store.Collection;
import io.arangoconsole.sandbox.store.WriteOptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code SORT d._key} is read from the primary index in key order, as ArangoDB reads its RocksDB primary index:
 * ranges on {@code _key} start where they should, and writes that add or remove keys are seen by the next query.
 */
class AqlPrimaryOrderTest extends AqlTestBase {
    private static final String AFTER = "FOR d IN c FILTER d._key > @lk SORT d._key LIMIT 2 RETURN d._key";
    private Collection c;

    @BeforeEach
    void data() {
        c = collection("c", "{'_key':'k5','v':5}", "{'_key':'k1','v':1}", "{'_key':'k9','v':9}",
                "{'_key':'k3','v':3}", "{'_key':'k7','v':7}");
    }

    @Test
    void readsInKeyOrderWithoutASortNode() {
        assertEquals("['k1','k3','k5','k7','k9']", result("FOR d IN c SORT d._key RETURN d._key"));
        assertEquals("['k9','k7','k5','k3','k1']", result("FOR d IN c SORT d._key DESC RETURN d._key"));
        assertFalse(types("FOR d IN c SORT d._key RETURN d").contains("SortNode"));
    }

    @Test
    void rangesStartAndEndAtTheirBounds() {
        assertEquals("['k5','k7']", result(AFTER, binds("{'lk':'k3'}")));
        assertEquals("['k5','k7']", result(AFTER, binds("{'lk':'k4'}")));
        assertEquals("[]", result(AFTER, binds("{'lk':'k9'}")));
        assertEquals("['k3','k5']",
                result("FOR d IN c FILTER d._key >= 'k3' && d._key < 'k7' SORT d._key RETURN d._key"));
        assertEquals("['k7','k5','k3']",
                result("FOR d IN c FILTER d._key >= 'k3' && d._key <= 'k7' SORT d._key DESC RETURN d._key"));
        assertEquals("['k1','k3']", result("FOR d IN c FILTER d._key > 5 SORT d._key LIMIT 2 RETURN d._key"),
                "every string is after every number in ArangoDB's order");
    }

    @Test
    void keysAddedOrRemovedAreSeenByTheNextRead() {
        assertEquals("['k5','k7']", result(AFTER, binds("{'lk':'k3'}")));
        c.insert((com.fasterxml.jackson.databind.node.ObjectNode) json("{'_key':'k4'}"), WriteOptions.DEFAULT);
        c.remove("k5", WriteOptions.DEFAULT);
        assertEquals("['k4','k7']", result(AFTER, binds("{'lk':'k3'}")));
        c.truncate();
        assertEquals("[]", result("FOR d IN c SORT d._key RETURN d._key"));
    }

    @Test
    void aWritingQueryDoesNotReadTheKeysItInserts() {
        rows("FOR d IN c SORT d._key INSERT {_key: CONCAT(d._key, 'x')} INTO c");
        assertEquals(10, c.count(), "each of the 5 documents inserted one copy, none of the copies another");
        assertEquals("['k1','k1x','k3','k3x']", result("FOR d IN c SORT d._key LIMIT 4 RETURN d._key"));
    }

    @Test
    void anUpdateKeepsTheOrderAndShowsTheNewValue() {
        assertEquals("[3,5]", result("FOR d IN c FILTER d._key > 'k1' SORT d._key LIMIT 2 RETURN d.v"));
        c.update("k3", (com.fasterxml.jackson.databind.node.ObjectNode) json("{'v':33}"), WriteOptions.DEFAULT);
        assertEquals("[33,5]", result("FOR d IN c FILTER d._key > 'k1' SORT d._key LIMIT 2 RETURN d.v"));
    }

    private java.util.List<String> types(String query) {
        java.util.List<String> out = new java.util.ArrayList<>();
        engine.explain(db, query, null, false).get("plan").get("nodes").forEach(n -> out.add(n.get("type").asText()));
        return out;
    }
}
