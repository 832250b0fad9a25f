package io.arangoconsole.sandbox.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A collection's key generator as ArangoDB's {@code keyOptions} describe it: {@code traditional} (increasing numbers
 * from the server's tick), {@code autoincrement} ({@code offset}, then every {@code increment}), {@code padded}
 * (increasing numbers as 16 hex digits, so they sort as strings), {@code uuid}; {@code allowUserKeys} false refuses
 * client keys with 400/1222.
 */
public final class KeyGenerator {
    private final String type;
    private final boolean allowUserKeys;
    private final long increment;
    private final long offset;
    private final AtomicLong lastValue = new AtomicLong();

    private KeyGenerator(String type, boolean allowUserKeys, long increment, long offset) {
        this.type = type;
        this.allowUserKeys = allowUserKeys;
        this.increment = increment;
        this.offset = offset;
    }

    public static KeyGenerator traditional() {
        return new KeyGenerator("traditional", true, 1, 0);
    }

    /** From a create request's {@code keyOptions}; 400/10 for an unknown type or a bad increment/offset. */
    public static KeyGenerator of(JsonNode options) {
        if (options == null || !options.isObject()) {
            return traditional();
        }
        String type = options.path("type").asText("traditional").toLowerCase(Locale.ROOT);
        if (!type.matches("traditional|autoincrement|uuid|padded")) {
            throw new ApiError(400, 10, "invalid key generator type '" + type + "'");
        }
        long increment = options.path("increment").asLong(1);
        long offset = options.path("offset").asLong(0);
        if (type.equals("autoincrement") && (increment < 1 || increment >= 1L << 16 || offset < 0)) {
            throw new ApiError(400, 10, "increment must be between 1 and 65535 and offset not negative");
        }
        return new KeyGenerator(type, options.path("allowUserKeys").asBoolean(true), increment, offset);
    }

    /** The next generated key. */
    String next(Store store) {
        return switch (type) {
            case "autoincrement" -> Long.toString(lastValue.updateAndGet(
                    v -> v < offset ? Math.max(offset, increment) : v + increment));
            case "padded" -> String.format(Locale.ROOT, "%016x", lastValue.updateAndGet(v -> Math.max(v + 1,
                    store.nextTick())));
            case "uuid" -> UUID.randomUUID().toString();
            default -> Long.toString(lastValue.updateAndGet(v -> Math.max(v + 1, store.nextTick())));
        };
    }

    /** Checks a key the client chose; keeps an autoincrement's counter past numeric keys, as ArangoDB does. */
    void accept(String key) {
        if (!allowUserKeys) {
            throw new ApiError(400, 1222, "collection does not allow using user-defined keys");
        }
        if (type.equals("autoincrement") && key.chars().allMatch(Character::isDigit) && key.length() < 18) {
            long k = Long.parseLong(key);
            lastValue.accumulateAndGet(k, Math::max);
        }
    }

    /** Keeps generated keys past a numeric key loaded from a snapshot, so that none collides with it. */
    void observeLoaded(String key) {
        if (!key.isEmpty() && key.length() < 18 && key.chars().allMatch(Character::isDigit)) {
            lastValue.accumulateAndGet(Long.parseLong(key), Math::max);
        }
    }

    /** As {@code keyOptions} in collection properties. */
    public ObjectNode toJson() {
        ObjectNode out = Json.object().put("allowUserKeys", allowUserKeys).put("type", type);
        if (type.equals("autoincrement")) {
            out.put("offset", offset).put("increment", increment);
        }
        return out.put("lastValue", type.equals("uuid") ? 0 : lastValue.get());
    }
}
