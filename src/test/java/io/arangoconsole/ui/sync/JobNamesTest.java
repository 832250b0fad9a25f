package io.arangoconsole.ui.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What the narrow Job columns show of a sync's source and target. */
class JobNamesTest {

    @Test
    void aDatabaseSourceIsItsCollectionAtItsServer() {
        assertEquals("va_table@db1:8529 \u2192 va_copy",
                JobNames.title("http://db1:8529/demo/va_table", "http://db2:8529/demo/va_copy"));
    }

    @Test
    void aFileSourceIsItsName() {
        assertEquals("export.jsonl \u2192 va_table",
                JobNames.title("/home/dba/exports/2026-11/export.jsonl", "http://127.0.0.1:8529/demo/va_table"));
    }
}
