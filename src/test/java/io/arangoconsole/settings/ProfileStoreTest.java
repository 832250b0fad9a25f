package io.arangoconsole.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arangoconsole.core.connection.AuthMethod;
import io.arangoconsole.core.connection.ConnectionProfile;
import io.arangoconsole.core.connection.InMemorySecretStore;
import io.arangoconsole.core.connection.ReplicaMode;
import io.arangoconsole.core.connection.SecretStore;
import io.arangoconsole.core.connection.WireProtocol;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Profiles survive a save and a load; their passwords never reach the file. */
class ProfileStoreTest {

    @TempDir
    Path dir;

    @Test
    void profilesRoundTripWithoutPasswordsInTheFile() throws Exception {
        ConnectionProfile prod = new ConnectionProfile("prod", List.of("https://c1:8529", "https://c2:8529"),
                ReplicaMode.SEPARATE, List.of("https://dr1:8529"), "reader", "va", "admin", AuthMethod.PASSWORD,
                true, "/etc/ssl/ca.pem", false, WireProtocol.HTTP1, 40, 30);
        ConnectionProfile followers = ConnectionProfile.of("followers", "http://db:8529", "_system");
        SecretStore secrets = new InMemorySecretStore();
        secrets.store("prod", SecretStore.Side.PRIMARY, "s3cr3t-Primary");
        secrets.store("prod", SecretStore.Side.REPLICA, "s3cr3t-Replica");

        ProfileStore store = new ProfileStore(dir);
        store.save(new ProfilesDto(ProfilesDto.CURRENT_VERSION, "prod", List.of(prod, followers)));

        String text = Files.readString(store.file());
        assertFalse(text.contains("s3cr3t"), text);
        assertFalse(text.contains("\"password\"") || text.contains("\"secret\""), "no secret field at all: " + text);
        ProfilesDto loaded = new ProfileStore(dir).load();
        assertEquals("prod", loaded.active());
        assertEquals(List.of(prod, followers), loaded.profiles());
        assertEquals(Path.of(dir.toString(), "connections.json"), store.file());
    }

    @Test
    void defaultsAreHttp2Pool20AndNoFileMeansNoProfiles() throws Exception {
        ConnectionProfile fresh = ConnectionProfile.of("x", "http://db:8529", "_system");
        assertEquals(WireProtocol.HTTP2, fresh.protocol());
        assertEquals(20, fresh.poolSize());
        assertTrue(fresh.verifyHost());
        assertEquals(ProfilesDto.empty(), new ProfileStore(dir).load());
        Files.writeString(dir.resolve("connections.json"), "{ not json");
        assertEquals(ProfilesDto.empty(), new ProfileStore(dir).load(), "an unreadable file opens as empty");
    }
}
