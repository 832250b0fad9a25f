package io.arangoconsole.core.arango;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.arangoconsole.core.indexes.ExistingIndex;
import io.arangoconsole.core.indexes.PlannedIndex;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The index entries and create bodies exactly as ArangoDB 3.12 documents them. */
class IndexJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aFinishedIndexWithStatsKeepsSizeAndSelectivity() throws Exception {
        ExistingIndex i = IndexJson.existing("products", JSON.readTree("""
                {"cacheEnabled":false,"deduplicate":true,"estimates":true,"fields":["name"],"id":"products/73870",
                 "name":"idx_1872607108348772352","selectivityEstimate":0.25,"sparse":false,"type":"persistent",
                 "unique":false,"figures":{"memory":40960,"cacheInUse":false}}"""));
        assertEquals(new ExistingIndex("products", "products/73870", "idx_1872607108348772352", "persistent",
                List.of("name"), false, false, 0.25, 40960, false, 100), i);
    }

    @Test
    void aHiddenBuildCarriesItsProgressAndNoEstimate() throws Exception {
        ExistingIndex i = IndexJson.existing("va_table", JSON.readTree("""
                {"fields":["submissiondate"],"id":"va_table/99","name":"idx_99","sparse":false,"type":"persistent",
                 "unique":false,"isBuilding":true,"progress":37.5}"""));
        assertEquals(true, i.building());
        assertEquals(37.5, i.progress());
        assertEquals(null, i.selectivity());
        assertEquals(-1, i.size());
    }

    @Test
    void theCreateBodyAsksForABackgroundBuildWithEveryOption() {
        PlannedIndex index = new PlannedIndex(List.of("email"), true, true, "idx_email", true, false,
                List.of("name"));
        assertEquals(Map.of("type", "persistent", "fields", List.of("email"), "unique", true, "sparse", true,
                "name", "idx_email", "estimates", true, "cacheEnabled", false, "storedValues", List.of("name"),
                "inBackground", true), IndexGatewayArango.body(index));
        assertEquals(Map.of("type", "persistent", "fields", List.of("status"), "unique", false, "sparse", false,
                "estimates", true, "cacheEnabled", false, "inBackground", true),
                IndexGatewayArango.body(PlannedIndex.on("status")));
    }
}
