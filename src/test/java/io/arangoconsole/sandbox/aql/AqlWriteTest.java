package io.arangoconsole.sandbox.aql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.arangoconsole.sandbox.store.Collection;
import org.junit.jupiter.api.Test;

/** INSERT, UPDATE, REPLACE, REMOVE, UPSERT through the store, with NEW/OLD and write counters. */
class AqlWriteTest extends AqlTestBase {

    private JsonNode writeStats(String query) {
        try (QueryRun run = start(query, null)) {
            assertTrue(run.modificationQuery());
            run.forEachRemaining(x -> { });
            return run.extra().get("stats");
        }
    }

    @Test
    void insertManyAndReturnNew() {
        Collection c = collection("c");
        JsonNode stats = writeStats("FOR i IN 1..3 INSERT {_key: TO_STRING(i), v: i} INTO c");
        assertEquals(3, stats.get("writesExecuted").asInt());
        assertEquals(3, c.count());
        assertEquals("['c/9',9]", result("INSERT {_key: '9', v: 9} IN c RETURN [NEW._id, NEW.v]")
                .replace("[[", "[").replace("]]", "]"));
    }

    @Test
    void insertOverwriteModes() {
        Collection c = collection("c", "{'_key':'a','v':1,'w':1}");
        JsonNode stats = writeStats("INSERT {_key: 'a', v: 2} INTO c OPTIONS {overwriteMode: 'ignore'}");
        assertEquals(0, stats.get("writesExecuted").asInt());
        assertEquals(1, stats.get("writesIgnored").asInt());
        writeStats("INSERT {_key: 'a', v: 3} INTO c OPTIONS {overwriteMode: 'update'}");
        assertEquals(3, c.get("a").node().get("w").asInt() + 2);
        writeStats("INSERT {_key: 'a', v: 4} INTO c OPTIONS {overwriteMode: 'replace'}");
        assertNull(c.get("a").node().get("w"));
    }

    @Test
    void updateReplaceRemoveWithOldAndNew() {
        Collection c = collection("c", "{'_key':'a','v':1,'w':1}", "{'_key':'b','v':2}");
        assertEquals("[[1,10,1]]", result("UPDATE 'a' WITH {v: 10} IN c RETURN [OLD.v, NEW.v, NEW.w]"));
        assertEquals("[[2,20]]", result("FOR d IN c FILTER d._key == 'b' UPDATE d WITH {v: d.v * 10} IN c"
                + " RETURN [OLD.v, NEW.v]"));
        assertEquals("[null]", result("REPLACE {_key: 'a', z: 1} IN c RETURN NEW.w"));
        assertEquals(1, c.get("a").node().get("z").asInt());
        assertEquals("[{'_key':'a'}]", result("REMOVE 'a' IN c RETURN KEEP(OLD, '_key')"));
        JsonNode stats = writeStats("FOR d IN c REMOVE d IN c");
        assertEquals(1, stats.get("writesExecuted").asInt());
        assertEquals(0, c.count());
    }

    @Test
    void updatingTheIndexedAttributeDuringAnIndexScanVisitsEachDocumentOnce() {
        Collection c = collection("c", "{'_key':'a','n':1}", "{'_key':'b','n':2}");
        c.createIndex(io.arangoconsole.sandbox.store.IndexSpec.persistent(java.util.List.of("n"), false, false));
        JsonNode stats = writeStats("FOR d IN c FILTER d.n >= 0 UPDATE d WITH {n: d.n + 10} IN c");
        assertEquals(2, stats.get("writesExecuted").asInt());
        assertEquals("[11,12]", result("FOR d IN c SORT d.n RETURN d.n"));
    }

    @Test
    void updateOfMissingDocumentFails() {
        collection("c");
        assertError(404, 1202, "document not found", error("UPDATE 'nope' WITH {v: 1} IN c", null));
        assertEquals("[]", result("UPDATE 'nope' WITH {v: 1} IN c OPTIONS {ignoreErrors: true}"));
    }

    @Test
    void upsertInsertsThenUpdates() {
        Collection c = collection("c");
        String q = "UPSERT {name: 'ann'} INSERT {name: 'ann', visits: 1} UPDATE {visits: OLD.visits + 1} IN c"
                + " RETURN NEW.visits";
        assertEquals("[1]", result(q));
        assertEquals("[2]", result(q));
        assertEquals(1, c.count());
        assertEquals("[{'name':'ann'}]", result("UPSERT {name: 'ann'} INSERT {} REPLACE {name: 'ann'} IN c"
                + " RETURN UNSET(NEW, '_key', '_id', '_rev')"));
    }

    @Test
    void explainMarksWriteCollections() {
        collection("c");
        JsonNode plan = engine.explain(db, "FOR i IN 1..2 INSERT {v: i} INTO c", null, false).get("plan");
        assertTrue(plan.get("isModificationQuery").asBoolean());
        assertEquals("[{\"name\":\"c\",\"type\":\"write\"}]", plan.get("collections").toString());
        assertTrue(plan.get("nodes").toString().contains("InsertNode"));
    }
}
