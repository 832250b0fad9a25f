package io.arangoconsole.sandbox.aql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arangoconsole.sandbox.store.Collection;
import io.arangoconsole.sandbox.store.IndexSpec;
import io.arangoconsole.sandbox.store.Json;
import io.arangoconsole.sandbox.store.WriteOptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

/**
 * Queries that read only indexed attributes are answered from the index entries, without fetching documents: the
 * status breakdown and the earliest/latest dates that the console's stats rely on.
 */
class AqlCoveringIndexTest extends AqlTestBase {
    private static final String BREAKDOWN =
            "FOR d IN va_table COLLECT s = d.status WITH COUNT INTO n RETURN [s, n]";
    private Collection va;

    @BeforeEach
    void data() {
        va = db.create("va_table", 2, false);
        String[] statuses = {"pending", "pending", "pending", "processed", "coded"};
        for (int i = 0; i < 100; i++) {
            ObjectNode d = Json.object();
            d.put("_key", "k" + i);
            d.put("status", statuses[i % statuses.length]);
            if (i % 20 != 0) {
                d.put("submissiondate", "2023-01-" + String.format("%02d", 1 + i % 28) + "T00:00:00Z");
            }
            d.put("other", "x".repeat(50));
            va.insert(d, WriteOptions.DEFAULT);
        }
    }

    @Test
    void breakdownWithoutAnIndexScansTheCollection() {
        assertEquals("[['coded',20],['pending',60],['processed',20]]", result(BREAKDOWN));
        JsonNode stats = stats(BREAKDOWN);
        assertEquals(100, stats.get("scannedFull").asInt());
        assertTrue(types(BREAKDOWN).contains("EnumerateCollectionNode"));
    }

    @Test
    void breakdownWithAnIndexOnStatusReadsOnlyTheIndex() {
        va.createIndex(IndexSpec.persistent(List.of("status"), false, false));
        assertEquals("[['coded',20],['pending',60],['processed',20]]", result(BREAKDOWN));
        JsonNode stats = stats(BREAKDOWN);
        assertEquals(0, stats.get("scannedFull").asInt());
        assertEquals(100, stats.get("scannedIndex").asInt());
        assertEquals(0, stats.get("documentLookups").asInt());
        assertTrue(types(BREAKDOWN).contains("IndexNode"));
    }

    @Test
    void earliestDateSkipsMissingValuesAndFetchesNoDocument() {
        va.createIndex(IndexSpec.persistent(List.of("submissiondate", "status"), false, false));
        String earliest = "FOR d IN va_table FILTER d.submissiondate > null SORT d.submissiondate ASC LIMIT 1 "
                + "RETURN d.submissiondate";
        assertEquals("['2023-01-01T00:00:00Z']", result(earliest));
        assertEquals(0, stats(earliest).get("documentLookups").asInt());
        assertTrue(types(earliest).contains("IndexNode"));
    }

    @Test
    void queriesReadingOtherAttributesStillFetchTheDocument() {
        va.createIndex(IndexSpec.persistent(List.of("status"), false, false));
        String q = "FOR d IN va_table FILTER d.status == 'coded' RETURN d._key";
        assertEquals(20, rows(q).size());
        assertEquals(20, stats(q).get("documentLookups").asInt());
    }

    private List<String> types(String query) {
        List<String> out = new java.util.ArrayList<>();
        engine.explain(db, query, null, false).get("plan").get("nodes").forEach(n -> out.add(n.get("type").asText()));
        return out;
    }
}
