package io.arangoconsole.core.connection;

import java.util.Optional;

/**
 * Where a profile's password or token is kept, by profile name and side ({@code primary} / {@code replica}). Never
 * the settings file: an OS keychain when the machine has one, otherwise memory only (the console then asks).
 */
public interface SecretStore {

    /** The side of a profile a secret belongs to; a separate replica deployment has its own credentials. */
    enum Side { PRIMARY, REPLICA }

    /** Blocking (may run a keychain command): the secret, or empty when none is kept. */
    Optional<String> lookup(String profile, Side side);

    /** Blocking: keeps {@code secret}; returns false when it could not be kept (the caller then prompts). */
    boolean store(String profile, Side side, String secret);

    /** Blocking: forgets the secret (profile deleted or renamed). */
    void clear(String profile, Side side);

    /** True when secrets survive a restart (an OS keychain); false when they are kept in memory only. */
    boolean persistent();

    /** For the UI: "OS keychain (Secret Service)" or "not kept: asked for when connecting". */
    String description();
}
