package io.arangoconsole.core.arango;

import com.arangodb.ArangoDBException;
import com.arangodb.ArangoDatabase;
import com.arangodb.Request;
import com.arangodb.model.AqlQueryOptions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.core.indexes.ExistingIndex;
import io.arangoconsole.core.insight.InsightException;
import io.arangoconsole.core.insight.InsightGateway;
import io.arangoconsole.core.insight.ObservedQuery;
import io.arangoconsole.core.insight.QueryPlan;
import io.arangoconsole.core.insight.QueryLogPage;
import io.arangoconsole.core.insight.QueryPlanParser;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;

/**
 * {@link InsightGateway} over the driver for one database of a target. Explain, the query lists and the index list go
 * through generic requests, since the driver's entities drop fields insight needs (peak memory, the plan's
 * expressions, {@code isBuilding}).
 */
public final class InsightArango implements InsightGateway {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int COLLECTION_NOT_FOUND = 1203;
    private static final String QUERY_LOG = "FOR q IN _queries FILTER q.database == @db AND q.started >= @since "
            + "SORT q.started LIMIT 100000 RETURN q";

    private final ArangoClients clients;
    private final ConnectionTarget target;

    public InsightArango(ArangoClients clients, ConnectionTarget target) {
        this.clients = clients;
        this.target = target;
    }

    @Override
    public String database() {
        return target.database();
    }

