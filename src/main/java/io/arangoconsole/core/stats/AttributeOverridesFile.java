package io.arangoconsole.core.stats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arangoconsole.core.AtomicFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The DBA's attribute choices of every connection profile and database, in one JSON file next to the settings
 * ({@code collection-settings.json}):
 * <pre>
 * {"version": 1, "databases": {"sandbox/shop": {"orders": {"watermark": "placed_at", "breakdown": ""}}}}
 * </pre>
 * An empty string is a cleared attribute; a missing one follows detection. The file is read once ({@link #load},
 * blocking: call it off the FX thread) and kept in memory; {@link #open} then reads memory only. Saves are blocking
 * and go through a temporary file and an atomic move.
 */
public final class AttributeOverridesFile {
    public static final String FILE_NAME = "collection-settings.json";
    private static final Logger LOG = LoggerFactory.getLogger(AttributeOverridesFile.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path file;
    private ObjectNode root;

    public AttributeOverridesFile(Path configDir) {
        this.file = configDir.resolve(FILE_NAME);
    }

    public Path file() {
        return file;
    }

    /** The key of one database of one profile: {@code profile/database}. */
    public static String scope(String profile, String database) {
        return profile + "/" + database;
    }

    /**
     * The choices saved for {@code scope}, wired to be saved again on every change. A missing file is no choice;
     * an unreadable one is logged and treated as none (and is rewritten on the first change).
     */
    public synchronized AttributeOverrides open(String scope) {
        Map<String, CollectionOverride> saved = new LinkedHashMap<>();
        JsonNode collections = readAll().path("databases").path(scope);
        for (Iterator<Map.Entry<String, JsonNode>> it = collections.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            saved.put(e.getKey(), new CollectionOverride(text(e.getValue(), "watermark"),
                    text(e.getValue(), "breakdown")));
        }
        AttributeOverrides overrides = new AttributeOverrides(saved);
        overrides.onChange(snapshot -> save(scope, snapshot));
        return overrides;
    }

    /** Replaces the choices of {@code scope}, keeping every other scope's. */
    public synchronized void save(String scope, Map<String, CollectionOverride> choices) {
        ObjectNode all = readAll();
        all.put("version", 1);
        ObjectNode databases = all.has("databases") && all.get("databases").isObject()
                ? (ObjectNode) all.get("databases") : all.putObject("databases");
        ObjectNode collections = databases.putObject(scope);
        choices.forEach((collection, o) -> {
            ObjectNode c = collections.putObject(collection);
            if (o.watermark() != null) {
                c.put("watermark", o.watermark());
            }
            if (o.breakdown() != null) {
                c.put("breakdown", o.breakdown());
            }
        });
        try {
            AtomicFiles.write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(all) + "\n");
        } catch (IOException e) {
            LOG.warn("Could not save the collection settings to {}", file, e);
        }
    }

    /** Reads the file into memory now (blocking); later calls use what was read. */
    public synchronized void load() {
        readAll();
    }

    private ObjectNode readAll() {
        if (root == null) {
            root = readFile();
        }
        return root;
    }

    private ObjectNode readFile() {
        try {
            JsonNode read = JSON.readTree(Files.readString(file));
            if (read != null && read.isObject()) {
                return (ObjectNode) read;
            }
        } catch (NoSuchFileException e) {
            return JSON.createObjectNode();
        } catch (IOException e) {
            LOG.warn("Could not read the collection settings {}; starting without", file, e);
        }
        return JSON.createObjectNode();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.isTextual() ? null : value.asText();
    }
}
