package io.arangoconsole.core.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** After a switch of connection the charts read the new server's samples only, and the old server's come back. */
class ServerHistoriesTest {
    private static final String P99 = "aql.p99";
    @TempDir
    Path dir;

    @Test
    void eachServerKeepsItsOwnSeries() throws Exception {
        try (ServerHistories histories = new ServerHistories(dir, Duration.ofHours(25), Clock.systemUTC())) {
            assertNull(histories.current(), "nothing selected: nothing kept");
            histories.select("http://old:8529/demo");
            histories.current().append(Instant.now(), Map.of(P99, 25_000.0));

            histories.select("sandbox");
            histories.current().append(Instant.now(), Map.of(P99, 3.0));
            TimeSeries now = histories.current().load(Duration.ofMinutes(5), List.of(P99)).get(P99);
            assertEquals(1, now.size(), "the old server's 25 s is not drawn on the new server's chart");
            assertEquals(3.0, now.value(0));

            histories.select("http://old:8529/demo");
            assertEquals(25_000.0, histories.current().load(Duration.ofMinutes(5), List.of(P99)).get(P99).value(0));
        }
    }

    @Test
    void directoryNamesAreSafe() {
        assertEquals("http-db1-8529-demo", ServerHistories.directoryName("http://db1:8529/demo"));
        assertTrue(ServerHistories.directoryName("https://[::1]:8529/_system").matches("[a-z0-9.-]+"));
    }
}
