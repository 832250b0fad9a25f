package io.arangoconsole.core.arango;

import com.arangodb.ArangoDB;
import com.arangodb.ArangoDBException;
import com.arangodb.Request;
import com.arangodb.Response;
import com.arangodb.entity.CollectionEntity;
import com.arangodb.model.CollectionsReadOptions;
import com.fasterxml.jackson.databind.JsonNode;
import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.core.indexes.ExistingIndex;
import io.arangoconsole.core.indexes.IndexGateway;
import io.arangoconsole.core.indexes.IndexGatewayException;
import io.arangoconsole.core.indexes.IndexSpec;
import io.arangoconsole.core.indexes.PlannedIndex;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link IndexGateway} over the driver, for one database of the primary. Index calls go through generic requests:
 * the driver's {@code IndexEntity} has no {@code isBuilding}/{@code progress}, and only the raw response tells a new
 * index (201) from an existing one (200). The driver's request timeout must allow for a whole build.
 */
public final class IndexGatewayArango implements IndexGateway {
    private final ArangoDB arango;
    private final String database;
    private final ConnectionTarget target; // null when only the database is known: failures then name no server

    public IndexGatewayArango(ArangoDB arango, String database) {
        this.arango = arango;
        this.database = database;
        this.target = null;
    }

    /** The gateway for {@code target}'s database; a failure without an ArangoDB error names its server. */
    public IndexGatewayArango(ArangoDB arango, ConnectionTarget target) {
        this.arango = arango;
        this.database = target.database();
        this.target = target;
    }

    @Override
    public List<String> collections() {
        try {
            List<String> names = new ArrayList<>();
            for (CollectionEntity c : arango.db(database).getCollections(
                    new CollectionsReadOptions().excludeSystem(true))) {
                names.add(c.getName());
            }
            names.sort(String::compareTo);
            return names;
        } catch (ArangoDBException e) {
            throw translate(e);
        }
    }

    @Override
    public CreatedIndex create(IndexSpec spec) {
        Request<Map<String, Object>> request = Request.<Map<String, Object>>builder().db(database)
                .method(Request.Method.POST).path("/_api/index").queryParam("collection", spec.collection())
                .body(body(spec.index())).build();
        Response<JsonNode> response = execute(request);
        JsonNode index = response.getBody();
        return new CreatedIndex(index.path("id").asText(), index.path("name").asText(),
                response.getResponseCode() == 201);
    }

    @Override
    public List<ExistingIndex> list(String collection, boolean withHidden) {
        Request<Void> request = Request.<Void>builder().db(database).method(Request.Method.GET).path("/_api/index")
                .queryParam("collection", collection).queryParam("withStats", "true")
                .queryParam("withHidden", String.valueOf(withHidden)).build();
        List<ExistingIndex> out = new ArrayList<>();
        for (JsonNode i : execute(request).getBody().path("indexes")) {
            out.add(IndexJson.existing(collection, i));
        }
        return out;
    }

    @Override
    public int shards(String collection) {
        Request<Void> request = Request.<Void>builder().db(database).method(Request.Method.GET)
                .path("/_api/collection/" + ArangoStatsSource.encode(collection) + "/properties").build();
        return execute(request).getBody().path("numberOfShards").asInt(0);
    }

    @Override
    public void drop(String collection, String id) {
        String number = id.substring(id.lastIndexOf('/') + 1);
        Request<Void> request = Request.<Void>builder().db(database).method(Request.Method.DELETE)
                .path("/_api/index/" + ArangoStatsSource.encode(collection) + "/" + ArangoStatsSource.encode(number))
                .build();
        execute(request);
    }

    /** The create body ArangoDB documents for persistent indexes; builds never take the collection's write lock. */
    static Map<String, Object> body(PlannedIndex index) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "persistent");
        body.put("fields", index.fields());
        body.put("unique", index.unique());
        body.put("sparse", index.sparse());
        if (index.name() != null) {
            body.put("name", index.name());
        }
        body.put("estimates", index.estimates());
        body.put("cacheEnabled", index.cacheEnabled());
        if (!index.storedValues().isEmpty()) {
            body.put("storedValues", index.storedValues());
        }
        body.put("inBackground", true);
        return body;
    }

    private <T> Response<JsonNode> execute(Request<T> request) {
        try {
            return arango.execute(request, JsonNode.class);
        } catch (ArangoDBException e) {
            throw translate(e);
        }
    }

    private IndexGatewayException translate(ArangoDBException e) {
        Integer status = e.getResponseCode();
        Integer errorNum = e.getErrorNum();
        // without an ArangoDB error the driver's own text ("Response Code: 404 [Unparsable data] ...") would reach
        // the pane: the connection's sentence is said instead, as the connection dialog says it
        String message = e.getErrorMessage() != null ? e.getErrorMessage() : target != null
                ? ArangoErrors.translate(target, e).getMessage()
                : "The call to the server failed; the console's log has the details";
        return new IndexGatewayException(status == null ? 0 : status, errorNum == null ? 0 : errorNum, message, e);
    }
}
