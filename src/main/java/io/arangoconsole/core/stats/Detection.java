package io.arangoconsole.core.stats;

import java.util.List;

/**
 * What the console proposes (or uses) for one collection: a freshness (watermark) and a breakdown attribute, with
 * why; {@code attributes} are the names seen in its indexes and sample, the choices a DBA picks from.
 */
public record Detection(String collection, AttributeChoice watermark, AttributeChoice breakdown,
                        List<String> attributes) {

    public Detection {
        attributes = attributes == null ? List.of() : List.copyOf(attributes);
    }
}
