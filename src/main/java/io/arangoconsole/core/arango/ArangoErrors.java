package io.arangoconsole.core.arango;

import com.arangodb.ArangoDBException;
import com.arangodb.ArangoDBMultipleException;
import io.arangoconsole.core.arango.ConnectionFailure.Reason;
import io.arangoconsole.core.connection.ConnectionTarget;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeoutException;

/** Turns what the driver throws into one sentence a DBA can act on. */
final class ArangoErrors {

    static final int FORBIDDEN = 11;
    static final int DATABASE_NOT_FOUND = 1228;

    private ArangoErrors() {
    }

    static ConnectionFailure translate(ConnectionTarget target, RuntimeException e) {
        if (e instanceof ConnectionFailure failure) {
            return failure;
        }
        String where = target.endpoint();
        if (e instanceof ArangoDBException ae && ae.getErrorNum() != null) {
            int code = ae.getResponseCode() == null ? 0 : ae.getResponseCode();
            int num = ae.getErrorNum();
            if (code == 401 || (num == FORBIDDEN && code != 403)) {
                return new ConnectionFailure(Reason.UNAUTHORIZED, "The server at " + where + " refused user '"
                        + target.user() + "': wrong password (401).", e);
            }
            if (num == DATABASE_NOT_FOUND) {
                return new ConnectionFailure(Reason.UNKNOWN_DATABASE, "Database '" + target.database()
                        + "' does not exist on " + where + ".", e);
            }
            return new ConnectionFailure(Reason.SERVER_ERROR, "The server at " + where + " answered with error "
                    + num + ": " + trimPeriod(ae.getErrorMessage()) + ".", e);
        }
        Throwable tls = tlsCause(e);
        if (tls != null) {
            return new ConnectionFailure(Reason.TLS, "TLS failure with " + where + ": " + describeTls(tls) + ".", e);
        }
        Throwable network = networkCause(e);
        // Something answered, but not ArangoDB: before "Cannot contact any host" (the driver's wrapper for any
        // failure of every host) reads as a refused connection.
        Integer status = network == null ? httpStatus(e) : null;
        if (status != null) {
            return notArangoDb(where, status, e);
        }
        if (network == null && answeredHttp1ToHttp2(e)) {
            return new ConnectionFailure(Reason.SERVER_ERROR, "The server at " + where + " answered in HTTP/1.1, "
                    + "not in the HTTP/2 the profile asks for: check that the URL and port are an ArangoDB server's, "
                    + "or choose HTTP/1.1 in the profile.", e);
        }
        if (network != null || isCannotContact(e)) {
            return new ConnectionFailure(Reason.UNREACHABLE, "Cannot reach " + where + ": "
                    + describeNetwork(network) + ".", e);
        }
        if (timedOut(e)) {
            return new ConnectionFailure(Reason.UNREACHABLE, "The server at " + where + " did not answer in time "
                    + "(timeout): it may be overloaded, or a firewall drops the requests.", e);
        }
        // no driver text in a pane: the cause is in the log, where the caller writes it
        return new ConnectionFailure(Reason.SERVER_ERROR, "The call to " + where + " failed; the console's log "
                + "has the details.", e);
    }

    /** An HTTP status without an ArangoDB error number: something else answers on that URL. */
    private static ConnectionFailure notArangoDb(String where, int status, RuntimeException e) {
        return new ConnectionFailure(Reason.SERVER_ERROR, "The server at " + where + " answered HTTP " + status
                + " without an ArangoDB error: check that the URL and port are an ArangoDB server's.", e);
    }

    /** The status of the first driver exception in the chain that carries one but no ArangoDB error number. */
    private static Integer httpStatus(Throwable root) {
        for (Throwable t : chain(root)) {
            if (t instanceof ArangoDBException ae && ae.getResponseCode() != null && ae.getErrorNum() == null) {
                return ae.getResponseCode();
            }
        }
        return null;
    }

