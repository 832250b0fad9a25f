package io.arangoconsole.core.stats;

/**
 * How many of a collection's shard copies (leaders and followers, as the plan places them) are in sync now, from
 * one {@code shardDistribution} answer for the whole database.
 */
public record ShardSync(int inSync, int copies) {

    public boolean allInSync() {
        return inSync == copies;
    }
}
