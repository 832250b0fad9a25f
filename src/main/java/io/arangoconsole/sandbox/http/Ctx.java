package io.arangoconsole.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arangoconsole.sandbox.store.ApiError;
import io.arangoconsole.sandbox.store.Database;
import io.arangoconsole.sandbox.store.Json;
import io.arangoconsole.sandbox.store.Store;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * One request as handlers see it: method, the database named by the {@code /_db/<name>} prefix ({@code _system}
 * without one), the URL-decoded path parameters, query parameters, headers, body and the authenticated user.
 */
public final class Ctx {
    private final Store store;
    private final String method;
    private final String database;
    private final List<String> params;
    private final Map<String, String> query;
    private final Map<String, String> headers;
    private final byte[] body;
    private final String user;
    private final InputStream bodyStream;

    Ctx(Store store, String method, String database, List<String> params, Map<String, String> query,
        Map<String, String> headers, byte[] body, InputStream bodyStream, String user) {
        this.store = store;
        this.method = method;
        this.database = database;
        this.params = params;
        this.query = query;
        this.headers = headers;
        this.body = body;
        this.user = user;
        this.bodyStream = bodyStream;
    }

    public Store store() {
        return store;
    }

    public String method() {
        return method;
    }

    public String databaseName() {
        return database;
    }

    /** The database of the request, or 404/1228. */
    public Database db() {
        return store.database(database);
    }

    /** The {@code i}-th path parameter ({@code {name}} in the route), decoded. */
    public String param(int i) {
        return params.get(i);
    }

    public String query(String name) {
        return query.get(name);
    }

    public boolean flag(String name, boolean dflt) {
        String v = query.get(name);
        if (v == null) {
            return dflt;
        }
        return v.isEmpty() || v.equalsIgnoreCase("true") || v.equals("1") || v.equalsIgnoreCase("yes");
    }

    /** A required query parameter; 400/10 when missing. */
    public String requireQuery(String name) {
        String v = query.get(name);
        if (v == null || v.isEmpty()) {
            throw ApiError.badParameter("expecting parameter '" + name + "'");
        }
        return v;
    }

    /** A header by lower-case name, or null. */
    public String header(String lowerName) {
        return headers.get(lowerName);
    }

    /** The body as a stream: read as it arrives for bulk imports, from memory for everything else. */
    public InputStream bodyStream() {
        return bodyStream != null ? bodyStream : new ByteArrayInputStream(body);
    }

    public byte[] body() {
        return body;
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The parsed body; null when there is none or it is the literal {@code null} the driver sends on GET. */
    public JsonNode json() {
        if (body.length == 0) {
            return null;
        }
        JsonNode node = Json.parse(body);
        return node == null || node.isNull() || node.isMissingNode() ? null : node;
    }

    /** The body as an object; an absent body counts as {@code {}}, anything else is 400/600. */
    public ObjectNode jsonObject() {
        JsonNode node = json();
        if (node == null) {
            return Json.object();
        }
        if (!node.isObject()) {
            throw new ApiError(400, 600, "expecting a JSON object as body");
        }
        return (ObjectNode) node;
    }

    public String user() {
        return user;
    }
}
