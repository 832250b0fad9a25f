package io.arangoconsole.core.sync;

import io.arangoconsole.settings.SyncDefaults;
import io.arangoconsole.core.connection.ConnectionTarget;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SyncSpecTest {

    private static ConnectionTarget at(String url) {
        return new ConnectionTarget(url, "root", "", "demo", ConnectionTarget.Label.PRIMARY);
    }

    @Test
    void aUrlWithAPasswordIsRefusedOnEitherSideWithoutEchoingIt() {
        SyncJobConfig config = SyncJobConfig.defaults("j", "submissiondate", SyncDefaults.CHECKPOINTS);
        IllegalArgumentException target = assertThrows(IllegalArgumentException.class, () -> new SyncSpec(
                new SyncSpec.JsonlFile(Path.of("x.jsonl")), at("http://root:PW-77@db:8529"), "c", config));
        assertEquals("The target URL must not contain a user or password: give the user and password in their own "
                + "fields (on the command line, the password in the environment variable).", target.getMessage());
        IllegalArgumentException source = assertThrows(IllegalArgumentException.class, () -> new SyncSpec(
                new SyncSpec.ArangoCollection(at("root:PW-77@src:8529"), "c"), at("http://db:8529"), "c", config));
        assertFalse(source.getMessage().contains("PW-77"));
        new SyncSpec(new SyncSpec.JsonlFile(Path.of("/data/a@b.jsonl")), at("http://db:8529/"), "c", config);
    }
}
