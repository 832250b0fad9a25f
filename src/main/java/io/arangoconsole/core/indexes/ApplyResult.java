package io.arangoconsole.core.indexes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.List;

/**
 * What {@code indexes apply} did: indexes {@code created}, planned indexes that already {@code existing}, builds that
 * {@code failed} (with the one-sentence reason), and planned indexes {@code skipped} (missing collection, or
 * redundant: another index serves them). A second apply creates nothing.
 */
public record ApplyResult(List<ApplyEntry> created, List<ApplyEntry> existing, List<ApplyEntry> failed,
                          List<ApplyEntry> skipped) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public ApplyResult {
        created = List.copyOf(created);
        existing = List.copyOf(existing);
        failed = List.copyOf(failed);
        skipped = List.copyOf(skipped);
    }

    /** True when no build failed. */
    public boolean ok() {
        return failed.isEmpty();
    }

    /** The one JSON object {@code apply --json} prints: {@code {"created":[...],"existing":[...],...}}. */
    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("apply result not serializable", e);
        }
    }
}
