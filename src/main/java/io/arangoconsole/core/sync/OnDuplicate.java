package io.arangoconsole.core.sync;

import java.util.Locale;

/** What the bulk import does with a document whose {@code _key} exists: the import API's {@code onDuplicate}. */
public enum OnDuplicate {
    /** Merge the incoming attributes into the stored document (the default of sync jobs). */
    UPDATE,
    /** Replace the stored document with the incoming one. */
    REPLACE,
    /** Keep the stored document. */
    IGNORE,
    /** Refuse the incoming document (a unique constraint violation, which becomes a reject). */
    ERROR;

    /** The query-parameter value: {@code update}, {@code replace}, {@code ignore} or {@code error}. */
    public String apiValue() {
        return name().toLowerCase(Locale.ROOT);
    }
}
