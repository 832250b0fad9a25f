package io.arangoconsole.core.connection;

/** How a profile's user proves who it is; the secret itself is kept in a {@link SecretStore}. */
public enum AuthMethod {
    PASSWORD, JWT
}
