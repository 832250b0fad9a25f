package io.arangoconsole.sandbox.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static io.arangoconsole.sandbox.store.TestDocs.doc;
import static io.arangoconsole.sandbox.store.TestDocs.index;
import static io.arangoconsole.sandbox.store.TestDocs.keys;
import static io.arangoconsole.sandbox.store.TestDocs.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PersistentIndexTest {
    private Store store;
    private Collection c;

    @BeforeEach
    void setUp() {
        store = new Store(3600);
        c = TestDocs.collection(store, "things");
        // n = 1..10, group = n % 3, key "k01".."k10"
        for (int n = 1; n <= 10; n++) {
            c.insert(doc("{'_key':'k" + (n < 10 ? "0" : "") + n + "','n':" + n + ",'group':" + (n % 3) + "}"),
                    WriteOptions.DEFAULT);
        }
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    private static IndexRange range(String low, boolean lowInclusive, String high, boolean highInclusive) {
        return new IndexRange(low == null ? null : value(low), lowInclusive, high == null ? null : value(high),
                highInclusive);
    }

    @Test
    void rangeBoundsAreInclusiveOrExclusiveAsAsked() {
        PersistentIndex idx = index(c, "{'type':'persistent','fields':['n']}");
        assertEquals(List.of("k03", "k04", "k05"), keys(idx.scan(List.of(), range("3", true, "6", false), false)));
        assertEquals(List.of("k04", "k05", "k06"), keys(idx.scan(List.of(), range("3", false, "6", true), false)));
        assertEquals(List.of("k03", "k04", "k05", "k06"),
                keys(idx.scan(List.of(), range("3", true, "6", true), false)));
        assertEquals(List.of("k09", "k10"), keys(idx.scan(List.of(), range("8", false, null, false), false)));
        assertEquals(List.of("k01", "k02"), keys(idx.scan(List.of(), range(null, false, "2.5", true), false)));
        assertEquals(List.of(), keys(idx.scan(List.of(), range("6", false, "6", false), false)));
        assertEquals(List.of(), keys(idx.scan(List.of(), range("7", true, "3", true), false)), "empty, not an error");
    }

    @Test
    void equalityMatchesIntegersAndDoublesAlike() {
        PersistentIndex idx = index(c, "{'type':'persistent','fields':['n']}");
        assertEquals(List.of("k04"), keys(idx.scan(List.of(value("4.0")), null, false)));
        assertEquals(List.of("k04"), keys(idx.scan(List.of(), IndexRange.equal(value("4")), false)));
        assertEquals(List.of(), keys(idx.scan(List.of(value("'4'")), null, false)), "a string is not a number");
    }

    @Test
    void descendingScanReversesTheOrder() {
        PersistentIndex idx = index(c, "{'type':'persistent','fields':['n']}");
        assertEquals(List.of("k10", "k09", "k08"),
                keys(idx.scan(List.of(), IndexRange.ALL, true)).subList(0, 3), "max first, as SORT DESC LIMIT");
        List<String> ascending = keys(idx.scan(List.of(), range("2", true, "7", false), false));
        List<String> descending = keys(idx.scan(List.of(), range("2", true, "7", false), true));
        Collections.reverse(descending);
        assertEquals(ascending, descending);
    }

    @Test
    void compoundIndexScansAnEqualityPrefixThenARange() {
        PersistentIndex idx = index(c, "{'type':'persistent','fields':['group','n']}");
        assertEquals(List.of("k02", "k05", "k08"), keys(idx.scan(List.of(value("2")), null, false)));
        assertEquals(List.of("k08", "k05", "k02"), keys(idx.scan(List.of(value("2")), null, true)));
        assertEquals(List.of("k04", "k07"),
                keys(idx.scan(List.of(value("1")), range("1", false, "7", true), false)));
        assertEquals(List.of("k06"), keys(idx.scan(List.of(value("0"), value("6")), null, false)));
        assertEquals(List.of("k01", "k04", "k07", "k10", "k02", "k05", "k08"),
                keys(idx.scan(List.of(), range("1", true, null, false), false)), "range on the leading field");
        assertThrows(IllegalArgumentException.class,
                () -> idx.scan(List.of(value("0"), value("6")), IndexRange.ALL, false));
    }

    @Test
    void sparseIndexSkipsMissingAndNullValues() {
        c.insert(doc("{'_key':'noN','group':1}"), WriteOptions.DEFAULT);
        c.insert(doc("{'_key':'nullN','n':null}"), WriteOptions.DEFAULT);
        PersistentIndex sparse = index(c, "{'type':'persistent','fields':['n'],'sparse':true}");
        assertEquals(10, sparse.size());
        assertEquals(List.of(), keys(sparse.scan(List.of(NullNode.getInstance()), null, false)));
        c.update("k01", doc("{'n':null}"), WriteOptions.DEFAULT);
        assertEquals(9, sparse.size(), "a value set to null leaves a sparse index");
    }

    @Test
    void nonSparseIndexHoldsMissingValuesAsNull() {
        c.insert(doc("{'_key':'noN','group':1}"), WriteOptions.DEFAULT);
        c.insert(doc("{'_key':'nullN','n':null}"), WriteOptions.DEFAULT);
        PersistentIndex idx = index(c, "{'type':'persistent','fields':['n']}");
        assertEquals(12, idx.size());
        assertEquals(List.of("noN", "nullN"), keys(idx.scan(List.of(NullNode.getInstance()), null, false)));
        assertEquals(List.of("noN", "nullN", "k01"), keys(idx.scan(List.of(), IndexRange.ALL, false)).subList(0, 3),
                "null sorts first");
        assertEquals(List.of("k01"), keys(idx.scan(List.of(), range("null", false, "1", true), false)),
                "a range above null excludes the missing values");
    }

    @Test
    void nestedAttributePathsAreIndexed() {
        c.insert(doc("{'_key':'a','address':{'city':'Kisumu'}}"), WriteOptions.DEFAULT);
        c.insert(doc("{'_key':'b','address':{'city':'Eldoret'}}"), WriteOptions.DEFAULT);
        PersistentIndex idx = index(c, "{'type':'persistent','fields':['address.city'],'sparse':true}");
        assertEquals(List.of("b", "a"), keys(idx.scan(List.of(), IndexRange.ALL, false)));
    }

    @Test
    void indexFollowsUpdatesReplacesAndRemoves() {
        PersistentIndex idx = index(c, "{'type':'persistent','fields':['n']}");
        c.update("k01", doc("{'n':100}"), WriteOptions.DEFAULT);
        c.replace("k02", doc("{'n':-1}"), WriteOptions.DEFAULT);
        c.remove("k03", WriteOptions.DEFAULT);
        c.truncate();
        assertEquals(0, idx.size());
        c.insert(doc("{'_key':'z','n':5}"), WriteOptions.DEFAULT);
        assertEquals(List.of("z"), keys(idx.scan(List.of(value("5")), null, false)));
        c.insert(doc("{'_key':'y','n':6}"), WriteOptions.DEFAULT);
        c.update("z", doc("{'n':7}"), WriteOptions.DEFAULT);
        assertEquals(List.of("y", "z"), keys(idx.scan(List.of(), IndexRange.ALL, false)));
    }

    @Test
    void selectivityIsDistinctValuesOverEntries() {
        PersistentIndex byGroup = index(c, "{'type':'persistent','fields':['group']}");
        PersistentIndex byN = index(c, "{'type':'persistent','fields':['n']}");
        assertEquals(0.3, byGroup.selectivityEstimate(), 1e-9);
        assertEquals(1.0, byN.selectivityEstimate(), 1e-9);
        List<JsonNode> values = new ArrayList<>();
        byGroup.scan(List.of(), IndexRange.ALL, false).forEachRemaining(k -> values.add(k.value(0)));
        assertEquals(10, values.size());
    }
}
