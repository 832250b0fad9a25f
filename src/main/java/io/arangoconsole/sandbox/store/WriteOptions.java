package io.arangoconsole.sandbox.store;

/**
 * Options of a document write. {@code overwriteMode} applies to inserts only: null or {@code conflict} refuses an
 * existing key (1210), {@code ignore} keeps the old document, {@code replace} and {@code update} overwrite it.
 * {@code ifMatch} is a revision the current document must have (412/1200 otherwise).
 */
public record WriteOptions(String overwriteMode, boolean keepNull, boolean mergeObjects, String ifMatch) {
    public static final WriteOptions DEFAULT = new WriteOptions(null, true, true, null);

    public static WriteOptions overwrite(String mode) {
        return new WriteOptions(mode, true, true, null);
    }
}
