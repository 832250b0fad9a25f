package io.arangoconsole.ui.overview;

import io.arangoconsole.core.stats.CollectionStats;
import io.arangoconsole.core.stats.DriftRow;
import io.arangoconsole.core.stats.Fetched;
import io.arangoconsole.core.FailureLog;
import io.arangoconsole.core.stats.ShardSync;
import io.arangoconsole.core.stats.StatsSession;
import io.arangoconsole.ui.common.Formats;
import org.slf4j.LoggerFactory;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Locale;

/**
 * What one Overview round reads in the background: the names matching the search (from the catalog cache), the
 * stats of one page of them (from the cache when fresh), with a replica drift and lag, and on a cluster the shard
 * copies in sync (one request for the database, only when a collection has a placement).
 */
record Round(List<Fetched<CollectionStats>> stats, List<DriftRow> drift, int matching, int page, int pageCount,
             Map<String, ShardSync> shardSync, String shardSyncFailure) {

    /** Polled: a lasting failure is logged with its trace once, then counted. */
    private static final FailureLog LOG = new FailureLog(LoggerFactory.getLogger(Round.class));

    /** Which collections a round shows: a name filter, system collections or not, and the page (from 0). */
    record Query(String search, boolean withSystem, int page, int pageSize) {
    }

    /** Blocking: call on a worker thread. */
    static Round load(StatsSession s, Query q) {
        String needle = q.search() == null ? "" : q.search().strip().toLowerCase(Locale.ROOT);
        List<String> names = s.stats().collections(q.withSystem()).stream()
                .filter(n -> needle.isEmpty() || n.toLowerCase(Locale.ROOT).contains(needle)).toList();
        int pageCount = Math.max(1, (names.size() + q.pageSize() - 1) / q.pageSize());
        int page = Math.min(Math.max(0, q.page()), pageCount - 1);
        List<String> shown = names.subList(page * q.pageSize(), Math.min(names.size(), (page + 1) * q.pageSize()));
        List<Fetched<CollectionStats>> stats = s.stats().stats(shown);
        Map<String, Optional<String>> attributes = new HashMap<>();
        stats.forEach(f -> attributes.put(f.value().collection(),
                Optional.ofNullable(f.value().chosen().watermark().attribute())));
        List<DriftRow> drift = s.hasReplica()
                ? s.drift().compare(stats.stream().map(f -> f.value().collection()).toList(),
                        c -> attributes.getOrDefault(c, Optional.empty()))
                : List.of();
        Map<String, ShardSync> sync = Map.of();
        String syncFailure = null;
        if (stats.stream().anyMatch(f -> f.value().placement() != null)) {
            try {
                sync = s.stats().shardSync();
            } catch (RuntimeException e) {
                LOG.warn("Shard sync state for the Overview", e);
                syncFailure = "the shard distribution could not be read: " + Formats.sentence(e);
            }
        }
        return new Round(stats, drift, names.size(), page, pageCount, sync, syncFailure);
    }
}
