package io.arangoconsole.sandbox.conformance.recorded;

import java.util.Map;

/** Recorded examples the sandbox knowingly answers differently, each with its reason (docs/decisions/0023). */
final class KnownDifferences {
    static final Map<String, String> REASONS = Map.ofEntries();

    private KnownDifferences() {
    }
}
