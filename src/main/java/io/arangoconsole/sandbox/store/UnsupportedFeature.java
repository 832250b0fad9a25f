package io.arangoconsole.sandbox.store;

/**
 * A feature the sandbox (or, for cluster-only APIs, a single server) does not offer: 501 with ArangoDB's errorNum 9
 * "not implemented". It is the only error that carries 9, so a test that sees 9 knows a feature is missing, and an
 * unrelated {@code UnsupportedOperationException} (say from an immutable list) stays a 500 internal error.
 */
public final class UnsupportedFeature extends ApiError {
    public static final int NOT_IMPLEMENTED = 9;

    public UnsupportedFeature(String message) {
        super(501, NOT_IMPLEMENTED, message);
    }
}
