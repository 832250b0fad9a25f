package io.arangoconsole.sandbox.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import io.arangoconsole.sandbox.store.ApiError;

import java.util.ArrayList;
import java.util.List;

/** How a collection is sharded: as given at creation ({@code numberOfShards}, ...), with ArangoDB's defaults. */
public record Sharding(int numberOfShards, int replicationFactor, int writeConcern, List<String> shardKeys) {
    public Sharding {
        if (numberOfShards < 1 || numberOfShards > 1000) {
            throw ApiError.badParameter("invalid numberOfShards: must be between 1 and 1000");
        }
        if (replicationFactor < 1 || replicationFactor > 10) {
            throw ApiError.badParameter("invalid replicationFactor: must be between 1 and 10");
        }
        if (writeConcern < 1 || writeConcern > replicationFactor) {
            throw ApiError.badParameter("writeConcern must not be higher than replicationFactor");
        }
        shardKeys = List.copyOf(shardKeys == null || shardKeys.isEmpty() ? List.of("_key") : shardKeys);
    }

    /** ArangoDB's defaults for a new collection: one shard, one copy. */
    static Sharding defaults() {
        return new Sharding(1, 1, 1, List.of("_key"));
    }

    /** System collections: one shard, two copies ({@code --cluster.system-replication-factor}), fewer if fewer. */
    static Sharding system(int dbServers) {
        return new Sharding(1, Math.min(2, dbServers), 1, List.of("_key"));
    }

    /** From a create-collection body; attributes it does not give keep the defaults. */
    static Sharding from(JsonNode body) {
        int shards = intOf(body, "numberOfShards", 1);
        int rf = intOf(body, "replicationFactor", 1);
        int wc = intOf(body, "writeConcern", intOf(body, "minReplicationFactor", 1));
        List<String> keys = new ArrayList<>();
        body.path("shardKeys").forEach(k -> keys.add(k.asText()));
        return new Sharding(shards, rf, wc, keys);
    }

    static int intOf(JsonNode body, String key, int dflt) {
        JsonNode v = body.get(key);
        if (v == null || v.isNull()) {
            return dflt;
        }
        if (!v.isIntegralNumber()) {
            throw ApiError.badParameter("invalid " + key + ": a whole number is expected");
        }
        return v.intValue();
    }

    Sharding withReplication(int rf, int wc) {
        return new Sharding(numberOfShards, rf, wc, shardKeys);
    }
}