    /** Netty's HTTP/2 client met an HTTP/1.1 answer ("HTTP/" where the SETTINGS frame should be). */
    private static boolean answeredHttp1ToHttp2(Throwable root) {
        for (Throwable t : chain(root)) {
            if (t.getClass().getSimpleName().equals("Http2Exception") && String.valueOf(t.getMessage())
                    .contains("First received frame was not SETTINGS")) {
                return true;
            }
        }
        return false;
    }

    /** Every throwable under {@code root}: causes and the driver's multiple-exception lists, without cycles. */
    private static java.util.List<Throwable> chain(Throwable root) {
        java.util.List<Throwable> all = new java.util.ArrayList<>();
        Deque<Throwable> queue = new ArrayDeque<>();
        Set<Throwable> seen = new HashSet<>();
        queue.add(root);
        while (!queue.isEmpty()) {
            Throwable t = queue.poll();
            if (!seen.add(t)) {
                continue;
            }
            all.add(t);
            if (t instanceof ArangoDBMultipleException multiple) {
                queue.addAll(multiple.getExceptions());
            }
            if (t.getCause() != null) {
                queue.add(t.getCause());
            }
        }
        return all;
    }

    private static boolean timedOut(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.util.concurrent.TimeoutException || t instanceof java.net.SocketTimeoutException
                    || t.getClass().getSimpleName().contains("Timeout")) {
                return true;
            }
        }
        return false;
    }

    private static Throwable tlsCause(Throwable root) {
        return first(root, t -> t instanceof javax.net.ssl.SSLException
                || t instanceof java.security.cert.CertificateException);
    }

    /** The first throwable of {@link #chain} (breadth-first) that {@code matches}, or null. */
    private static Throwable first(Throwable root, java.util.function.Predicate<Throwable> matches) {
        return chain(root).stream().filter(matches).findFirst().orElse(null);
    }

    private static String describeTls(Throwable cause) {
        String text = String.valueOf(cause.getMessage()).toLowerCase(java.util.Locale.ROOT);
        Throwable deepest = cause;
        while (deepest.getCause() != null && deepest.getCause() != deepest) {
            deepest = deepest.getCause();
        }
        String all = text + " " + String.valueOf(deepest.getMessage()).toLowerCase(java.util.Locale.ROOT);
        if (all.contains("no subject alternative") || all.contains("no name matching")) {
            return "the certificate does not name this host (host verification)";
        }
        if (all.contains("pkix") || all.contains("unable to find valid certification path")
                || all.contains("certificate")) {
            return "the server's certificate is not trusted by the CA file";
        }
        if (all.contains("not an ssl/tls record") || all.contains("unrecognized ssl message")
                || all.contains("plaintext")) {
            return "the server does not speak TLS on this port";
        }
        return "the handshake failed";
    }

    private static boolean isCannotContact(Throwable e) {
        String message = e.getMessage();
        return message != null && message.contains("Cannot contact any host");
    }

    private static String describeNetwork(Throwable cause) {
        if (cause instanceof UnknownHostException) {
            return "unknown host";
        }
        if (cause instanceof TimeoutException || cause instanceof java.net.SocketTimeoutException) {
            return "no answer within " + ArangoClients.TIMEOUT_MILLIS / 1000 + " s";
        }
        if (cause instanceof NoRouteToHostException) {
            return "no route to host";
        }
        return "connection refused or no server listening";
    }

    /** The first network failure among the causes and the driver's multiple-exception lists. */
    private static Throwable networkCause(Throwable root) {
        return first(root, t -> t instanceof ConnectException || t instanceof UnknownHostException
                || t instanceof TimeoutException || t instanceof java.net.SocketTimeoutException
                || t instanceof NoRouteToHostException);
    }

    private static String trimPeriod(String message) {
        String text = message == null ? "no message" : message.strip();
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }
}
