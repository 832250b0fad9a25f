package io.arangoconsole.core.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arangoconsole.core.connection.KeychainSecretStore.Result;
import io.arangoconsole.core.connection.KeychainSecretStore.Tool;
import io.arangoconsole.core.connection.SecretStore.Side;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The keychain commands as the OS tools expect them; a fake runner records them instead of touching a keyring. */
class KeychainSecretStoreTest {

    private final List<List<String>> commands = new ArrayList<>();
    private final List<String> stdins = new ArrayList<>();

    private KeychainSecretStore store(Tool tool, Result answer) {
        return new KeychainSecretStore(tool, (command, stdin) -> {
            commands.add(command);
            stdins.add(stdin);
            return answer;
        });
    }

    @Test
    void secretToolGetsTheSecretOnStdinNeverInArguments() {
        KeychainSecretStore store = store(Tool.SECRET_TOOL, new Result(0, ""));
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
        assertEquals(Optional.of("hunter2"), store(Tool.SECRET_TOOL, new Result(0, "hunter2\n"))
                .lookup("prod", Side.PRIMARY));
        assertEquals(List.of("secret-tool", "lookup", "service", "arango-console", "profile", "prod"),
                commands.get(0));
        assertEquals(Optional.empty(), store(Tool.SECRET_TOOL, new Result(1, "")).lookup("prod", Side.PRIMARY));
        assertEquals(Optional.empty(), store(Tool.MAC_SECURITY, new Result(-1, null)).lookup("prod", Side.PRIMARY));
    }

    @Test
    void aFailingKeychainSaysItDidNotKeepTheSecret() {
        assertFalse(store(Tool.MAC_SECURITY, new Result(-1, null)).store("prod", Side.PRIMARY, "x"));
        assertEquals(List.of("security", "add-generic-password", "-U", "-s", "arango-console", "-a", "prod", "-w",
                "x"), commands.get(0));
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
