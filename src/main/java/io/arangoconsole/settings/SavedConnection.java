package io.arangoconsole.settings;

/**
 * A connection as remembered in the settings file. Deliberately without a password: passwords never go to disk.
 *
 * @param label {@code primary}, {@code replica} or {@code sandbox}
 */
public record SavedConnection(String endpoint, String user, String database, String label) {
}
