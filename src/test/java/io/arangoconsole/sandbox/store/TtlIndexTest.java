package io.arangoconsole.sandbox.store;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static io.arangoconsole.sandbox.store.TestDocs.doc;
import static io.arangoconsole.sandbox.store.TestDocs.index;
import static org.junit.jupiter.api.Assertions.assertEquals;

class TtlIndexTest extends OneCollectionTest {
    private long now;

    @Override
    protected String collectionName() {
        return "sessions";
    }

    @BeforeEach
    void setUp() {
        now = System.currentTimeMillis() / 1000;
    }

    private Set<String> keys() {
        Set<String> out = new TreeSet<>();
        c.snapshot().forEach(d -> out.add(d.key()));
        return out;
    }

    @Test
    void expiredDocumentsAreRemovedByTheSweep() {
        c.insert(doc("{'_key':'pastSeconds','expireAt':" + (now - 100) + "}"), WriteOptions.DEFAULT);
        c.insert(doc("{'_key':'futureSeconds','expireAt':" + (now + 3600) + "}"), WriteOptions.DEFAULT);
        c.insert(doc("{'_key':'pastDate','expireAt':'2020-01-01T00:00:00.000Z'}"), WriteOptions.DEFAULT);
        c.insert(doc("{'_key':'futureDate','expireAt':'2999-01-01T00:00:00Z'}"), WriteOptions.DEFAULT);
        c.insert(doc("{'_key':'missing'}"), WriteOptions.DEFAULT);
        c.insert(doc("{'_key':'notADate','expireAt':'soon'}"), WriteOptions.DEFAULT);
        PersistentIndex ttl = index(c, "{'type':'ttl','fields':['expireAt'],'expireAfter':0}");
        assertEquals(5, ttl.size(), "sparse: the document without the attribute is not indexed");

        assertEquals(2, store.expireAll());
        assertEquals(Set.of("futureDate", "futureSeconds", "missing", "notADate"), keys());
        assertEquals(3, ttl.size());
        assertEquals(0, store.expireAll(), "nothing left to expire");
    }

    @Test
    void dateStringsWithoutAnOffsetAreUtcAndOffsetsCount() {
        // ArangoDB's TTL docs: YYYY-MM-DDTHH:MM:SS, optional .MMM and optional offset; no offset means UTC
        index(c, "{'type':'ttl','fields':['expireAt'],'expireAfter':0}");
        c.insert(doc("{'_key':'noOffset','expireAt':'2020-01-01T00:00:00'}"), WriteOptions.DEFAULT);
        c.insert(doc("{'_key':'noOffsetMillis','expireAt':'2020-01-01T00:00:00.250'}"), WriteOptions.DEFAULT);
        c.insert(doc("{'_key':'withOffset','expireAt':'2020-01-01T03:00:00+02:00'}"), WriteOptions.DEFAULT);
        c.insert(doc("{'_key':'futureNoOffset','expireAt':'2999-01-01T00:00:00'}"), WriteOptions.DEFAULT);
        assertEquals(3, store.expireAll());
        assertEquals(Set.of("futureNoOffset"), keys());
    }

    @Test
    void expireAfterIsAddedToTheStoredTime() {
        index(c, "{'type':'ttl','fields':['createdAt'],'expireAfter':600}");
        c.insert(doc("{'_key':'young','createdAt':" + (now - 100) + "}"), WriteOptions.DEFAULT);
        c.insert(doc("{'_key':'old','createdAt':" + (now - 700) + "}"), WriteOptions.DEFAULT);
        assertEquals(1, store.expireAll());
        assertEquals(Set.of("young"), keys());
    }

    @Test
    void describedAsArangoDbListsTtlIndexes() {
        PersistentIndex ttl = index(c, "{'type':'ttl','fields':['expireAt'],'expireAfter':3600}");
        JsonNode d = ttl.describe("sessions");
        assertEquals("ttl", d.get("type").asText());
        assertEquals(3600, d.get("expireAfter").asLong());
        assertEquals(List.of("expireAt"), List.of(d.get("fields").get(0).asText()));
        assertEquals(true, d.get("sparse").asBoolean());
        assertEquals(false, d.get("unique").asBoolean());
        assertEquals("sessions/" + ttl.id(), d.get("id").asText());
    }
}
