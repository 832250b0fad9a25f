package io.arangoconsole.ui.overview;

import io.arangoconsole.core.stats.AttributeChoice;
import io.arangoconsole.core.stats.CollectionStats;
import java.util.List;

/**
 * One line of the collection settings dialog: the freshness and breakdown attribute in use and who chose them, or,
 * for saved choices of a collection that no longer exists, "unused".
 */
public record SettingsRow(String collection, String freshness, String breakdown, String note,
                          List<String> attributes) {

    static SettingsRow of(CollectionStats s) {
        AttributeChoice w = s.chosen().watermark();
        AttributeChoice b = s.chosen().breakdown();
        return new SettingsRow(s.collection(), text(w), text(b), w.reason(), s.chosen().attributes());
    }

    static SettingsRow unused(String collection, String freshness, String breakdown) {
        return new SettingsRow(collection, freshness == null ? "(detected)" : freshness.isEmpty() ? "(none)" : freshness,
                breakdown == null ? "(detected)" : breakdown.isEmpty() ? "(none)" : breakdown,
                "unused: the collection no longer exists; the choice is kept", List.of());
    }

    /** {@code placed_at (detected)}, {@code (none) (configured)}. */
    private static String text(AttributeChoice c) {
        return (c.attribute() == null ? "(none)" : c.attribute()) + " (" + c.source().text() + ")";
    }

    /** The row as a card for {@link AttributeDialog}, which needs only the name and the attributes. */
    CollectionCard asCard() {
        return new CollectionCard(collection, "", "", null, null, null, null, "", false, null, null, "", attributes, null, null,
                null);
    }
}
