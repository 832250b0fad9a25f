package io.arangoconsole.sandbox.store;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The collection checksum as ArangoDB defines it: per document a hash of {@code _key}, plus the revision's hash
 * with {@code withRevisions}, plus with {@code withData} a hash of every attribute except {@code _key}, {@code _id}
 * and {@code _rev}; documents combined with XOR, so the result does not depend on order, and two servers holding the
 * same documents agree. Numbers hash by value (1 and 1.0 are equal). The hash function is FNV-1a 64, not
 * ArangoDB's VelocyPack hash, so sandbox checksums are comparable between sandboxes only (see docs/decisions).
 */
public final class Checksums {
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private Checksums() {
    }

    public static long of(List<StoredDocument> docs, boolean withRevisions, boolean withData) {
        long checksum = 0;
        for (StoredDocument doc : docs) {
            long local = string(doc.key());
            if (withRevisions) {
                local += string(doc.rev());
            }
            if (withData) {
                local ^= attributes(doc.node(), true);
            }
            checksum ^= local;
        }
        return checksum;
    }

    private static long attributes(JsonNode object, boolean skipSystem) {
        long seed = mix(object.size() ^ 0xf00ba44ba5L);
        Iterator<Map.Entry<String, JsonNode>> it = object.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String name = e.getKey();
            if (skipSystem && (name.equals("_key") || name.equals("_id") || name.equals("_rev"))) {
                continue;
            }
            seed ^= mix(string(name) ^ value(e.getValue()));
        }
        return seed;
    }

    private static long value(JsonNode v) {
        if (v == null || v.isNull()) {
            return 0x1234L;
        }
        if (v.isBoolean()) {
            return v.booleanValue() ? 0x2345L : 0x3456L;
        }
        if (v.isNumber()) {
            return mix(Double.doubleToLongBits(v.doubleValue() == 0 ? 0.0 : v.doubleValue()));
        }
        if (v.isTextual()) {
            return string(v.textValue());
        }
        if (v.isArray()) {
            long h = FNV_OFFSET ^ v.size();
            for (JsonNode item : v) {
                h = (h ^ value(item)) * FNV_PRIME;
            }
            return mix(h);
        }
        return attributes(v, false);
    }

    private static long string(String s) {
        long h = FNV_OFFSET;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ (b & 0xff)) * FNV_PRIME;
        }
        return h;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
