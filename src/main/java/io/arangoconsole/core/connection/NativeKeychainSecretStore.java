package io.arangoconsole.core.connection;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.Keyring;
import com.github.javakeyring.KeyringStorageType;
import com.github.javakeyring.PasswordAccessException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Secrets in the OS keychain through its native API (the java-keyring library, over JNA): the macOS login Keychain
 * and the Windows Credential Manager. No process is started, so the secret never appears on a command line. Items
 * are the generic password of service {@code arango-console}, account {@code <profile>} or
 * {@code <profile> (replica)}: the same item the earlier {@code security} command wrote on macOS.
 */
public final class NativeKeychainSecretStore implements SecretStore {

    private static final Logger LOG = LoggerFactory.getLogger(NativeKeychainSecretStore.class);

    /** The three keychain calls; the seam tests replace, since no test machine has these keychains. */
    public interface Backend {
        /** @return the secret, or null when none is kept */
        String get(String service, String account) throws Exception;

        void set(String service, String account, String secret) throws Exception;

        void delete(String service, String account) throws Exception;
    }

    private final Backend backend;
    private final String name;

    public NativeKeychainSecretStore(Backend backend, String name) {
        this.backend = backend;
        this.name = name;
    }

    /** The keychain of {@code type} on this machine, or empty when its API is not there (logged). */
    static Optional<SecretStore> open(KeyringStorageType type, String name) {
        try {
            Keyring keyring = Keyring.create(type);
            return Optional.of(new NativeKeychainSecretStore(new LibraryBackend(keyring), name));
        } catch (BackendNotSupportedException | RuntimeException | LinkageError e) {
            LOG.warn("The {} cannot be used; passwords will be asked for when connecting", name, e);
            return Optional.empty();
        }
    }

    @Override
    public Optional<String> lookup(String profile, Side side) {
        try {
            String secret = backend.get(KeychainSecretStore.SERVICE, KeychainSecretStore.account(profile, side));
            return secret == null || secret.isEmpty() ? Optional.empty() : Optional.of(secret);
        } catch (PasswordAccessException e) {
            // The library's way to say "no such item" (it uses the same type for a refused read): nothing kept.
            LOG.info("No secret of profile '{}' in the {}: {}", profile, name, e.getMessage());
            return Optional.empty();
        } catch (Exception e) {
            LOG.warn("Reading the secret of profile '{}' from the {} failed", profile, name, e);
            return Optional.empty();
        }
    }

    @Override
    public boolean store(String profile, Side side, String secret) {
        try {
            backend.set(KeychainSecretStore.SERVICE, KeychainSecretStore.account(profile, side), secret);
            return true;
        } catch (Exception e) {
            LOG.warn("The {} did not keep the secret of profile '{}'", name, profile, e);
            return false;
        }
    }

    @Override
    public void clear(String profile, Side side) {
        try {
            backend.delete(KeychainSecretStore.SERVICE, KeychainSecretStore.account(profile, side));
        } catch (PasswordAccessException e) {
            // Nothing was kept for this side: nothing to clear.
        } catch (Exception e) {
            LOG.warn("Removing the secret of profile '{}' from the {} failed", profile, name, e);
        }
    }

    @Override
    public boolean persistent() {
        return true;
    }

    @Override
    public String description() {
        return "OS keychain (" + name + ")";
    }

    /** java-keyring itself. */
    private record LibraryBackend(Keyring keyring) implements Backend {
        @Override
        public String get(String service, String account) throws PasswordAccessException {
            return keyring.getPassword(service, account);
        }

        @Override
        public void set(String service, String account, String secret) throws PasswordAccessException {
            keyring.setPassword(service, account, secret);
        }

        @Override
        public void delete(String service, String account) throws PasswordAccessException {
            keyring.deletePassword(service, account);
        }
    }
}
