package io.arangoconsole.sandbox.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * A TTL index: sorted like a sparse persistent index over one field; documents whose field (seconds since the epoch,
 * or an ISO 8601 date string) lies more than {@code expireAfter} seconds in the past are removed by the store.
 */
public final class TtlIndex extends PersistentIndex {
    TtlIndex(long id, String name, IndexSpec spec) {
        super(id, name, spec);
    }

    @Override
    public String type() {
        return "ttl";
    }

    public long expireAfter() {
        return spec().expireAfter();
    }

    /** Whether a document with this field value has expired at {@code nowSeconds}. */
    boolean expired(JsonNode value, double nowSeconds) {
        Double at = null;
        if (value != null && value.isNumber()) {
            at = value.doubleValue();
        } else if (value != null && value.isTextual()) {
            try {
                at = Instant.parse(value.textValue()).toEpochMilli() / 1000.0;
            } catch (DateTimeParseException e) {
                at = null;
            }
        }
        return at != null && at + expireAfter() <= nowSeconds;
    }

    @Override
    boolean sameDefinition(IndexSpec other) {
        return super.sameDefinition(other) && other.expireAfter() != null && other.expireAfter() == expireAfter();
    }

    @Override
    protected void describeMore(ObjectNode out) {
        out.put("expireAfter", expireAfter());
        out.put("estimates", false);
    }
}
