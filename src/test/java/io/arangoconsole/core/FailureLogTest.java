package io.arangoconsole.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ch.qos.logback.classic.Level;
import io.arangoconsole.testing.LogCapture;
import java.io.UncheckedIOException;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class FailureLogTest {

    @Test
    void theFirstOfEachDistinctFailureHasItsStackTraceRepeatsAreCounted() {
        String name = "io.arangoconsole.test.failures";
        FailureLog failures = new FailureLog(LoggerFactory.getLogger(name));
        try (LogCapture log = LogCapture.of(name)) {
            failures.warn("Poll 'stats'", new IllegalStateException("server down"));
            failures.warn("Poll 'stats'", new IllegalStateException("server down"));
            failures.warn("Poll 'stats'", new UncheckedIOException(new IOException("disk full")));
            failures.warn("Poll 'stats'", new IllegalStateException("server down"));

            assertEquals(4, log.events().stream().filter(e -> e.getLevel() == Level.WARN).count());
            assertEquals(2, log.withStackTrace(Level.WARN).size(), "one stack trace per distinct failure");
            assertEquals("Poll 'stats' failed again (3 times so far): IllegalStateException",
                    log.events().get(3).getFormattedMessage());
        }
    }
}
