package io.arangoconsole.core.connection;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Secrets for this run only: used when the machine has no keychain, so a password is typed once per session. */
public final class InMemorySecretStore implements SecretStore {

    private final Map<String, String> secrets = new ConcurrentHashMap<>();

    @Override
    public Optional<String> lookup(String profile, Side side) {
        return Optional.ofNullable(secrets.get(key(profile, side)));
    }

    @Override
    public boolean store(String profile, Side side, String secret) {
        secrets.put(key(profile, side), secret);
        return true;
    }

    @Override
    public void clear(String profile, Side side) {
        secrets.remove(key(profile, side));
    }

    @Override
    public boolean persistent() {
        return false;
    }

    @Override
    public String description() {
        return "not kept: asked for when connecting, held in memory until the console exits";
    }

    private static String key(String profile, Side side) {
        return profile + "\u0000" + side;
    }
}
