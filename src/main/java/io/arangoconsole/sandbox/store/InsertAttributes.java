package io.arangoconsole.sandbox.store;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Which top-level attributes of a new document an insert reads besides storing it (decision 0055). */
final class InsertAttributes {
    private InsertAttributes() {
    }

    /** {@code _key}, the edge attributes and the top-level attributes the secondary {@code indexes} read. */
    static Set<String> readOnInsert(List<Index> indexes) {
        Set<String> out = new HashSet<>(List.of("_key", "_from", "_to"));
        for (Index index : indexes) {
            if (!(index instanceof PrimaryIndex)) {
                index.fields().forEach(f -> out.add(topLevelName(f)));
            }
        }
        return out;
    }

    /** Whether a tree holding only {@code kept} is all the {@code indexes} read; checked under the write lock. */
    static boolean covered(List<Index> indexes, Set<String> kept) {
        for (Index index : indexes) {
            if (!(index instanceof PrimaryIndex)) {
                for (String f : index.fields()) {
                    if (f.startsWith("_") || !kept.contains(topLevelName(f))) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private static String topLevelName(String path) {
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '.' || path.charAt(i) == '[') {
                return path.substring(0, i);
            }
        }
        return path;
    }
}
