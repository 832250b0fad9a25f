package io.arangoconsole.sandbox.demo;

import io.arangoconsole.sandbox.store.Collection;
import io.arangoconsole.sandbox.store.Database;
import io.arangoconsole.sandbox.store.Store;
import io.arangoconsole.sandbox.store.WriteOptions;

import java.util.SplittableRandom;

/**
 * Deterministic demo data: database {@code name} with {@code va_table} (survey records), {@code ccva_results} and
 * {@code system_configs}, no index but the primary ones. Same seed, same data.
 */
public final class DemoData {
    public static final String VA_TABLE = "va_table";
    public static final String CCVA_RESULTS = "ccva_results";
    public static final String SYSTEM_CONFIGS = "system_configs";

    /** Threads building documents while the caller inserts: the cores but one, at most three (a start has more). */
    private static final int BUILDERS = Math.max(1, Math.min(3, Runtime.getRuntime().availableProcessors() - 1));

    private DemoData() {
    }

    /**
     * Creates the database (if missing) and its three collections holding {@code records} survey records, inserted
     * in submission order; {@code records} 0 leaves all three empty. The collections must not exist yet (409/1207).
     * Nothing depends on the clock: the data spans 2021-01-01 to 2025-12-31 whatever the day.
     */
    public static void populate(Store store, String database, int records, long seed) {
        populate(store, database, records, seed, BUILDERS);
    }

    /**
     * As above, with the records' documents built by {@code builders} threads ahead of the inserting one (decision
     * 0086): each record draws from its own stream, split from the seed in record order before any is built, and
     * records are inserted in submission order, so the data is the same with any number of builders.
     */
    static void populate(Store store, String database, int records, long seed, int builders) {
        if (records < 0) {
            throw new IllegalArgumentException("records must not be negative: " + records);
        }
        Database db = store.databaseNames().contains(database) ? store.database(database)
                : store.createDatabase(database);
        Collection va = db.create(VA_TABLE, 2, false);
        Collection ccva = db.create(CCVA_RESULTS, 2, false);
        Collection configs = db.create(SYSTEM_CONFIGS, 2, false);
        if (records == 0) {
            return;
        }
        SplittableRandom root = new SplittableRandom(seed);
        long[] submitted = DemoClock.submissionTimes(records, root.split());
        SplittableRandom recordRandom = root.split();
        CcvaResults results = new CcvaResults(ccva, root.split());
        // a stream per record, so a change in one record's shape never shifts every later record
        SplittableRandom[] streams = new SplittableRandom[records];
        for (int i = 0; i < records; i++) {
            streams[i] = recordRandom.split();
        }
        SurveyBatches.build(submitted, streams, builders, survey -> {
            va.insert(survey.doc(), WriteOptions.DEFAULT);
            results.accept(survey);
        });
        results.finish();
        SystemConfigs.write(configs, records, submitted[submitted.length - 1], ccva.count());
    }
}
