package io.arangoconsole.core.arango;

import com.arangodb.ArangoDB;
import com.arangodb.ArangoDBException;
import com.arangodb.Request;
import com.fasterxml.jackson.databind.JsonNode;
import io.arangoconsole.core.sync.SyncFailure;

import java.util.function.Supplier;

/** What the driver-backed sync source and target share: error classification, server kind, checksum. */
final class SyncArango {
    private static final int CURSOR_NOT_FOUND = 1600;

    private SyncArango() {
    }

    /**
     * Runs a driver call, turning its exceptions into {@link SyncFailure}s: transient for refused or dropped
     * connections, timeouts and 503 (and, for cursors, a cursor the server lost across a restart: the source reopens
     * after its last record); permanent otherwise.
     */
    static <T> T call(String what, Supplier<T> call) {
        try {
            return call.get();
        } catch (ArangoDBException e) {
            Integer code = e.getResponseCode();
            Integer errorNum = e.getErrorNum();
            boolean transientFailure = SyncFailure.isTransient(e) || (code != null && code == 503)
                    || (errorNum != null && errorNum == CURSOR_NOT_FOUND)
                    || (e.getMessage() != null && e.getMessage().contains("Cannot contact any host"));
            String message = e.getErrorMessage() != null ? e.getErrorMessage() : SyncFailure.describe(e);
            throw new SyncFailure(what + ": " + message, transientFailure, e);
        }
    }

    /** "sandbox" when {@code /_api/version?details=true} says so, else "arangodb". */
    static String serverKind(ArangoDB arango) {
        Request<Void> request = Request.<Void>builder().method(Request.Method.GET).path("/_api/version")
                .queryParam("details", "true").build();
        JsonNode body = call("version", () -> arango.execute(request, JsonNode.class).getBody());
        return "true".equals(body.path("details").path("sandbox").asText()) ? "sandbox" : "arangodb";
    }

    /** {@code GET /_api/collection/{c}/checksum?withData=true&withRevisions=false}. */
    static String checksum(ArangoDB arango, String database, String collection) {
        Request<Void> request = Request.<Void>builder().db(database).method(Request.Method.GET)
                .path("/_api/collection/" + ArangoStatsSource.encode(collection) + "/checksum")
                .queryParam("withData", "true").queryParam("withRevisions", "false").build();
        return call("checksum", () -> arango.execute(request, JsonNode.class).getBody()).path("checksum").asText();
    }
}
