package io.arangoconsole.core.connection;

import java.util.Locale;
import java.util.Objects;

/**
 * Where the console talks to: an ArangoDB endpoint ({@code http://host:port} or {@code https://...}), the user and
 * password, the database the panes work on, and what this server is for the DBA.
 */
public record ConnectionTarget(String endpoint, String user, String password, String database, Label label) {

    /** The role a DBA gives a connection; shown as a badge in the status bar. */
    public enum Label {
        PRIMARY, REPLICA, SANDBOX;

        /** Lower-case name as shown to the user and stored in settings. */
        public String display() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public ConnectionTarget {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(label, "label");
        user = user == null || user.isBlank() ? "root" : user;
        password = password == null ? "" : password;
        database = database == null || database.isBlank() ? "_system" : database;
    }

    /** Never prints the password, so a target can be logged safely. */
    @Override
    public String toString() {
        return "ConnectionTarget[" + label.display() + " " + user + "@" + endpoint + "/" + database + "]";
    }
}
