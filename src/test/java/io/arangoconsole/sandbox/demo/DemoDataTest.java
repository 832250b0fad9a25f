package io.arangoconsole.sandbox.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arangoconsole.sandbox.store.Collection;
import io.arangoconsole.sandbox.store.Index;
import io.arangoconsole.sandbox.store.Keys;
import io.arangoconsole.sandbox.store.Store;
import io.arangoconsole.sandbox.store.StoredDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoDataTest {
    private static final int RECORDS = 5000;
    private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z");
    private static Store store;
    private static List<ObjectNode> va;

    @BeforeAll
    static void populate() {
        store = new Store();
        DemoData.populate(store, "demo", RECORDS, 42);
        va = store.database("demo").collection("va_table").snapshot().stream().map(StoredDocument::node).toList();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static Collection collection(Store s, String name) {
        return s.database("demo").collection(name);
    }

    @Test
    void createsTheThreeCollectionsWithTheRequestedRecords() {
        assertEquals(RECORDS, collection(store, "va_table").count());
        long coded = va.stream().filter(d -> Set.of("processed", "coded").contains(d.get("status").asText())).count();
        assertEquals(coded, collection(store, "ccva_results").count(), "one CCVA result per processed/coded record");
        Set<String> types = new HashSet<>();
        collection(store, "system_configs").snapshot().forEach(d -> types.add(d.node().get("type").asText()));
        assertTrue(types.containsAll(Set.of("sync", "odk_config", "ccva_config", "app_settings")), types.toString());
    }

    @Test
    void sameSeedGivesTheSameData() {
        try (Store other = new Store()) {
            DemoData.populate(other, "demo", RECORDS, 42);
            for (String name : List.of("va_table", "ccva_results", "system_configs")) {
                Collection mine = collection(store, name);
                Collection theirs = collection(other, name);
                assertEquals(mine.checksum(false, true), theirs.checksum(false, true), name);
                assertEquals(mine.documentsSize(), theirs.documentsSize(), name);
                List<StoredDocument> a = mine.snapshot();
                List<StoredDocument> b = theirs.snapshot();
                assertEquals(a.size(), b.size());
                for (int i = 0; i < a.size(); i++) {
                    assertEquals(withoutRev(a.get(i)), withoutRev(b.get(i)), name + " document " + i);
                }
            }
        }
    }

    @Test
    void documentsBuiltOnOtherThreadsAreTheDataBuiltInOrderOnOne() {
        try (Store serial = new Store(); Store parallel = new Store()) {
            DemoData.populate(serial, "demo", 1_234, 7, 0);
            DemoData.populate(parallel, "demo", 1_234, 7, 3);
            for (String name : List.of("va_table", "ccva_results", "system_configs")) {
                List<StoredDocument> a = collection(serial, name).snapshot();
                List<StoredDocument> b = collection(parallel, name).snapshot();
                assertEquals(a.size(), b.size(), name);
                for (int i = 0; i < a.size(); i++) {
                    assertEquals(withoutRev(a.get(i)), withoutRev(b.get(i)), name + " document " + i);
                }
            }
        }
    }

    /** Revisions come from the clock in ArangoDB and in the sandbox; everything else must be identical. */
    private static String withoutRev(StoredDocument doc) {
        ObjectNode node = doc.node();
        node.remove("_rev");
        return node.toString();
    }

    @Test
    void differentSeedGivesDifferentData() {
        try (Store other = new Store()) {
            DemoData.populate(other, "demo", RECORDS, 43);
            assertEquals(RECORDS, collection(other, "va_table").count());
            assertNotEquals(collection(store, "va_table").checksum(false, true),
                    collection(other, "va_table").checksum(false, true));
            assertNotEquals(withoutRev(collection(store, "va_table").snapshot().get(0)),
                    withoutRev(collection(other, "va_table").snapshot().get(0)));
        }
    }

    @Test
    void recordsAreAboutTwoKilobytesWithAboutSixtyAttributes() {
        Collection c = collection(store, "va_table");
        double average = (double) c.documentsSize() / c.count();
        assertTrue(average > 1800 && average < 2400, "average size " + average);
        for (ObjectNode d : va) {
            assertTrue(d.size() >= 55 && d.size() <= 70, "attributes " + d.size());
        }
        ObjectNode first = va.get(0);
        for (String field : List.of("instanceid", "submissiondate", "status", "interviewer_name", "region", "district",
                "facility", "deviceid", "form_version", "gps", "id10007", "id10019", "id10023", "id10476")) {
            assertTrue(first.hasNonNull(field), field);
        }
        assertTrue(Set.of("yes", "no", "dk").contains(first.get("id10147").asText()));
    }

    @Test
    void statusDistributionIsSkewedTowardsPending() {
        Map<String, Integer> counts = new HashMap<>();
        va.forEach(d -> counts.merge(d.get("status").asText(), 1, Integer::sum));
        assertEquals(Set.of("pending", "processed", "coded", "error", "duplicate"), counts.keySet());
        assertTrue(counts.get("pending") > RECORDS / 2, counts.toString());
        assertTrue(counts.get("pending") > counts.get("processed"), counts.toString());
        assertTrue(counts.get("processed") > counts.get("coded"), counts.toString());
        assertTrue(counts.get("coded") > counts.get("error"), counts.toString());
        assertTrue(counts.get("error") > counts.get("duplicate"), counts.toString());
    }

    @Test
    void submissionDatesSpanFiveYearsWithGrowingVolume() {
        TreeMap<String, Integer> perYear = new TreeMap<>();
        String max = "";
        for (ObjectNode d : va) {
            String date = d.get("submissiondate").asText();
            assertTrue(ISO.matcher(date).matches(), date);
            assertTrue(date.compareTo("2021-01-01T00:00:00.000Z") >= 0 && date.compareTo("2026-01-01") < 0, date);
            perYear.merge(date.substring(0, 4), 1, Integer::sum);
            max = date.compareTo(max) > 0 ? date : max;
        }
        assertEquals(Set.of("2021", "2022", "2023", "2024", "2025"), perYear.keySet());
        assertTrue(perYear.get("2025") > 2 * perYear.get("2021"), perYear.toString());
        JsonNode sync = collection(store, "system_configs").get("sync").node();
        assertEquals(max, sync.get("last_sync_date").asText(), "the sync resumes after the newest submission");
    }

    @Test
    void keysAreValidUniqueAndResultsReferToRecords() {
        Map<String, String> statusByKey = new HashMap<>();
        for (ObjectNode d : va) {
            String key = d.get("_key").asText();
            assertTrue(Keys.isValid(key), key);
            assertEquals(key, d.get("instanceid").asText());
            statusByKey.put(key, d.get("status").asText());
        }
        assertEquals(RECORDS, statusByKey.size());
        Map<String, Integer> perTask = new HashMap<>();
        for (StoredDocument r : collection(store, "ccva_results").snapshot()) {
            ObjectNode d = r.node();
            assertTrue(Keys.isValid(r.key()), r.key());
            String status = statusByKey.get(d.get("va_key").asText());
            assertNotNull(status, "result refers to a record");
            assertTrue(status.equals("processed") || status.equals("coded"), status);
            assertTrue(ISO.matcher(d.get("created_at").asText()).matches());
            assertTrue(Set.of("completed", "failed", "running").contains(d.get("status").asText()));
            assertTrue(Set.of("InterVA5", "InSilicoVA").contains(d.get("algorithm").asText()));
            if (d.get("status").asText().equals("completed")) {
                double p1 = d.get("cause1_prob").asDouble();
                double p2 = d.get("cause2_prob").asDouble();
                double p3 = d.get("cause3_prob").asDouble();
                assertTrue(p1 >= p2 && p2 >= p3 && p1 + p2 + p3 <= 1.0001, d.toString());
            }
            perTask.merge(d.get("task_id").asText(), 1, Integer::sum);
        }
        assertTrue(perTask.size() > 1, "several tasks");
        perTask.values().forEach(n -> assertTrue(n <= CcvaResults.BATCH, "batch of " + n));
    }

    @Test
    void noIndexButThePrimaryOnes() {
        for (String name : List.of("va_table", "ccva_results", "system_configs")) {
            List<Index> indexes = collection(store, name).indexes(true);
            assertEquals(1, indexes.size(), name);
            assertEquals("primary", indexes.get(0).type());
        }
    }

    @Test
    void zeroRecordsGivesThreeEmptyCollections() {
        try (Store empty = new Store()) {
            DemoData.populate(empty, "demo", 0, 42);
            for (String name : List.of("va_table", "ccva_results", "system_configs")) {
                assertEquals(0, collection(empty, name).count(), name);
                assertEquals(1, collection(empty, name).indexes(true).size(), name);
            }
        }
    }

    @Test
    void reusesAnExistingDatabase() {
        try (Store other = new Store()) {
            other.createDatabase("demo");
            DemoData.populate(other, "demo", 10, 1);
            assertEquals(10, collection(other, "va_table").count());
        }
    }
}
