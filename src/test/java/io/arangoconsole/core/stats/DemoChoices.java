package io.arangoconsole.core.stats;

/**
 * The survey demo's attributes as a DBA would set them by hand (tests of the reading mechanics on the demo, whose
 * collections start without indexes, so detection alone proposes nothing there).
 */
public final class DemoChoices {
    private DemoChoices() {
    }

    /** va_table: submissiondate / status; ccva_results: created_at / status; system_configs: last_sync_date. */
    public static AttributeOverrides overrides() {
        AttributeOverrides o = new AttributeOverrides();
        o.setWatermark("va_table", "submissiondate");
        o.setBreakdown("va_table", "status");
        o.setWatermark("ccva_results", "created_at");
        o.setBreakdown("ccva_results", "status");
        o.setWatermark("system_configs", "last_sync_date");
        o.setBreakdown("system_configs", "status");
        return o;
    }
}
