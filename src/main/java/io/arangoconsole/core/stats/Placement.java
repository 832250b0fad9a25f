package io.arangoconsole.core.stats;

/**
 * How a collection is spread over a cluster, as its properties say ({@code numberOfShards}, {@code replicationFactor},
 * {@code writeConcern}); a single server's collections have none.
 */
public record Placement(int numberOfShards, int replicationFactor, int writeConcern) {
}
