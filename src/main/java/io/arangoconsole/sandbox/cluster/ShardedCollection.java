package io.arangoconsole.sandbox.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arangoconsole.sandbox.store.Json;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A collection of the one store as the cluster places it: its {@link Sharding} and its shards. The documents stay in
 * the store's collection; a shard is placement only, and a document's shard is the hash of its shard keys.
 */
public final class ShardedCollection {
    private final String database;
    private final String name;
    private final long collectionId;
    private volatile Sharding sharding;
    final List<Shard> shards;

    ShardedCollection(String database, String name, long collectionId, Sharding sharding, List<Shard> shards) {
        this.database = database;
        this.name = name;
        this.collectionId = collectionId;
        this.sharding = sharding;
        this.shards = shards;
    }

    public String database() {
        return database;
    }

    public String name() {
        return name;
    }

    public long collectionId() {
        return collectionId;
    }

    public Sharding sharding() {
        return sharding;
    }

    void setSharding(Sharding s) {
        sharding = s;
    }

    /** The shard responsible for {@code doc}: FNV-1a over its shard key values' JSON (missing ones as null). */
    Shard responsible(JsonNode doc) {
        long hash = 0xcbf29ce484222325L;
        for (String key : sharding.shardKeys()) {
            JsonNode v = doc == null ? null : doc.get(key);
            byte[] bytes = (v == null ? "null" : v.toString()).getBytes(StandardCharsets.UTF_8);
            for (byte b : bytes) {
                hash ^= b & 0xff;
                hash *= 0x100000001b3L;
            }
            hash ^= 0x1f;
        }
        return shards.get((int) Math.floorMod(hash, (long) shards.size()));
    }

    /** Whether documents are placed by {@code _key} alone, so a key names its shard. */
    boolean shardedByKey() {
        return sharding.shardKeys().equals(List.of("_key"));
    }

    /** The cluster attributes of the collection's properties (reference 1.6). */
    void addProperties(ObjectNode body) {
        body.put("numberOfShards", sharding.numberOfShards());
        ArrayNode keys = body.putArray("shardKeys");
        sharding.shardKeys().forEach(keys::add);
        body.put("replicationFactor", sharding.replicationFactor());
        body.put("writeConcern", sharding.writeConcern());
        body.put("minReplicationFactor", sharding.writeConcern());
        body.put("shardingStrategy", "hash");
        body.put("isSmart", false);
        body.put("isDisjoint", false);
    }

    static ObjectNode keyDocument(String key) {
        return Json.object().put("_key", key);
    }
}
