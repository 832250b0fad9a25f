package io.arangoconsole.ui.connections;

import io.arangoconsole.core.connection.SecretStore;
import java.util.Optional;

/** Asks the user for a secret that no keychain keeps; called on the UI thread, empty when cancelled. */
@FunctionalInterface
public interface PasswordPrompt {

    Optional<String> ask(String profile, SecretStore.Side side);
}
