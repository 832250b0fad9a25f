package io.arangoconsole.core.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arangoconsole.core.connection.KeychainSecretStore.Result;
import io.arangoconsole.core.connection.SecretStore.Side;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The keychain commands as the OS tools expect them; a fake runner records them instead of touching a keyring. */
class KeychainSecretStoreTest {

    private final List<List<String>> commands = new ArrayList<>();
    private final List<String> stdins = new ArrayList<>();

    private KeychainSecretStore store(Result answer) {
        return new KeychainSecretStore((command, stdin) -> {
            commands.add(command);
            stdins.add(stdin);
            return answer;
        });
    }

    @Test
    void secretToolGetsTheSecretOnStdinNeverInArguments() {
        KeychainSecretStore store = store(new Result(0, ""));
        assertTrue(store.store("prod", Side.PRIMARY, "hunter2"));
        assertEquals(List.of("secret-tool", "store", "--label=Arango Console: prod", "service", "arango-console",
                "profile", "prod"), commands.get(0));
        assertEquals("hunter2", stdins.get(0));
        assertFalse(String.join(" ", commands.get(0)).contains("hunter2"));
        store.clear("prod", Side.REPLICA);
        assertEquals(List.of("secret-tool", "clear", "service", "arango-console", "profile", "prod (replica)"),
                commands.get(1));
    }

    @Test
    void lookupReturnsTheSecretWithoutTheTrailingNewlineOrNothing() {
        assertEquals(Optional.of("hunter2"), store(new Result(0, "hunter2\n"))
                .lookup("prod", Side.PRIMARY));
        assertEquals(List.of("secret-tool", "lookup", "service", "arango-console", "profile", "prod"),
                commands.get(0));
        assertEquals(Optional.empty(), store(new Result(1, "")).lookup("prod", Side.PRIMARY));
        assertEquals(Optional.empty(), store(new Result(-1, null)).lookup("prod", Side.PRIMARY));
    }

    @Test
    void aFailingKeychainSaysItDidNotKeepTheSecret() {
        assertFalse(store(new Result(-1, null)).store("prod", Side.PRIMARY, "x"));
        assertFalse(String.join(" ", commands.get(0)).contains(" x"), "the secret is never an argument");
    }

    @Test
    void noStoreOfThisMachineRunsACommandWithTheSecretInItsArguments() {
        // macOS and Windows go through the native API: on a Linux test machine their keychains are absent, so the
        // choice falls back to memory instead of a command line (it never runs `security ... -w secret`).
        assertTrue(SecretStores.forOs("Mac OS X") instanceof InMemorySecretStore);
        assertTrue(SecretStores.forOs("Windows 11") instanceof InMemorySecretStore);
    }

    @Test
    void theNativeKeychainStoresUnderTheSameServiceAndAccountAndSaysWhenItRefuses() {
        java.util.Map<String, String> items = new java.util.HashMap<>();
        boolean[] refuse = {false};
        NativeKeychainSecretStore store = new NativeKeychainSecretStore(new NativeKeychainSecretStore.Backend() {
            @Override
            public String get(String service, String account) {
                return items.get(service + "|" + account);
            }

            @Override
            public void set(String service, String account, String secret) {
                if (refuse[0]) {
                    throw new IllegalStateException("denied");
                }
                items.put(service + "|" + account, secret);
            }

            @Override
            public void delete(String service, String account) {
                items.remove(service + "|" + account);
            }
        }, "Windows Credential Manager");
        assertTrue(store.store("prod", Side.REPLICA, "hunter2"));
        assertEquals(java.util.Map.of("arango-console|prod (replica)", "hunter2"), items);
        assertEquals(Optional.of("hunter2"), store.lookup("prod", Side.REPLICA));
        assertEquals(Optional.empty(), store.lookup("prod", Side.PRIMARY));
        store.clear("prod", Side.REPLICA);
        assertTrue(items.isEmpty());
        refuse[0] = true;
        assertFalse(store.store("prod", Side.PRIMARY, "hunter2"));
        assertEquals("OS keychain (Windows Credential Manager)", store.description());
    }

    @Test
    void inMemoryStoreKeepsSecretsForTheSessionOnly() {
        InMemorySecretStore memory = new InMemorySecretStore();
        assertFalse(memory.persistent());
        memory.store("a", Side.PRIMARY, "p");
        assertEquals(Optional.of("p"), memory.lookup("a", Side.PRIMARY));
        assertEquals(Optional.empty(), memory.lookup("a", Side.REPLICA));
        memory.clear("a", Side.PRIMARY);
        assertEquals(Optional.empty(), memory.lookup("a", Side.PRIMARY));
    }
}
