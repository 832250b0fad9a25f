package io.arangoconsole.sandbox.cluster;

import io.arangoconsole.sandbox.store.ReadHorizon;

/**
 * A follower apply delay, set through the faults API ({@code {"action":"followerLag","seconds":N}}): from the moment
 * it is set, followers apply each write N seconds after it happened, so a dirty read they answer misses the writes
 * of the last N seconds (those before the delay was set were applied). 0 lets them catch up at once. While a delay
 * is set, followers answer every dirty-read query (a real Coordinator picks leader or follower per shard, about
 * half and half); reads without the header always see the leaders'.
 */
public final class FollowerLag {
    private volatile long delayMillis;
    private volatile long since;

    /** Sets the delay ({@code seconds} 0: none, the followers catch up). */
    public synchronized void set(long seconds) {
        if (seconds > 0 && delayMillis == 0) {
            since = ClusterState.now();
        }
        delayMillis = seconds * 1000;
    }

    public long seconds() {
        return delayMillis / 1000;
    }

    /** What a follower has applied at {@code now}, {@link ReadHorizon#NONE} without a delay. */
    long horizon(long now) {
        long delay = delayMillis;
        return delay == 0 ? ReadHorizon.NONE : Math.max(since, now - delay);
    }
}
