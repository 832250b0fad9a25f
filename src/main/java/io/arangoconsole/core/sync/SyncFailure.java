package io.arangoconsole.core.sync;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.util.Locale;
import java.util.concurrent.TimeoutException;

/**
 * A failed source or target call, marked transient (connection refused, 503, timeout: worth retrying) or permanent
 * (bad request, missing collection, authentication: retrying cannot help).
 */
public final class SyncFailure extends RuntimeException {
    private final boolean transientFailure;

    /** A failure with its message for the user and whether retrying may help. */
    public SyncFailure(String message, boolean transientFailure, Throwable cause) {
        super(message, cause);
        this.transientFailure = transientFailure;
    }

    /** Whether retrying may help. */
    public boolean isTransient() {
        return transientFailure;
    }

    /** Whether {@code e} (or a cause) is a failure that may pass when tried again. */
    public static boolean isTransient(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SyncFailure f) {
                return f.isTransient();
            }
            if (t instanceof ConnectException || t instanceof SocketTimeoutException || t instanceof TimeoutException
                    || t instanceof java.nio.channels.ClosedChannelException) {
                return true;
            }
            String m = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (m.contains("connection refused") || m.contains("connection reset") || m.contains("timed out")
                    || m.contains("timeout") || m.contains("response code: 503") || m.contains("service unavailable")
                    || m.contains("connection was closed") || m.contains("connection closed")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** A short message for the progress line: the innermost meaningful message. */
    public static String describe(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof SyncFailure && t.getMessage() != null) {
                return t.getMessage(); // already one sentence for a person
            }
        }
        String message = null;
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage();
            }
            if (t instanceof IOException && message != null) {
                break;
            }
        }
        if (message == null) {
            return e.getClass().getSimpleName();
        }
        String lower = message.toLowerCase(Locale.ROOT);
        return lower.contains("connection refused") ? "connection refused" : message;
    }
}
