package io.arangoconsole.core.insight;

import java.util.List;

/** An index a plan node reads, as explain names it; {@code selectivity} is null when the server keeps no estimate. */
public record PlanIndex(String name, String type, List<String> fields, Double selectivity) {

    public PlanIndex {
        fields = List.copyOf(fields);
    }
}
