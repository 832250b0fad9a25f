package io.arangoconsole.core.arango;

import com.arangodb.ArangoDB;
import com.arangodb.ArangoDBException;
import com.arangodb.ArangoDBMultipleException;
import com.arangodb.Request;
import com.fasterxml.jackson.databind.JsonNode;
import io.arangoconsole.core.sync.SyncFailure;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * What the driver-backed sync source and target share: error translation into one sentence naming the side, server
 * kind, checksum. No driver text reaches a person: the driver's exception stays the cause, for the log.
 */
final class SyncArango {
    private static final int FORBIDDEN = 11;
    private static final int COLLECTION_NOT_FOUND = 1203;
    private static final int DATABASE_NOT_FOUND = 1228;
    private static final int CURSOR_NOT_FOUND = 1600;

    private SyncArango() {
    }

    /**
     * Runs a driver call, turning its exceptions into {@link SyncFailure}s that name {@code side}: transient for
     * refused or dropped connections, timeouts, 503 and a cursor the server lost across a restart (the source reopens
     * after its last record); permanent otherwise.
     */
    static <T> T call(SyncSide side, String what, Supplier<T> call) {
        try {
            return call.get();
        } catch (ArangoDBException e) {
            throw translate(side, what, e);
        }
    }

    /** The one sentence for {@code e}, as a failure that says whether retrying may help. */
    static SyncFailure translate(SyncSide side, String what, ArangoDBException e) {
        int code = e.getResponseCode() == null ? 0 : e.getResponseCode();
        int num = e.getErrorNum() == null ? 0 : e.getErrorNum();
        String where = side.where(true);
        if (FailoverErrors.isFailoverGap(num)) {
            return new SyncFailure(where + " could not " + what + " while a DB-Server fails over (HTTP " + code
                    + ", error " + num + ")", true, e);
        }
        if (code == 401 || (num == FORBIDDEN && code != 403)) {
            return new SyncFailure(where + " refused user '" + side.user() + "': wrong password (401).", false, e);
        }
        if (code == 403) {
            return new SyncFailure(where + " does not allow user '" + side.user() + "' to " + what + " (403).",
                    false, e);
        }
        if (num == DATABASE_NOT_FOUND) {
            return new SyncFailure("The " + side.role() + " database '" + side.database() + "' does not exist at "
                    + side.url() + ".", false, e);
        }
        if (num == COLLECTION_NOT_FOUND) {
            return new SyncFailure("The " + side.role() + " database '" + side.database() + "' has no collection '"
                    + side.collection() + "'.", false, e);
        }
        if (num == CURSOR_NOT_FOUND) {
            return new SyncFailure(where + " no longer knows the read cursor (it restarted?)", true, e);
        }
        if (code == 503) {
            return new SyncFailure(where + " is unavailable (503)", true, e);
        }
        Throwable network = networkCause(e);
        if (network instanceof TimeoutException || isTimeout(e)) {
            return new SyncFailure("Timed out after " + side.timeoutSeconds() + " s waiting for the " + side.role()
                    + " " + side.url(), true, e);
        }
        if (network instanceof UnknownHostException) {
            return new SyncFailure("Cannot reach " + side.where() + ": unknown host.", false, e);
        }
        if (network != null || mentions(e, "cannot contact any host") || mentions(e, "connection refused")) {
            return new SyncFailure("Cannot reach " + side.where() + ": connection refused or no server listening",
                    true, e);
        }
        if (SyncFailure.isTransient(e)) {
            return new SyncFailure("The connection to " + side.where() + " was dropped", true, e);
        }
        if (num != 0 && e.getErrorMessage() != null) {
            return new SyncFailure(where + " refused to " + what + ": " + trim(e.getErrorMessage()) + " (error "
                    + num + ").", false, e);
        }
        return new SyncFailure("The request to " + side.where() + " to " + what + " failed (HTTP " + code
                + "); the log has the details.", false, e);
    }

    private static boolean isTimeout(Throwable e) {
        return mentions(e, "timeout period") || mentions(e, "timed out");
    }

    private static boolean mentions(Throwable e, String text) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().toLowerCase(Locale.ROOT).contains(text)) {
                return true;
            }
            if (t instanceof ArangoDBMultipleException multiple) {
                for (Throwable inner : multiple.getExceptions()) {
                    if (mentions(inner, text)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static Throwable networkCause(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof TimeoutException || t instanceof java.net.SocketTimeoutException) {
                return new TimeoutException();
            }
            if (t instanceof ConnectException || t instanceof UnknownHostException) {
                return t;
            }
            if (t instanceof ArangoDBMultipleException multiple) {
                for (Throwable inner : multiple.getExceptions()) {
                    Throwable found = networkCause(inner);
                    if (found != null) {
                        return found;
                    }
                }
            }
        }
        return null;
    }

    private static String trim(String message) {
        String text = message.strip();
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    /** "sandbox" when {@code /_api/version?details=true} says so, else "arangodb". */
    static String serverKind(SyncSide side, ArangoDB arango) {
        Request<Void> request = Request.<Void>builder().method(Request.Method.GET).path("/_api/version")
                .queryParam("details", "true").build();
        JsonNode body = call(side, "tell its version", () -> arango.execute(request, JsonNode.class).getBody());
        return "true".equals(body.path("details").path("sandbox").asText()) ? "sandbox" : "arangodb";
    }

    /** {@code GET /_api/collection/{c}/checksum?withData=true&withRevisions=false}. */
    static String checksum(SyncSide side, ArangoDB arango, String database, String collection) {
        Request<Void> request = Request.<Void>builder().db(database).method(Request.Method.GET)
                .path("/_api/collection/" + ArangoStatsSource.encode(collection) + "/checksum")
                .queryParam("withData", "true").queryParam("withRevisions", "false").build();
        return call(side, "compute the checksum", () -> arango.execute(request, JsonNode.class).getBody())
                .path("checksum").asText();
    }
}
