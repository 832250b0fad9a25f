package io.arangoconsole.ui.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.arangoconsole.core.sync.SyncProgress;
import io.arangoconsole.core.sync.SyncState;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A paused sync does not show the rate it had while it ran. */
class SyncJobRowTest {

    @Test
    void aPausedSyncShowsNoRateAndNoEta() {
        SyncJobRow row = new SyncJobRow("a \u2192 b", "a \u2192 b", "http://db1:8529");
        row.apply(new SyncProgress(500, 1000, 1234, Duration.ofSeconds(30), 0, null, SyncState.RUNNING, null));
        assertEquals("1,234/s", row.rateProperty().get());

        row.apply(new SyncProgress(500, 1000, 1234, Duration.ofSeconds(30), 0, null, SyncState.PAUSED, null));

        assertEquals("", row.rateProperty().get(), "nothing moves while paused");
        assertEquals("", row.etaProperty().get());
        assertEquals("http://db1:8529", row.server());
    }
}
