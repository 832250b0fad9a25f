package io.arangoconsole.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Rows as TSV, JSON and CSV, and the search match, without the toolkit. */
class TableRowsTest {
    private final TableRows<String[]> rows = new TableRows<>(List.of("Name", "Note"),
            List.<Function<String[], String>>of(r -> r[0], r -> r[1]));
    private final List<String[]> data = List.<String[]>of(new String[] {"idx_1", "a, \"b\"\tc"});

    @Test
    void tsvJsonAndCsvKeepEveryCellReadable() {
        assertEquals("Name\tNote\nidx_1\ta, \"b\" c\n", rows.tsv(data));
        assertEquals("Name,Note\r\nidx_1,\"a, \"\"b\"\"\tc\"\r\n", rows.csv(data));
        assertTrue(rows.json(data).contains("\"Note\" : \"a, \\\"b\\\"\\tc\""), rows.json(data));
    }

    @Test
    void searchMatchesAnyColumnIgnoringCase() {
        assertTrue(rows.matches(data.get(0), "IDX"));
        assertTrue(rows.matches(data.get(0), " "));
        assertFalse(rows.matches(data.get(0), "zzz"));
    }
}
