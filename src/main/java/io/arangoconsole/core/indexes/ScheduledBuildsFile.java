package io.arangoconsole.core.indexes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arangoconsole.core.AtomicFiles;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleSupplier;

/**
 * Builds scheduled for a window, kept across console restarts: one file per profile and database ({@code scope}) in
 * {@code dir}, each window's text and zone with its builds as an index plan (the plan file's own format). Blocking
 * file access: call it off the FX thread.
 */
public final class ScheduledBuildsFile {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path dir;

    public ScheduledBuildsFile(Path dir) {
        this.dir = dir;
    }

    /** Replaces what {@code scope} keeps with {@code waiting}; nothing waiting removes the file. */
    public void save(String scope, Map<IndexSpec, BuildWindow> waiting) throws IOException {
        Path file = file(scope);
        if (waiting.isEmpty()) {
            Files.deleteIfExists(file);
            return;
        }
        Map<String, List<IndexSpec>> byWindow = new LinkedHashMap<>();
        Map<String, BuildWindow> windows = new LinkedHashMap<>();
        waiting.forEach((spec, window) -> {
            String key = window.text() + "@" + window.zone().getId();
            byWindow.computeIfAbsent(key, k -> new ArrayList<>()).add(spec);
            windows.putIfAbsent(key, window);
        });
        ObjectNode root = JSON.createObjectNode().put("version", 1).put("scope", scope);
        ArrayNode list = root.putArray("windows");
        for (Map.Entry<String, List<IndexSpec>> e : byWindow.entrySet()) {
            BuildWindow w = windows.get(e.getKey());
            ObjectNode entry = list.addObject().put("window", w.text()).put("zone", w.zone().getId());
            entry.set("plan", JSON.readTree(IndexPlanFile.toJson(plan(e.getValue()))));
        }
        Files.createDirectories(dir);
        AtomicFiles.write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root));
    }

    /**
     * The builds {@code scope} kept, each with its window ({@code rate} for "under N/s" windows); empty when none.
     *
     * @throws IOException when the file cannot be read
     * @throws IllegalArgumentException (one sentence) when it cannot be understood
     */
    public Map<IndexSpec, BuildWindow> load(String scope, DoubleSupplier rate) throws IOException {
        Path file = file(scope);
        Map<IndexSpec, BuildWindow> out = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return out;
        }
        JsonNode root = JSON.readTree(file.toFile());
        for (JsonNode entry : root.path("windows")) {
            BuildWindow window = BuildWindow.parse(entry.path("window").asText(),
                    ZoneId.of(entry.path("zone").asText("UTC")), rate);
            IndexPlan plan = IndexPlanFile.parse(file.toString(), entry.path("plan").toString());
            for (CollectionPlan c : plan.collections()) {
                for (PlannedIndex index : c.indexes()) {
                    out.put(new IndexSpec(c.collection(), index), window);
                }
            }
        }
        return out;
    }

    private Path file(String scope) {
        return dir.resolve(URLEncoder.encode(scope, StandardCharsets.UTF_8) + ".json");
    }

    private static IndexPlan plan(List<IndexSpec> specs) {
        Map<String, List<PlannedIndex>> byCollection = new LinkedHashMap<>();
        specs.forEach(s -> byCollection.computeIfAbsent(s.collection(), c -> new ArrayList<>()).add(s.index()));
        List<CollectionPlan> collections = new ArrayList<>();
        byCollection.forEach((c, indexes) -> collections.add(new CollectionPlan(c, indexes)));
        return new IndexPlan("builds scheduled for a window", collections);
    }
}
