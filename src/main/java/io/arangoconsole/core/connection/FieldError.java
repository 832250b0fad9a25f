package io.arangoconsole.core.connection;

/** A refused field of the profile dialog and the sentence shown next to it. */
public record FieldError(Field field, String message) {

    /** The dialog's checked fields. */
    public enum Field { NAME, PRIMARY_ENDPOINTS, REPLICA_ENDPOINTS, DATABASE, CA_FILE, POOL_SIZE, TIMEOUT }
}
