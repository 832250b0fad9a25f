package io.arangoconsole.core.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultTableTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void topLevelAttributesBecomeColumnsAndNestedValuesCompactJson() throws Exception {
        List<JsonNode> rows = new ArrayList<>();
        JSON.readTree("[{\"a\": 1, \"b\": {\"x\": [1, 2]}}, {\"c\": \"text\", \"a\": null}, 7]")
                .forEach(rows::add);
        ResultTable table = ResultTable.of(rows);
        assertEquals(List.of("a", "b", "c", ResultTable.VALUE), table.columns());
        assertEquals(List.of("1", "{\"x\":[1,2]}", "", ""), table.cells().get(0));
        assertEquals(List.of("null", "", "text", ""), table.cells().get(1));
        assertEquals(List.of("", "", "", "7"), table.cells().get(2));
    }
}
