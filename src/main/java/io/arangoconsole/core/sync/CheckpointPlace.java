package io.arangoconsole.core.sync;

/**
 * Where a sync job keeps its checkpoint: a collection of the target database, and the attribute of the checkpoint
 * document that holds the time of the last sync. Both are the user's convention, configured per job (the command
 * line's {@code --checkpoint-collection} and {@code --checkpoint-date-attribute}, the Sync pane's settings); core
 * names neither.
 */
public record CheckpointPlace(String collection, String dateAttribute) {

    /** Checks that the collection is a legal name and the date attribute a plain one. */
    public CheckpointPlace {
        if (collection == null || !collection.matches("[A-Za-z_][A-Za-z0-9_\\-]{0,255}")) {
            throw new IllegalArgumentException("The checkpoint collection must be a collection name (letters, digits,"
                    + " _ and -, starting with a letter or _), not '" + collection + "'.");
        }
        if (dateAttribute == null || !dateAttribute.matches("[A-Za-z_][A-Za-z0-9_]*")
                || java.util.Set.of("_key", "_id", "_rev", "type").contains(dateAttribute)) {
            throw new IllegalArgumentException("The checkpoint date attribute must be a plain attribute name other "
                    + "than _key, _id, _rev and type, not '" + dateAttribute + "'.");
        }
    }
}
