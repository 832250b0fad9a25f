package io.arangoconsole.core.sync;

/**
 * Opens the two ends of a {@link SyncSpec}. Database ends need the driver, which only {@code core.arango} may use,
 * so the job runner receives this seam instead of building them itself.
 */
public interface SyncConnector {

    /** The source of {@code spec}; nothing is read until the job opens it. */
    SyncSource source(SyncSpec spec);

    /** The target of {@code spec}; nothing is written until the job prepares it. */
    SyncTarget target(SyncSpec spec);

    /** Files only: a connector for tests and tools that have no database end. */
    static SyncSource fileSource(SyncSpec.Source source) {
        if (source instanceof SyncSpec.JsonlFile jsonl) {
            return new JsonlSource(jsonl.file(), null);
        }
        if (source instanceof SyncSpec.CsvFile csv) {
            return new CsvSource(csv.file(), csv.options());
        }
        throw new IllegalArgumentException("not a file source: " + source.describe());
    }
}
