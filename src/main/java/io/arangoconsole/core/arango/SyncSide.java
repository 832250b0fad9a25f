package io.arangoconsole.core.arango;

/**
 * Which end of a sync a driver call goes to, so that its failures say so: "The target at http://h:8529 refused user
 * 'root': wrong password (401)." {@code timeoutSeconds} is the request timeout of the client it uses.
 */
public record SyncSide(String role, String url, String user, String database, String collection,
                       int timeoutSeconds) {

    /** A side known only by a label (tests, tools): messages name the label. */
    static SyncSide labelled(String role, String label, String database, String collection) {
        return new SyncSide(role, label, "root", database, collection, ArangoClients.TIMEOUT_MILLIS / 1000);
    }

    /** "the target at http://h:8529". */
    String where() {
        return "the " + role + " at " + url;
    }

    /** "The target at http://h:8529". */
    String where(boolean capital) {
        String w = where();
        return capital ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w;
    }
}
