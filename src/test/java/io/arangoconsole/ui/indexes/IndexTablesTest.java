package io.arangoconsole.ui.indexes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.arangoconsole.core.indexes.DiffRow;
import io.arangoconsole.core.indexes.DiffStatus;
import io.arangoconsole.core.indexes.ExistingIndex;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The figures of the index table as a DBA reads them. */
class IndexTablesTest {

    @Test
    void aLowCardinalityIndexShowsItsSelectivityNotZero() {
        assertEquals("0.0125 %", IndexTables.selectivity(row(5.0 / 40_000)));
        assertEquals("95.9 %", IndexTables.selectivity(row(0.959)));
        assertEquals("100 %", IndexTables.selectivity(row(1.0)));
        assertEquals("0 %", IndexTables.selectivity(row(0.0)));
        assertEquals("\u2014", IndexTables.selectivity(row(null)), "no estimate: a dash");
    }

    private static DiffRow row(Double selectivity) {
        ExistingIndex index = new ExistingIndex("va_table", "va_table/12", "idx_status", "persistent",
                List.of("status"), false, false, selectivity, 81_920, false, 100);
        return new DiffRow("va_table", DiffStatus.PRESENT, List.of("status"), null, index, "");
    }
}
