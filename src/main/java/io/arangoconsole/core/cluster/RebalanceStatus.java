package io.arangoconsole.core.cluster;

/** Shard moves the agency still has to do ({@code todoMoveShards}) or is doing ({@code pendingMoveShards}). */
public record RebalanceStatus(long todo, long pending) {

    public boolean idle() {
        return todo == 0 && pending == 0;
    }
}
