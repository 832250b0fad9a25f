package io.arangoconsole.ui.overview;

import io.arangoconsole.core.stats.CollectionStats;
import io.arangoconsole.core.stats.DriftRow;
import io.arangoconsole.core.stats.Fetched;
import io.arangoconsole.core.stats.StatsSession;
import java.util.Comparator;
import java.util.List;

/** What one Overview round reads in the background: stats (from the cache when fresh) and, with a replica, drift. */
record Round(List<Fetched<CollectionStats>> stats, List<DriftRow> drift, List<String> watched) {

    /** Blocking: call on a worker thread. */
    static Round load(StatsSession s) {
        return new Round(s.stats().all(), s.hasReplica() ? s.drift().compare() : List.of(), s.settings().watched());
    }

    /** The watched collections first, in the settings' order (va_table leads), then the rest by name. */
    List<Fetched<CollectionStats>> ordered() {
        return stats.stream().sorted(Comparator.comparingInt((Fetched<CollectionStats> f) -> {
            int at = watched.indexOf(f.value().collection());
            return at < 0 ? watched.size() : at;
        })).toList();
    }
}
