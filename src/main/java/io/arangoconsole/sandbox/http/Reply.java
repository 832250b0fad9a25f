package io.arangoconsole.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arangoconsole.sandbox.store.ApiError;
import io.arangoconsole.sandbox.store.Json;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** An HTTP answer: status, body bytes, content type and extra headers. */
public record Reply(int status, byte[] body, String contentType, Map<String, String> headers) {
    static final String JSON = "application/json; charset=utf-8";

    /** A JSON answer as is (no {@code error}/{@code code} added). */
    public static Reply json(int status, JsonNode body) {
        return new Reply(status, Json.bytes(body), JSON, new LinkedHashMap<>());
    }

    /** A JSON object answer with {@code error:false} and {@code code} set to the status, as most ArangoDB answers. */
    public static Reply ok(int status, ObjectNode body) {
        body.put("error", false);
        body.put("code", status);
        return json(status, body);
    }

    public static Reply ok(int status) {
        return ok(status, Json.object());
    }

    /** {@code {"error":false,"code":..,"result":..}}. */
    public static Reply result(int status, JsonNode result) {
        ObjectNode body = Json.object();
        body.put("error", false);
        body.put("code", status);
        body.set("result", result);
        return json(status, body);
    }

    public static Reply error(int status, int errorNum, String message) {
        ObjectNode body = Json.object();
        body.put("code", status);
        body.put("error", true);
        body.put("errorMessage", message);
        body.put("errorNum", errorNum);
        return json(status, body);
    }

    public static Reply error(ApiError e) {
        return error(e.code(), e.errorNum(), e.getMessage());
    }

    public static Reply text(int status, String text, String contentType) {
        return new Reply(status, text.getBytes(StandardCharsets.UTF_8), contentType, new LinkedHashMap<>());
    }

    public static Reply empty(int status) {
        return new Reply(status, new byte[0], null, new LinkedHashMap<>());
    }

    public Reply header(String name, String value) {
        headers.put(name, value);
        return this;
    }
}
