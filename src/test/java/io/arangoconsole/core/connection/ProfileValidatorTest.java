package io.arangoconsole.core.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arangoconsole.core.connection.FieldError.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each refused field of the dialog gets its own sentence. */
class ProfileValidatorTest {

    private static List<FieldError> validate(ConnectionProfile profile) {
        return ProfileValidator.validate(profile, Set.of("taken"));
    }

    @Test
    void aCompleteProfilePasses() {
        assertEquals(List.of(), validate(ConnectionProfile.of("prod", "http://db1:8529", "_system")));
        assertEquals(List.of(), validate(ConnectionProfile.of("prod", "db1:8529", "va")));
        assertEquals(List.of(), validate(ConnectionProfile.of("prod", "ssl://db1:8530", "va")));
    }

    @Test
    void malformedUrlIsRefusedOnTheEndpointField() {
        for (String bad : List.of("http//db1", "http://", "ftp://db1:21", "http://db1:8529/path?x=1", "http://db 1",
                "http://db1:99999")) {
            List<FieldError> errors = validate(ConnectionProfile.of("p", bad, "_system"));
            assertEquals(Field.PRIMARY_ENDPOINTS, errors.get(0).field(), bad);
        }
        assertEquals(List.of(new FieldError(Field.PRIMARY_ENDPOINTS,
                        "'ftp://db1:21' is not a valid URL: use http://host:port or https://host:port.")),
                validate(ConnectionProfile.of("p", "ftp://db1:21", "_system")));
    }

    @Test
    void emptyDatabaseNameIsRefused() {
        assertEquals(List.of(new FieldError(Field.DATABASE, "Enter a database name, e.g. _system.")),
                validate(ConnectionProfile.of("p", "http://db1:8529", " ")));
    }

    @Test
    void missingCaFileIsRefused(@TempDir Path dir) throws Exception {
        String missing = dir.resolve("ca.pem").toString();
        assertEquals(List.of(new FieldError(Field.CA_FILE, "CA file not found: " + missing + ".")),
                validate(ConnectionProfile.of("p", "https://db1:8529", "_system").withTls(missing, true)));
        Path present = Files.writeString(dir.resolve("present.pem"), "x");
        assertEquals(List.of(), validate(ConnectionProfile.of("p", "https://db1:8529", "_system")
                .withTls(present.toString(), true)));
    }

    @Test
    void nameEmptyOrTakenAndSeparateReplicaWithoutEndpoint() {
        List<FieldError> errors = validate(ConnectionProfile.of("", "http://db1:8529", "_system")
                .withSeparateReplica(List.of(), ""));
        assertEquals(List.of(new FieldError(Field.NAME, "Give the profile a name."),
                new FieldError(Field.REPLICA_ENDPOINTS, "Enter the replica's endpoint, or choose no replica.")),
                errors);
        assertEquals(List.of(new FieldError(Field.NAME, "A profile named 'taken' already exists.")),
                validate(ConnectionProfile.of("taken", "http://db1:8529", "_system")));
    }

    @Test
    void endpointsAreSplitOnCommasSpacesAndLines() {
        assertEquals(List.of("http://a:1", "http://b:2", "c:3"),
                ProfileValidator.splitEndpoints(" http://a:1, http://b:2\nc:3 "));
        assertTrue(ProfileValidator.splitEndpoints("  ").isEmpty());
        assertFalse(ProfileValidator.isEndpoint("http://a:1/_db/x"));
    }
}
