package io.arangoconsole.core.insight;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A query with its literals replaced by {@code ?}, bind parameters kept by name, comments dropped, whitespace folded
 * and keywords upper-cased: every run of "the same query with other values" has the same shape.
 *
 * @param text the normalised query text
 * @param id   a short, stable hash of {@code text}, for files and rows
 */
public record QueryShape(String text, String id) {

    /** The shape of a query as {@link ShapeNormalizer} folds it. */
    public static QueryShape of(String query) {
        String text = ShapeNormalizer.normalize(query);
        return new QueryShape(text, hash(text));
    }

    static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
