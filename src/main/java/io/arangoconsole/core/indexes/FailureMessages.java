package io.arangoconsole.core.indexes;

/** Turns a failed build into the one sentence the queue shows. */
final class FailureMessages {
    private FailureMessages() {
    }

    static String forBuild(IndexSpec spec, RuntimeException failure) {
        String what = (spec.index().unique() ? "the unique index on " : "the index on ") + spec.describe();
        if (failure instanceof IndexGatewayException e) {
            if (e.errorNum() == IndexGatewayException.UNIQUE_CONSTRAINT_VIOLATED) {
                return "Cannot create " + what + ": some documents share the same values.";
            }
            if (e.errorNum() == IndexGatewayException.DATA_SOURCE_NOT_FOUND) {
                return "Cannot create " + what + ": collection " + spec.collection() + " does not exist.";
            }
            if (e.forbidden()) {
                return forbidden(e);
            }
            String code = e.status() == 0 ? "" : " (HTTP " + e.status()
                    + (e.errorNum() == 0 ? "" : ", error " + e.errorNum()) + ")";
            return "Cannot create " + what + ": " + strip(e.getMessage()) + code + ".";
        }
        return "Cannot create " + what + ": " + strip(String.valueOf(failure.getMessage())) + ".";
    }

    static String forbidden(IndexGatewayException e) {
        return "Index builds are disabled: this user may not create indexes on the database (HTTP " + e.status()
                + ": " + strip(e.getMessage()) + ").";
    }

    /** Why a lookup of the build's hidden index failed, as a clause: "the server could not be asked (...)." */
    static String forLookup(IndexSpec spec, RuntimeException failure) {
        return "the indexes of " + spec.collection() + " could not be listed: " + reason(failure) + ".";
    }

    /** The server's reason without driver wording: its message and HTTP status, or "no answer". */
    static String reason(RuntimeException failure) {
        if (failure instanceof IndexGatewayException e) {
            if (e.status() == 0) {
                return "the server did not answer";
            }
            return strip(e.getMessage()) + " (HTTP " + e.status() + (e.errorNum() == 0 ? "" : ", error "
                    + e.errorNum()) + ")";
        }
        return "an unexpected " + failure.getClass().getSimpleName() + " (details in the log)";
    }

    private static String strip(String message) {
        return message == null ? "no message" : message.endsWith(".") ? message.substring(0, message.length() - 1)
                : message;
    }
}
