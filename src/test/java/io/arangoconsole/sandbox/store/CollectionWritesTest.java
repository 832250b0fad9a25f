package io.arangoconsole.sandbox.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.arangoconsole.sandbox.store.TestDocs.doc;
import static io.arangoconsole.sandbox.store.TestDocs.index;
import static io.arangoconsole.sandbox.store.TestDocs.keys;
import static io.arangoconsole.sandbox.store.TestDocs.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CollectionWritesTest extends OneCollectionTest {
    private ObjectNode stored(String key) {
        ObjectNode node = c.get(key).node();
        node.remove(List.of("_id", "_rev"));
        return node;
    }

    @Test
    void anImportedDocumentParsedBeforeAnIndexWasMadeIsIndexedFromItsWholeBody() {
        // parsed when the collection had no secondary index: its tree holds only _key, the rest is in members
        java.util.Set<String> kept = c.attributesReadOnInsert();
        ObjectNode partial = doc("{'_key':'a'}");
        byte[] members = "\"city\":\"Kisumu\",\"n\":1".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        PersistentIndex byCity = index(c, "{'type':'persistent','fields':['city']}");

        c.insert(partial, members, kept, WriteOptions.DEFAULT);

        assertEquals(List.of("a"), keys(byCity.scan(List.of(value("'Kisumu'")), null, false)));
        assertEquals(doc("{'_key':'a','city':'Kisumu','n':1}"), stored("a"));
        assertTrue(c.attributesReadOnInsert().contains("city"));
    }

    @Test
    void aDocumentPreparedWhileParsedIsStoredWithTheSameBytesWhetherItsHeadFitsOrNot() {
        byte[] members = "\"city\":\"Kisumu\",\"n\":1".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        RawMembers raw = new RawMembers();
        raw.copy(members, 0, members.length);
        // prepared for this collection and key: only the revision is filled in
        c.insert(doc("{'_key':'a'}"), raw.prepared("users", "a"), c.attributesReadOnInsert(), WriteOptions.DEFAULT);
        // prepared under another collection's name (say, renamed since): built from the members
        c.insert(doc("{'_key':'b'}"), raw.prepared("people", "b"), c.attributesReadOnInsert(), WriteOptions.DEFAULT);
        RawMembers none = new RawMembers();
        c.insert(doc("{'_key':'e'}"), none.prepared("users", "e"), c.attributesReadOnInsert(), WriteOptions.DEFAULT);

        for (String key : List.of("a", "b")) {
            StoredDocument d = c.get(key);
            assertEquals("{\"_key\":\"" + key + "\",\"_id\":\"users/" + key + "\",\"_rev\":\"" + d.rev()
                    + "\",\"city\":\"Kisumu\",\"n\":1}", new String(d.json(), java.nio.charset.StandardCharsets.UTF_8));
        }
        StoredDocument empty = c.get("e");
        assertEquals("{\"_key\":\"e\",\"_id\":\"users/e\",\"_rev\":\"" + empty.rev() + "\"}",
                new String(empty.json(), java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(11, empty.rev().length(), "a revision as the prepared head leaves room for");
    }

    @Test
    void anImportedDocumentReplacingAnotherIsStoredWhole() {
        c.insert(doc("{'_key':'a','old':true}"), WriteOptions.DEFAULT);
        byte[] members = "\"city\":\"Kisumu\"".getBytes(java.nio.charset.StandardCharsets.UTF_8);

        c.insert(doc("{'_key':'a'}"), members, c.attributesReadOnInsert(), WriteOptions.overwrite("replace"));

        assertEquals(doc("{'_key':'a','city':'Kisumu'}"), stored("a"));
    }

    @Test
    void uniqueViolationOnInsertStoresNothingAndLeavesOtherIndexesAlone() {
        PersistentIndex byCity = index(c, "{'type':'persistent','fields':['city']}");
        PersistentIndex byEmail = index(c, "{'type':'persistent','fields':['email'],'unique':true}");
        c.insert(doc("{'_key':'a','email':'a@x.org','city':'Kisumu'}"), WriteOptions.DEFAULT);
        String revision = c.revision();

        ApiError e = assertThrows(ApiError.class,
                () -> c.insert(doc("{'_key':'b','email':'a@x.org','city':'Eldoret'}"), WriteOptions.DEFAULT));

        assertEquals(409, e.code());
        assertEquals(1210, e.errorNum());
        assertTrue(e.getMessage().contains("conflicting key: a"), e.getMessage());
        assertNull(c.get("b"));
        assertEquals(1, c.count());
        assertEquals(revision, c.revision());
        assertEquals(List.of(), keys(byCity.scan(List.of(value("'Eldoret'")), null, false)));
        assertEquals(1, byCity.size());
        assertEquals(1, byEmail.size());
    }

    @Test
    void uniqueViolationOnUpdateAndReplaceKeepsTheOldDocumentIndexed() {
        PersistentIndex byEmail = index(c, "{'type':'persistent','fields':['email'],'unique':true}");
        PersistentIndex byCity = index(c, "{'type':'persistent','fields':['city']}");
        c.insert(doc("{'_key':'a','email':'a@x.org','city':'Kisumu'}"), WriteOptions.DEFAULT);
        c.insert(doc("{'_key':'b','email':'b@x.org','city':'Eldoret'}"), WriteOptions.DEFAULT);

        ApiError update = assertThrows(ApiError.class,
                () -> c.update("b", doc("{'email':'a@x.org','city':'Nakuru'}"), WriteOptions.DEFAULT));
        ApiError replace = assertThrows(ApiError.class,
                () -> c.replace("b", doc("{'email':'a@x.org'}"), WriteOptions.DEFAULT));

        assertEquals(1210, update.errorNum());
        assertEquals(1210, replace.errorNum());
        assertEquals(doc("{'_key':'b','email':'b@x.org','city':'Eldoret'}"), stored("b"));
        assertEquals(List.of("b"), keys(byEmail.scan(List.of(value("'b@x.org'")), null, false)));
        assertEquals(List.of("b"), keys(byCity.scan(List.of(value("'Eldoret'")), null, false)));
        assertEquals(List.of(), keys(byCity.scan(List.of(value("'Nakuru'")), null, false)));
        c.update("b", doc("{'email':'b@x.org','city':'Nakuru'}"), WriteOptions.DEFAULT);
        assertEquals(List.of("b"), keys(byCity.scan(List.of(value("'Nakuru'")), null, false)),
                "a document may keep its own unique value");
    }

    @Test
    void sparseUniqueIndexAllowsManyDocumentsWithoutTheValue() {
        index(c, "{'type':'persistent','fields':['email'],'unique':true,'sparse':true}");
        c.insert(doc("{'_key':'a'}"), WriteOptions.DEFAULT);
        c.insert(doc("{'_key':'b','email':null}"), WriteOptions.DEFAULT);
        assertEquals(2, c.count());
        Collection people = TestDocs.collection(store, "people");
        index(people, "{'type':'persistent','fields':['phone'],'unique':true}");
        people.insert(doc("{'_key':'a'}"), WriteOptions.DEFAULT);
        ApiError e = assertThrows(ApiError.class, () -> people.insert(doc("{'_key':'b'}"), WriteOptions.DEFAULT));
        assertEquals(1210, e.errorNum(), "a non-sparse unique index counts missing as one null value");
    }

    @Test
    void overwriteModeDecidesWhatHappensToAnExistingKey() {
        c.insert(doc("{'_key':'a','name':'old','keep':1}"), WriteOptions.DEFAULT);

        ApiError conflict = assertThrows(ApiError.class,
                () -> c.insert(doc("{'_key':'a','name':'new'}"), WriteOptions.overwrite("conflict")));
        assertEquals(409, conflict.code());
        assertEquals(1210, conflict.errorNum());
        assertEquals("unique constraint violated - in index primary of type primary over '_key'; conflicting key: a",
                conflict.getMessage());
        assertEquals(1210, assertThrows(ApiError.class,
                () -> c.insert(doc("{'_key':'a'}"), WriteOptions.DEFAULT)).errorNum(), "conflict is the default");

        WriteResult ignored = c.insert(doc("{'_key':'a','name':'new'}"), WriteOptions.overwrite("ignore"));
        assertTrue(ignored.ignored());
        assertFalse(ignored.created());
        assertEquals(doc("{'_key':'a','name':'old','keep':1}"), stored("a"));

        WriteResult updated = c.insert(doc("{'_key':'a','name':'upd'}"), WriteOptions.overwrite("update"));
        assertEquals(doc("{'_key':'a','name':'upd','keep':1}"), stored("a"));
        assertNotEquals(updated.previous().rev(), updated.current().rev());

        WriteResult replaced = c.insert(doc("{'_key':'a','name':'rep'}"), WriteOptions.overwrite("replace"));
        assertEquals(doc("{'_key':'a','name':'rep'}"), stored("a"));
        assertEquals(updated.current().rev(), replaced.previous().rev());
        assertEquals(1, c.count());
    }

    @Test
    void updateMergesAndKeepNullFalseRemovesAttributes() {
        c.insert(doc("{'_key':'a','x':1,'y':2,'n':{'p':1,'q':2}}"), WriteOptions.DEFAULT);

        c.update("a", doc("{'x':null,'n':{'p':null,'r':3},'z':4}"), new WriteOptions(null, false, true, null));
        assertEquals(doc("{'_key':'a','y':2,'n':{'q':2,'r':3},'z':4}"), stored("a"));

        c.update("a", doc("{'y':null,'n':{'s':5}}"), new WriteOptions(null, true, false, null));
        assertEquals(doc("{'_key':'a','y':null,'n':{'s':5},'z':4}"), stored("a"),
                "keepNull stores null, mergeObjects false replaces the object");

        c.update("a", doc("{'_key':'ignored','_id':'users/other','z':5}"), WriteOptions.DEFAULT);
        assertEquals(5, stored("a").get("z").asInt());
        assertEquals("users/a", c.get("a").node().get("_id").asText(), "system attributes cannot be patched");
    }

    @Test
    void updateViaInsertHonoursKeepNullAndMergeObjects() {
        c.insert(doc("{'_key':'a','x':1,'n':{'p':1}}"), WriteOptions.DEFAULT);
        c.insert(doc("{'_key':'a','x':null,'n':{'q':2}}"), new WriteOptions("update", false, true, null));
        assertEquals(doc("{'_key':'a','n':{'p':1,'q':2}}"), stored("a"));
    }

    @Test
    void ifMatchMismatchRefusesWithPreconditionFailed() {
        WriteResult first = c.insert(doc("{'_key':'a','v':1}"), WriteOptions.DEFAULT);
        String oldRev = first.current().rev();
        WriteResult second = c.update("a", doc("{'v':2}"), new WriteOptions(null, true, true, oldRev));

        ApiError remove = assertThrows(ApiError.class, () -> c.remove("a", new WriteOptions(null, true, true, oldRev)));
        assertEquals(412, remove.code());
        assertEquals(1200, remove.errorNum());
        assertEquals(2, c.get("a").node().get("v").asInt(), "still there");
        ApiError replace = assertThrows(ApiError.class,
                () -> c.replace("a", doc("{'v':3}"), new WriteOptions(null, true, true, oldRev)));
        assertEquals(412, replace.code());

        StoredDocument removed = c.remove("a", new WriteOptions(null, true, true, second.current().rev()));
        assertEquals("a", removed.key());
        assertNull(c.get("a"));
        ApiError gone = assertThrows(ApiError.class, () -> c.remove("a", WriteOptions.DEFAULT));
        assertEquals(404, gone.code());
        assertEquals(1202, gone.errorNum());
    }

    @Test
    void revisionsIncreaseAndSizesFollowWrites() {
        WriteResult a = c.insert(doc("{'_key':'a','v':'x'}"), WriteOptions.DEFAULT);
        long size = c.documentsSize();
        assertEquals(a.current().size(), size);
        WriteResult b = c.update("a", doc("{'v':'a much longer value than before'}"), WriteOptions.DEFAULT);
        assertTrue(b.current().rev().compareTo(a.current().rev()) > 0 || b.current().rev().length()
                > a.current().rev().length(), "revisions only grow");
        assertEquals(b.current().size(), c.documentsSize());
        assertEquals(b.current().rev(), c.revision());
        c.remove("a", WriteOptions.DEFAULT);
        assertEquals(0, c.documentsSize());
    }

    @Test
    void keysAreCheckedAndGeneratedWhenMissing() {
        for (String bad : List.of("{'_key':''}", "{'_key':'a/b'}", "{'_key':'a b'}", "{'_key':'é'}", "{'_key':12}",
                "{'_key':'" + "k".repeat(255) + "'}")) {
            ApiError e = assertThrows(ApiError.class, () -> c.insert(doc(bad), WriteOptions.DEFAULT), bad);
            assertEquals(400, e.code());
            assertEquals(1221, e.errorNum());
        }
        assertEquals(0, c.count());
        WriteResult generated = c.insert(doc("{'v':1}"), WriteOptions.DEFAULT);
        assertTrue(Keys.isValid(generated.current().key()));
        WriteResult second = c.insert(doc("{'v':2}"), WriteOptions.DEFAULT);
        assertNotEquals(generated.current().key(), second.current().key());
        c.insert(doc("{'_key':'" + "k".repeat(254) + "'}"), WriteOptions.DEFAULT);
        ObjectNode punctuation = Json.object().put("_key", "uuid:1f-2e_3.@()+,=;$!*'%");
        c.insert(punctuation, WriteOptions.DEFAULT);
        assertEquals(4, c.count());
    }
}