    @Override
    public QueryPlan explain(String query, Map<String, Object> bindVars) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        body.put("bindVars", bindVars);
        return call(db -> QueryPlanParser.explain(request(db, Request.Method.POST, "/_api/explain", body, Map.of())));
    }

    @Override
    public List<String> collections() {
        return call(db -> {
            List<String> out = new ArrayList<>();
            request(db, Request.Method.GET, "/_api/collection", null, Map.of("excludeSystem", "true"))
                    .path("result").forEach(c -> out.add(c.path("name").asText()));
            return out;
        });
    }

    @Override
    public List<ExistingIndex> indexes(String collection) {
        return call(db -> {
            List<ExistingIndex> out = new ArrayList<>();
            JsonNode answer = request(db, Request.Method.GET, "/_api/index", null,
                    Map.of("collection", collection, "withHidden", "true"));
            answer.path("indexes").forEach(i -> out.add(IndexJson.existing(collection, i)));
            return out;
        });
    }

    @Override
    public OptionalDouble sampleSelectivity(String collection, String attribute, int sampleSize) {
        // d[@p0][@p1] reads a nested path without putting names into the query text
        StringBuilder access = new StringBuilder("d");
        Map<String, Object> bind = new LinkedHashMap<>();
        bind.put("@c", collection);
        bind.put("n", sampleSize);
        String[] parts = attribute.split("\\.");
        for (int i = 0; i < parts.length; i++) {
            access.append("[@p").append(i).append(']');
            bind.put("p" + i, parts[i]);
        }
        String query = OWN_QUERY_MARK + " FOR d IN @@c LIMIT @n RETURN " + access;
        return call(db -> {
            Set<String> distinct = new HashSet<>();
            int set = 0;
            for (JsonNode value : db.query(query, JsonNode.class, bind, new AqlQueryOptions().batchSize(sampleSize))
                    .asListRemaining()) {
                if (value != null && !value.isNull()) {
                    set++;
                    distinct.add(value.toString());
                }
            }
            return set == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) distinct.size() / set);
        });
    }

    @Override
    public Map<String, OptionalDouble> sampleSelectivities(String collection, List<String> attributes,
                                                          int sampleSize) {
        // one sample of the documents, every attribute read from it: [d[@p0_0][@p0_1], d[@p1_0], ...]
        Map<String, Object> bind = new LinkedHashMap<>();
        bind.put("@c", collection);
        bind.put("n", sampleSize);
        List<String> access = new ArrayList<>();
        for (int i = 0; i < attributes.size(); i++) {
            StringBuilder path = new StringBuilder("d");
            String[] parts = attributes.get(i).split("\\.");
            for (int j = 0; j < parts.length; j++) {
                path.append("[@p").append(i).append('_').append(j).append(']');
                bind.put("p" + i + "_" + j, parts[j]);
            }
            access.add(path.toString());
        }
        String query = OWN_QUERY_MARK + " FOR d IN @@c LIMIT @n RETURN [" + String.join(", ", access) + "]";
        return call(db -> {
            List<Set<String>> distinct = new ArrayList<>();
            int[] set = new int[attributes.size()];
            attributes.forEach(a -> distinct.add(new HashSet<>()));
            for (JsonNode row : db.query(query, JsonNode.class, bind, new AqlQueryOptions().batchSize(sampleSize))
                    .asListRemaining()) {
                for (int i = 0; i < attributes.size(); i++) {
                    JsonNode value = row.get(i);
                    if (value != null && !value.isNull()) {
                        set[i]++;
                        distinct.get(i).add(value.toString());
                    }
                }
            }
            Map<String, OptionalDouble> out = new LinkedHashMap<>();
            for (int i = 0; i < attributes.size(); i++) {
                out.put(attributes.get(i), set[i] == 0 ? OptionalDouble.empty()
                        : OptionalDouble.of((double) distinct.get(i).size() / set[i]));
            }
            return out;
        });
    }

    @Override
    public List<ObservedQuery> slowLog() {
        return call(db -> observed(request(db, Request.Method.GET, "/_api/query/slow", null, Map.of()),
                ObservedQuery.Source.SLOW_LOG));
    }

    @Override
    public List<ObservedQuery> running() {
        return call(db -> observed(request(db, Request.Method.GET, "/_api/query/current", null, Map.of()),
                ObservedQuery.Source.RUNNING));
    }

    @Override
    public QueryLogPage queryLog(Instant since) {
        ArangoDatabase system = clients.client(target).db("_system");
        try {
            List<JsonNode> rows = system.query(QUERY_LOG, JsonNode.class, Map.of("db", target.database(), "since",
                    since.toString()), new AqlQueryOptions().batchSize(1000)).asListRemaining();
            return new QueryLogPage(true, observed(JSON.valueToTree(rows), ObservedQuery.Source.QUERY_LOG));
        } catch (ArangoDBException e) {
            Integer num = e.getErrorNum();
            Integer status = e.getResponseCode();
            // no _queries collection (logging off, or before 3.12.2), or no right to read _system: no query log
            if ((num != null && num == COLLECTION_NOT_FOUND) || (status != null && (status == 401 || status == 403))) {
                return QueryLogPage.OFF;
            }
            throw failure(e);
        } catch (RuntimeException e) {
            throw failure(e);
        }
    }

    private static List<ObservedQuery> observed(JsonNode rows, ObservedQuery.Source source) {
        List<ObservedQuery> out = new ArrayList<>();
        for (JsonNode q : rows) {
            Map<String, Object> bind = q.path("bindVars").isObject()
                    ? JSON.convertValue(q.path("bindVars"), JSON.getTypeFactory().constructMapType(
                            LinkedHashMap.class, String.class, Object.class)) : Map.of();
            out.add(new ObservedQuery(source, q.path("id").asText(null), q.path("database").asText(""),
                    q.path("query").asText(""), bind, instant(q.path("started").asText(null)),
                    q.path("runTime").asDouble(), q.has("peakMemoryUsage") ? q.path("peakMemoryUsage").asLong() : -1));
        }
        return out;
    }

    private static Instant instant(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private JsonNode request(ArangoDatabase db, Request.Method method, String path, Object body,
                             Map<String, String> params) {
        Request.Builder<Object> builder = Request.builder().db(db.name()).method(method).path(path).body(body);
        params.forEach(builder::queryParam);
        return db.arango().execute(builder.build(), JsonNode.class).getBody();
    }

    private <T> T call(Function<ArangoDatabase, T> work) {
        try {
            return work.apply(clients.client(target).db(target.database()));
        } catch (RuntimeException e) {
            throw failure(e);
        }
    }

    private InsightException failure(RuntimeException e) {
        ConnectionFailure failure = ArangoErrors.translate(target, e);
        if (e instanceof ArangoDBException ae && ae.getErrorNum() != null) {
            return new InsightException(failure.getMessage(), e, ae.getErrorNum(), ae.getErrorMessage());
        }
        return new InsightException(failure.getMessage(), e);
    }
}
