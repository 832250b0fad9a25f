package io.arangoconsole.sandbox.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static io.arangoconsole.sandbox.store.TestDocs.doc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class ChecksumsTest {
    private static final List<String> DOCS = List.of(
            "{'_key':'a','name':'Amina','tags':['x','y'],'address':{'city':'Kisumu','zip':'40100'}}",
            "{'_key':'b','name':'Baraka','age':41,'active':true}",
            "{'_key':'c','name':null,'score':1.5}",
            "{'_key':'d'}");
    private Store one;
    private Store two;

    @BeforeEach
    void setUp() {
        one = new Store(3600);
        two = new Store(3600);
    }

    @AfterEach
    void tearDown() {
        one.close();
        two.close();
    }

    private static Collection filled(Store store, List<String> docs) {
        Collection c = TestDocs.collection(store, "c");
        docs.forEach(d -> c.insert(doc(d), WriteOptions.DEFAULT));
        return c;
    }

    @Test
    void sameDocumentsInAnyOrderGiveTheSameChecksum() {
        List<String> shuffled = new ArrayList<>(DOCS);
        Collections.shuffle(shuffled, new Random(3));
        Collections.reverse(shuffled);
        Collection a = filled(one, DOCS);
        Collection b = filled(two, shuffled);
        assertEquals(a.checksum(false, true), b.checksum(false, true));
        assertEquals(a.checksum(false, false), b.checksum(false, false));
        assertNotEquals(a.checksum(true, true), b.checksum(true, true), "revisions are the server's own");
    }

    @Test
    void attributeOrderAndNumberRepresentationDoNotMatter() {
        Collection a = filled(one, List.of("{'_key':'k','x':1,'y':{'p':2,'q':3}}"));
        Collection b = filled(two, List.of("{'y':{'q':3,'p':2.0},'x':1.0,'_key':'k'}"));
        assertEquals(a.checksum(false, true), b.checksum(false, true));
    }

    @Test
    void differentDataGivesADifferentDataChecksumOnly() {
        Collection a = filled(one, DOCS);
        List<String> changed = new ArrayList<>(DOCS);
        changed.set(1, "{'_key':'b','name':'Baraka','age':42,'active':true}");
        Collection b = filled(two, changed);
        assertNotEquals(a.checksum(false, true), b.checksum(false, true));
        assertEquals(a.checksum(false, false), b.checksum(false, false), "same keys");
    }

    @Test
    void subtleDifferencesAreSeen() {
        Collection a = filled(one, List.of("{'_key':'k','tags':['x','y'],'n':{'a':1,'b':2},'v':null}"));
        for (String other : List.of("{'_key':'k','tags':['y','x'],'n':{'a':1,'b':2},'v':null}",
                "{'_key':'k','tags':['x','y'],'n':{'a':2,'b':1},'v':null}",
                "{'_key':'k','tags':['x','y'],'n':{'a':1,'b':2}}",
                "{'_key':'k','tags':['x','y'],'n':{'a':1,'b':2},'v':false}",
                "{'_key':'k','tags':['x','y'],'n':{'a':'1','b':2},'v':null}")) {
            try (Store s = new Store(3600)) {
                Collection b = filled(s, List.of(other));
                assertNotEquals(a.checksum(false, true), b.checksum(false, true), other);
            }
        }
    }

    @Test
    void withDataAndWithRevisionsChangeWhatIsCovered() {
        Collection a = filled(one, DOCS);
        String keysOnly = a.checksum(false, false);
        String withData = a.checksum(false, true);
        String withRevisions = a.checksum(true, false);
        assertNotEquals(keysOnly, withData);
        assertNotEquals(keysOnly, withRevisions);

        a.update("b", doc("{'age':41}"), WriteOptions.DEFAULT); // same content, new revision
        assertEquals(keysOnly, a.checksum(false, false));
        assertEquals(withData, a.checksum(false, true));
        assertNotEquals(withRevisions, a.checksum(true, false));

        a.remove("d", WriteOptions.DEFAULT);
        assertNotEquals(keysOnly, a.checksum(false, false));
    }

    @Test
    void emptyCollectionChecksumIsZero() {
        Collection empty = TestDocs.collection(one, "empty");
        assertEquals("0", empty.checksum(false, false));
        assertEquals("0", empty.checksum(true, true));
    }
}
