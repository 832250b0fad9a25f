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

    private DemoData() {
    }

    /**
     * Creates the database (if missing) and its three collections holding {@code records} survey records, inserted
     * in submission order; {@code records} 0 leaves all three empty. The collections must not exist yet (409/1207).
     * Nothing depends on the clock: the data spans 2021-01-01 to 2025-12-31 whatever the day.
     */
    public static void populate(Store store, String database, int records, long seed) {
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
        for (long at : submitted) {
            // a stream per record, so a change in one record's shape never shifts every later record
            SurveyRecords.Survey survey = SurveyRecords.build(at, recordRandom.split());
            va.insert(survey.doc(), WriteOptions.DEFAULT);
            results.accept(survey);
        }
        results.finish();
        SystemConfigs.write(configs, records, submitted[submitted.length - 1], ccva.count());
    }
}
