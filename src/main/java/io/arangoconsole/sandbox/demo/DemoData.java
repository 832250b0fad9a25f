package io.arangoconsole.sandbox.demo;

import io.arangoconsole.sandbox.store.Store;

/**
 * Deterministic demo data: database {@code name} with {@code va_table} (survey records), {@code ccva_results} and
 * {@code system_configs}, no index but the primary ones. Same seed, same data.
 */
public final class DemoData {
    private DemoData() {
    }

    /** Creates the database (if missing) and its three collections holding {@code records} survey records. */
    public static void populate(Store store, String database, int records, long seed) {
        throw new UnsupportedOperationException("demo data not built yet");
    }
}
