package io.arangoconsole.core.indexes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The index plan of each connection profile and database, one JSON file per database under the settings
 * directory ({@code index-plans/sandbox_shop.json}). Blocking file access: call from a worker thread.
 */
public final class IndexPlanStore {
    private final Path dir;

    public IndexPlanStore(Path configDir) {
        this.dir = configDir.resolve("index-plans");
    }

    /** The plan saved for {@code scope} (e.g. {@code profile/database}), if any. */
    public Optional<IndexPlan> load(String scope) throws IOException {
        Path file = file(scope);
        return Files.exists(file) ? Optional.of(IndexPlanFile.read(file)) : Optional.empty();
    }

    /** Saves {@code plan} as the plan of {@code scope}. */
    public void save(String scope, IndexPlan plan) throws IOException {
        IndexPlanFile.write(file(scope), plan);
    }

    /** The file of {@code scope}: every character but letters, digits, '-' and '.' becomes '_'. */
    public Path file(String scope) {
        return dir.resolve(scope.replaceAll("[^A-Za-z0-9.-]", "_") + ".json");
    }
}
