package io.arangoconsole.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import io.arangoconsole.testing.LogCapture;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class FailureLogTest {
    private static final String NAME = "io.arangoconsole.test.failures";

    @Test
    void anOutageIsOneWarnWithTheCauseThenACountThenOneInfoWhenTheServerAnswersAgain() {
        FailureLog failures = new FailureLog(LoggerFactory.getLogger(NAME));
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(NAME)).setLevel(Level.DEBUG);
        try (LogCapture log = LogCapture.of(NAME)) {
            for (int i = 0; i < 12; i++) {
                failures.warn("Poll 'stats'", new IllegalStateException("Cannot contact any host!"));
            }
            List<ILoggingEvent> warns = log.events().stream().filter(e -> e.getLevel() == Level.WARN).toList();
            assertEquals(List.of("Poll 'stats' failed: IllegalStateException: Cannot contact any host!",
                    "Poll 'stats' still failing: 10 times in a row, last: IllegalStateException: Cannot contact any "
                            + "host!"), warns.stream().map(ILoggingEvent::getFormattedMessage).toList());
            assertEquals(1, log.withStackTrace(Level.WARN).size(), "the stack trace once");

            failures.recovered("Poll 'stats'");
            failures.recovered("Poll 'stats'");
            List<String> infos = log.events().stream().filter(e -> e.getLevel() == Level.INFO)
                    .map(ILoggingEvent::getFormattedMessage).toList();
            assertEquals(List.of("Poll 'stats' answering again after 12 failures"), infos, "once, not per success");

            failures.warn("Poll 'stats'", new IllegalStateException("Cannot contact any host!"));
            assertEquals("Poll 'stats' failed: IllegalStateException: Cannot contact any host! (stack trace logged "
                    + "earlier)", log.events().get(log.events().size() - 1).getFormattedMessage(),
                    "a new outage is said again, its known trace is not repeated");
            assertEquals(1, log.withStackTrace(Level.WARN).size());
        }
    }

    @Test
    void aDifferentFailureDuringAnOutageGetsItsOwnStackTrace() {
        FailureLog failures = new FailureLog(LoggerFactory.getLogger(NAME));
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(NAME)).setLevel(Level.DEBUG);
        try (LogCapture log = LogCapture.of(NAME)) {
            failures.warn("Poll 'stats'", new IllegalStateException("server down"));
            failures.warn("Poll 'stats'", new IllegalStateException("server down"));
            failures.warn("Poll 'stats'", new UncheckedIOException(new IOException("disk full")));
            assertEquals(2, log.withStackTrace(Level.WARN).size(), "one stack trace per distinct failure");
            assertEquals("Poll 'stats' failed again (2 in a row): IllegalStateException: server down",
                    log.events().get(1).getFormattedMessage());
            assertEquals(Level.DEBUG, log.events().get(1).getLevel());
        }
    }
}
