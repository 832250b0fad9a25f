package io.arangoconsole.core.stats;

/**
 * The DBA's choice for one collection: an attribute name, {@link #CLEARED} for "none", or null to follow
 * detection; once for the freshness (watermark) attribute, once for the breakdown.
 */
public record CollectionOverride(String watermark, String breakdown) {
    /** The DBA cleared the attribute: the console uses none, whatever detection finds. */
    public static final String CLEARED = "";
    public static final CollectionOverride NONE = new CollectionOverride(null, null);

    public CollectionOverride withWatermark(String attribute) {
        return new CollectionOverride(attribute, breakdown);
    }

    public CollectionOverride withBreakdown(String attribute) {
        return new CollectionOverride(watermark, attribute);
    }

    /** True when neither attribute is set or cleared. */
    public boolean empty() {
        return watermark == null && breakdown == null;
    }
}
