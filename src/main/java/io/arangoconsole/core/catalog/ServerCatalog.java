package io.arangoconsole.core.catalog;

import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.core.indexes.ExistingIndex;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a server holds, for pickers: its databases, a database's collections and a collection's indexes. Blocking;
 * call from worker threads. Failures are one sentence that names the side ("The source at http://... refused ...").
 */
public interface ServerCatalog {

    /** The side a server plays, for the sentences of failures. */
    enum Side {
        SOURCE, TARGET;

        public String word() {
            return this == SOURCE ? "source" : "target";
        }
    }

    /** The databases {@code server}'s user may use, sorted. */
    List<String> databases(ConnectionTarget server, Side side);

    /** The non-system collections of {@code server.database()}, sorted. */
    List<String> collections(ConnectionTarget server, Side side);

    /** The indexes of {@code collection} in {@code server.database()}, as the server lists them. */
    List<ExistingIndex> indexes(ConnectionTarget server, String collection, Side side);

    /**
     * The attributes a watermark can be read through an index on: the first field of every finished persistent
     * (or ttl) index, in the server's order, without {@code _key} (every collection is in key order already) or
     * the edge attributes. An index whose first field is the watermark serves the sync's sorted, filtered reads.
     */
    static List<String> watermarkCandidates(List<ExistingIndex> indexes) {
        Set<String> out = new LinkedHashSet<>();
        for (ExistingIndex index : indexes) {
            boolean usable = index.persistentFamily() || index.type().equals("ttl");
            if (!usable || index.building() || index.fields().isEmpty() || index.sparse()) {
                continue;
            }
            String first = index.fields().get(0);
            if (!first.equals("_key") && !first.equals("_id") && !first.equals("_from") && !first.equals("_to")) {
                out.add(first);
            }
        }
        return new ArrayList<>(out);
    }
}
