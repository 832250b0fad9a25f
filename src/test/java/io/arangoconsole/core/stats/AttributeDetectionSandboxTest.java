package io.arangoconsole.core.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.arangodb.ArangoDatabase;
import com.arangodb.model.PersistentIndexOptions;
import io.arangoconsole.core.arango.ArangoClients;
import io.arangoconsole.core.arango.StatsSources;
import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.sandbox.Sandbox;
import io.arangoconsole.sandbox.SandboxConfig;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Detection of freshness and breakdown attributes over HTTP, on both demo schemas and on hand-made collections,
 * asserting what is proposed and why, and that nothing was scanned (the sandbox's scannedFull stays put).
 */
class AttributeDetectionSandboxTest {

    private static Sandbox shop;
    private static Sandbox survey;
    private static final ArangoClients CLIENTS = new ArangoClients();
    private final StatsReader reader = new StatsReader(Clock.systemUTC());

    @BeforeAll
    static void start() {
        shop = Sandbox.start(SandboxConfig.defaults().withDataset(SandboxConfig.Dataset.SHOP).withRecords(4_000));
        survey = Sandbox.start(SandboxConfig.defaults().withRecords(500));
    }

    @AfterAll
    static void stop() {
        CLIENTS.close();
        shop.close();
        survey.close();
    }

    private static StatsSource source(Sandbox sandbox, String database) {
        return new StatsSources(CLIENTS).on(target(sandbox, database), "primary");
    }

    private static ConnectionTarget target(Sandbox sandbox, String database) {
        return new ConnectionTarget(sandbox.url(), "root", "", database, ConnectionTarget.Label.PRIMARY);
    }

    private static ArangoDatabase db(Sandbox sandbox, String database) {
        return CLIENTS.client(target(sandbox, database)).db(database);
    }

    private Detection detect(Sandbox sandbox, String database, String collection) {
        return reader.choose(source(sandbox, database), collection);
    }

    @Test
    void theShopSchemaGetsItsDatesOfEveryKindAndItsFewValuedAttributesWithoutAScan() {
        long scannedBefore = shop.engine().tracker().scannedFullTotal();

        Detection orders = detect(shop, "shop", "orders");
        Detection customers = detect(shop, "shop", "customers");
        Detection events = detect(shop, "shop", "events");
        Detection products = detect(shop, "shop", "products");

        assertEquals("placed_at", orders.watermark().attribute());
        assertEquals(AttributeChoice.Source.DETECTED, orders.watermark().source());
        assertEquals("indexed by [placed_at]; 20 sampled documents hold ISO dates", orders.watermark().reason());
        assertEquals("state", orders.breakdown().attribute());
        assertTrue(orders.breakdown().reason().startsWith("indexed by [state]; about "), orders.breakdown().reason());
        assertEquals("signed_up_at", customers.watermark().attribute());
        assertEquals("indexed by [signed_up_at]; 20 sampled documents hold epoch seconds",
                customers.watermark().reason());
        assertEquals("segment", customers.breakdown().attribute());
        assertEquals("ts", events.watermark().attribute());
        assertEquals("indexed by [ts]; 20 sampled documents hold epoch milliseconds", events.watermark().reason());
        assertEquals("type", events.breakdown().attribute());
        assertNull(products.watermark().attribute());
        assertEquals("no usable freshness attribute: no persistent index", products.watermark().reason(),
                "products holds no date, and the sample (primary index) says so");
        assertNull(products.breakdown().attribute());
        assertEquals(0, shop.engine().tracker().scannedFullTotal() - scannedBefore, "no document read by a scan");
    }

    @Test
    void theSampleIsReadThroughThePrimaryIndexInKeyOrderNeverAScan() {
        for (String query : AttributeDetector.sampleQueries()) {
            PlanSummary plan = source(shop, "shop").explain(query, Map.of("@c", "products", "n", 10));
            assertTrue(plan.nodeTypes().contains("IndexNode"), query + ": " + plan.nodeTypes());
            assertEquals(List.of("primary"), plan.indexes(), query);
            assertTrue(!plan.nodeTypes().contains("EnumerateCollectionNode") && !plan.nodeTypes().contains("SortNode"),
                    query + " neither scans nor sorts: " + plan.nodeTypes());
        }
        PlanSummary both = source(shop, "shop").explain(AttributeDetector.sampleQuery(),
                Map.of("@c", "products", "n", 10));
        assertTrue(!both.nodeTypes().contains("EnumerateCollectionNode"), both.nodeTypes().toString());
    }

    @Test
    void theShopsLatestValuesAreReadThroughTheDetectedIndexes() {
        CollectionStats events = reader.read(source(shop, "shop"), "events");

        assertTrue(events.watermark().indexed());
        assertTrue(events.watermark().latest().isIntegralNumber(), "epoch millis as stored");
        assertTrue(events.breakdown().indexed());
        assertEquals(4_000, events.breakdown().counts().values().stream().mapToLong(Long::longValue).sum());
        assertTrue(events.breakdown().counts().get("page_view") > events.breakdown().counts().get("login"),
                "skewed: " + events.breakdown().counts());
    }

    @Test
    void theSurveySchemaWithoutIndexesProposesNothingButNamesTheIndexesThatWouldServe() {
        long scannedBefore = survey.engine().tracker().scannedFullTotal();
        Detection va = detect(survey, "demo", "va_table");
        Detection ccva = detect(survey, "demo", "ccva_results");

        // the rule is "an indexed attribute": the sample (primary index) finds the candidates, the
        // proposal waits for their index
        assertNull(va.watermark().attribute());
        assertEquals("no usable freshness attribute: no persistent index; submissiondate holds ISO dates but is not "
                + "indexed: an index on [submissiondate] would serve it", va.watermark().reason());
        assertNull(va.breakdown().attribute());
        assertTrue(va.breakdown().reason().matches("no indexed attribute with 2 to 50 distinct values; \\d+ unindexed "
                + "attributes have 2 to 5 values in 20 sampled documents \\(.*\\): an index on one would serve a "
                + "breakdown"), va.breakdown().reason());
        assertNull(ccva.watermark().attribute());
        assertEquals("no usable freshness attribute: no persistent index; created_at holds ISO dates but is not "
                + "indexed: an index on [created_at] would serve it", ccva.watermark().reason());
        assertEquals(0, survey.engine().tracker().scannedFullTotal() - scannedBefore, "no document read by a scan");
    }

    @Test
    void theSurveySchemaWithItsPlannedIndexesKeepsTodaysAttributesByDetection() {
        ArangoDatabase db = db(survey, "demo");
        db.collection("va_table").ensurePersistentIndex(List.of("submissiondate"), new PersistentIndexOptions());
        db.collection("va_table").ensurePersistentIndex(List.of("status"), new PersistentIndexOptions());
        db.collection("va_table").ensurePersistentIndex(List.of("start"), new PersistentIndexOptions());
        db.collection("ccva_results").ensurePersistentIndex(List.of("created_at"), new PersistentIndexOptions());
        try {
            Detection va = detect(survey, "demo", "va_table");
            Detection ccva = detect(survey, "demo", "ccva_results");

            assertEquals("submissiondate", va.watermark().attribute());
            assertEquals("indexed by [submissiondate]; 20 sampled documents hold ISO dates; the most recent of 2 "
                    + "indexed date attributes", va.watermark().reason());
            assertEquals("status", va.breakdown().attribute());
            assertEquals("created_at", ccva.watermark().attribute());
        } finally {
            db.collection("va_table").getIndexes().stream().filter(i -> i.getType().name().equals("persistent"))
                    .forEach(i -> db.deleteIndex(i.getId()));
            db.collection("ccva_results").getIndexes().stream()
                    .filter(i -> i.getType().name().equals("persistent")).forEach(i -> db.deleteIndex(i.getId()));
        }
    }

    @Test
    void handMadeCollectionsAreJudgedByTheirSampledValues() {
        ArangoDatabase db = db(survey, "demo");
        make(db, "hm_iso", "at", i -> "2026-0" + (1 + i % 9) + "-1" + (i % 10) + "T10:00:00Z");
        make(db, "hm_seconds", "at", i -> 1_767_225_600L + i * 60L);
        make(db, "hm_millis", "at", i -> 1_767_225_600_000L + i * 60_000L);
        make(db, "hm_mixed", "at", i -> i % 2 == 0 ? (Object) "2026-01-01T00:00:00Z" : (Object) 1_767_225_600L);
        make(db, "hm_nulls", "at", i -> i % 3 == 0 ? null : "2026-01-01T00:00:00Z");
        make(db, "hm_words", "at", i -> "soon");
        db.createCollection("hm_noindex");
        db.createCollection("hm_hint");
        db.collection("hm_hint").ensurePersistentIndex(List.of("n"), new PersistentIndexOptions());
        for (int i = 0; i < 30; i++) {
            db.collection("hm_noindex").insertDocument(Map.of("when", 1_767_225_600_000L + i, "n", i));
            db.collection("hm_hint").insertDocument(Map.of("when", 1_767_225_600_000L + i, "n", i));
        }

        assertEquals("indexed by [at]; 20 sampled documents hold ISO dates",
                detect(survey, "demo", "hm_iso").watermark().reason());
        List<String> ends = new java.util.ArrayList<>();
        source(survey, "demo").query(AttributeDetector.sampleQuery(), Map.of("@c", "hm_iso", "n", 3))
                .forEach(d -> ends.add(d.path("_key").asText()));
        assertEquals(List.of("k000", "k001", "k002", "k029", "k028", "k027"), ends,
                "the first and the last keys, each end in key order");
        assertEquals("epoch seconds", kind(detect(survey, "demo", "hm_seconds")));
        assertEquals("epoch milliseconds", kind(detect(survey, "demo", "hm_millis")));
        assertEquals("no usable freshness attribute: at holds mixed types (ISO dates, epoch seconds)",
                detect(survey, "demo", "hm_mixed").watermark().reason());
        assertEquals("no usable freshness attribute: at is null in 7 of 20 sampled documents",
                detect(survey, "demo", "hm_nulls").watermark().reason());
        assertEquals("no usable freshness attribute: at holds no dates",
                detect(survey, "demo", "hm_words").watermark().reason());
        assertEquals("no usable freshness attribute: no persistent index; when holds epoch milliseconds but is not "
                + "indexed: an index on [when] would serve it", detect(survey, "demo", "hm_noindex").watermark()
                .reason());
        assertEquals("no usable freshness attribute: n holds no dates; when holds epoch milliseconds but is not "
                + "indexed: an index on [when] would serve it", detect(survey, "demo", "hm_hint").watermark()
                .reason());
        List<com.fasterxml.jackson.databind.JsonNode> tickets = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            tickets.add(json("{\"_key\": \"t" + i + "\", \"state\": \"" + List.of("open", "closed", "held").get(i % 3)
                    + "\", \"title\": \"ticket " + i + "\", \"n\": " + i + "}"));
        }
        assertEquals("no indexed attribute with 2 to 50 distinct values; state has 3 values in 20 sampled documents "
                + "but is not indexed: an index on [state] would serve a breakdown",
                new AttributeDetector().detect("tickets", 20, List.of(), tickets).breakdown().reason());
        Detection missing = new AttributeDetector().detect("hm", 3, List.of(IndexInfo.persistent(1.0, "at")),
                List.of(json("{\"at\": \"2026-01-01\"}"), json("{\"other\": 1}"), json("{\"at\": \"2026-01-02\"}")));
        assertEquals("no usable freshness attribute: at is missing in 1 of 3 sampled documents",
                missing.watermark().reason());
    }

    private static String kind(Detection d) {
        String reason = d.watermark().reason();
        return reason.substring(reason.indexOf("hold ") + 5);
    }

    private static com.fasterxml.jackson.databind.JsonNode json(String text) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void make(ArangoDatabase db, String name, String attribute,
                             java.util.function.IntFunction<Object> value) {
        db.createCollection(name);
        db.collection(name).ensurePersistentIndex(List.of(attribute), new PersistentIndexOptions());
        for (int i = 0; i < 30; i++) {
            java.util.Map<String, Object> doc = new java.util.HashMap<>();
            doc.put("_key", String.format("k%03d", i));
            doc.put(attribute, value.apply(i));
            db.collection(name).insertDocument(doc);
        }
    }
}
