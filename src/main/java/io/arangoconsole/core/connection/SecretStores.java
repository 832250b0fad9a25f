package io.arangoconsole.core.connection;

import com.github.javakeyring.KeyringStorageType;
import java.util.Locale;

/**
 * Picks where this machine keeps secrets (decision 0015): the native keychain on macOS and Windows, the Secret
 * Service through {@code secret-tool} on Linux and other Unixes, otherwise memory only (asked for when connecting).
 */
public final class SecretStores {

    private SecretStores() {
    }

    /** The secret store of this machine. Blocking for a moment (loads a native library or looks at the PATH). */
    public static SecretStore detect() {
        return forOs(System.getProperty("os.name", ""));
    }

    static SecretStore forOs(String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("mac")) {
            return NativeKeychainSecretStore.open(KeyringStorageType.OSX_KEYCHAIN, "macOS Keychain")
                    .orElseGet(InMemorySecretStore::new);
        }
        if (os.startsWith("windows")) {
            return NativeKeychainSecretStore.open(KeyringStorageType.WINDOWS_CREDENTIAL_STORE,
                    "Windows Credential Manager").orElseGet(InMemorySecretStore::new);
        }
        if (KeychainSecretStore.onPath("secret-tool")) {
            return new KeychainSecretStore(KeychainSecretStore::exec);
        }
        return new InMemorySecretStore();
    }
}
