package io.arangoconsole.sandbox.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

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
            at = epochSeconds(value.textValue());
        }
        return at != null && at + expireAfter() <= nowSeconds;
    }

    /** ArangoDB's TTL date strings: optional milliseconds, optional offset, UTC when there is none; else null. */
    private static Double epochSeconds(String text) {
        try {
            TemporalAccessor t = DateTimeFormatter.ISO_DATE_TIME.parseBest(text, Instant::from, LocalDateTime::from);
            Instant at = t instanceof Instant i ? i : ((LocalDateTime) t).toInstant(ZoneOffset.UTC);
            return at.toEpochMilli() / 1000.0;
        } catch (DateTimeException e) {
            return null;
        }
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
