package io.arangoconsole.ui.overview;

import io.arangoconsole.core.stats.Placement;
import io.arangoconsole.core.stats.ShardSync;
import io.arangoconsole.ui.common.Formats;

/**
 * A card's cluster lines: {@code placement} "3 shards · replication 2 · write concern 1" and {@code inSync}
 * "6 of 6" shard copies in sync ({@code ok} false, shown red, when some are not, or "unknown" when the server would
 * not say, with {@code why}).
 */
public record ShardLine(String placement, String inSync, boolean ok, String why) {

    /** Null on a single server (no placement): the card shows no cluster lines. */
    static ShardLine of(Placement placement, ShardSync sync, String syncFailure) {
        if (placement == null) {
            return null;
        }
        String text = Formats.count(placement.numberOfShards()) + (placement.numberOfShards() == 1 ? " shard" : " shards")
                + " · replication " + (placement.replicationFactor() == 0 ? "satellite" : placement.replicationFactor())
                + " · write concern " + placement.writeConcern();
        if (sync == null) {
            String why = syncFailure != null ? syncFailure : "the shard distribution did not list this collection";
            return new ShardLine(text, "unknown", false, why);
        }
        return new ShardLine(text, Formats.count(sync.inSync()) + " of " + Formats.count(sync.copies()),
                sync.allInSync(), "shard copies (leaders and followers) in sync, from the cluster's shard distribution");
    }
}
