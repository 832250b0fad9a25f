package io.arangoconsole.ui.sync;

import java.net.URI;
import java.nio.file.Path;

/**
 * Short names of a sync's two ends for the narrow Job columns; the full descriptions stay one hover away. A source is
 * {@code va_table@db1:8529} for {@code http://db1:8529/demo/va_table} and {@code export.jsonl} for a file; a target
 * is its collection, since it is nearly always the server the console is connected to.
 */
final class JobNames {

    private JobNames() {
    }

    /** {@code va_table@db1:8529 → va_table}, {@code export.jsonl → va_table}. */
    static String title(String sourceDescription, String targetDescription) {
        return source(sourceDescription) + " \u2192 " + collection(targetDescription);
    }

    static String source(String description) {
        if (description.contains("://")) {
            URI uri = URI.create(description);
            String authority = uri.getAuthority() == null ? "" : "@" + uri.getAuthority();
            return collection(description) + authority;
        }
        Path name = Path.of(description).getFileName();
        return name == null ? description : name.toString();
    }

    /** The last path segment of {@code http://h:p/db/collection}. */
    static String collection(String description) {
        int slash = description.lastIndexOf('/');
        return slash < 0 || slash == description.length() - 1 ? description : description.substring(slash + 1);
    }
}
