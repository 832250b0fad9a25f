package io.arangoconsole.sandbox.store;

/**
 * The outcome of one document write: the document now stored ({@code current}), the one it replaced
 * ({@code previous}, null on a fresh insert), and whether an insert was ignored because the key existed.
 */
public record WriteResult(StoredDocument current, StoredDocument previous, boolean ignored) {
    public boolean created() {
        return previous == null && !ignored;
    }
}
