package io.arangoconsole.core.arango;

import com.fasterxml.jackson.databind.JsonNode;
import io.arangoconsole.core.indexes.ExistingIndex;

import java.util.ArrayList;
import java.util.List;

/** Reads one entry of {@code GET /_api/index} into an {@link ExistingIndex}. */
final class IndexJson {
    private IndexJson() {
    }

    static ExistingIndex existing(String collection, JsonNode i) {
        List<String> fields = new ArrayList<>();
        i.path("fields").forEach(f -> fields.add(f.asText()));
        boolean building = i.path("isBuilding").asBoolean(false);
        JsonNode selectivity = i.get("selectivityEstimate");
        JsonNode memory = i.path("figures").get("memory");
        return new ExistingIndex(collection, i.path("id").asText(), i.path("name").asText(),
                i.path("type").asText(), fields, i.path("unique").asBoolean(false), i.path("sparse").asBoolean(false),
                selectivity != null && selectivity.isNumber() ? selectivity.asDouble() : null,
                memory != null && memory.isNumber() ? memory.asLong() : -1, building,
                building ? i.path("progress").asDouble(0) : 100);
    }
}
