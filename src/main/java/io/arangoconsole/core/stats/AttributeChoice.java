package io.arangoconsole.core.stats;

/**
 * The attribute the console uses for one purpose (freshness or breakdown) of one collection: {@code attribute} null
 * when there is none; {@code source} says who chose it, {@code reason} why, as the DBA reads it
 * ("indexed by [placed_at]; 20 sampled documents hold ISO dates").
 */
public record AttributeChoice(String attribute, Source source, String reason) {

    /** Who chose the attribute. */
    public enum Source {
        /** Proposed by the console from the indexes and a sample. */
        DETECTED,
        /** Set (or cleared) by the DBA. */
        CONFIGURED;

        /** "detected" or "configured", as the command line prints it. */
        public String text() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public static AttributeChoice detected(String attribute, String reason) {
        return new AttributeChoice(attribute, Source.DETECTED, reason);
    }

    public static AttributeChoice configured(String attribute) {
        return new AttributeChoice(attribute, Source.CONFIGURED,
                attribute == null ? "cleared by the DBA" : "set by the DBA");
    }

    /** True when an attribute is chosen. */
    public boolean present() {
        return attribute != null;
    }
}
