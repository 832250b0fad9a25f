package io.arangoconsole.core.stats;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The DBA's attribute choices for the collections of one database of one connection profile, thread-safe. Each
 * change is handed to the listener (which saves it). Settings of a collection that no longer exists are kept, and
 * reported by {@link #unused}.
 */
public final class AttributeOverrides {
    private final Map<String, CollectionOverride> byCollection = new ConcurrentHashMap<>();
    private volatile Consumer<Map<String, CollectionOverride>> listener = m -> { };

    public AttributeOverrides() {
    }

    public AttributeOverrides(Map<String, CollectionOverride> initial) {
        initial.forEach((c, o) -> {
            if (o != null && !o.empty()) {
                byCollection.put(c, o);
            }
        });
    }

    /** Called with a snapshot after every change. */
    public void onChange(Consumer<Map<String, CollectionOverride>> newListener) {
        this.listener = newListener;
    }

    /** The choice for {@code collection}; {@link CollectionOverride#NONE} when the DBA made none. */
    public CollectionOverride get(String collection) {
        return byCollection.getOrDefault(collection, CollectionOverride.NONE);
    }

    /** Sets the freshness attribute: a name, {@link CollectionOverride#CLEARED}, or null to follow detection. */
    public void setWatermark(String collection, String attribute) {
        change(collection, get(collection).withWatermark(attribute));
    }

    /** Sets the breakdown attribute: a name, {@link CollectionOverride#CLEARED}, or null to follow detection. */
    public void setBreakdown(String collection, String attribute) {
        change(collection, get(collection).withBreakdown(attribute));
    }

    private void change(String collection, CollectionOverride now) {
        if (now.empty()) {
            byCollection.remove(collection);
        } else {
            byCollection.put(collection, now);
        }
        listener.accept(snapshot());
    }

    /** Every choice, by collection name. */
    public Map<String, CollectionOverride> snapshot() {
        return new TreeMap<>(byCollection);
    }

    /** Collections with settings that are not among {@code existing}: kept, marked unused, never an error. */
    public List<String> unused(Collection<String> existing) {
        List<String> out = new ArrayList<>();
        for (String c : new TreeMap<>(byCollection).keySet()) {
            if (!existing.contains(c)) {
                out.add(c);
            }
        }
        return out;
    }

    /** The detected choice unless the DBA set or cleared one. */
    public static AttributeChoice resolve(String override, AttributeChoice detected) {
        if (override == null) {
            return detected;
        }
        return AttributeChoice.configured(override.isEmpty() ? null : override);
    }

    /** Detection with this database's overrides applied. */
    public Detection apply(Detection detected) {
        CollectionOverride o = get(detected.collection());
        return new Detection(detected.collection(), resolve(o.watermark(), detected.watermark()),
                resolve(o.breakdown(), detected.breakdown()), detected.attributes());
    }
}
