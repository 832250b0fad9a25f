package io.arangoconsole.core.indexes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arangoconsole.core.monitoring.SeriesNames;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * "under N/s": a quiet window over the request rate the monitoring samples, open once the rate stayed under N for
 * 5 minutes; a stale or missing rate is busy.
 */
class RequestRateWindowTest {

    private static final ZoneId UTC = ZoneOffset.UTC;
    private Instant now = Instant.parse("2026-12-03T02:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    private void sample(RequestRate rate, Double perSecond) {
        rate.sampled(now, perSecond == null ? Map.of() : Map.of(SeriesNames.HTTP_REQUESTS_PER_S, perSecond));
    }

    @Test
    void theWindowOpensAfterFiveCalmMinutesOfTheSampledRate() {
        RequestRate rate = new RequestRate(clock, Duration.ofMinutes(2));
        BuildWindow window = BuildWindow.parse("under 50/s", UTC, rate);
        assertEquals("when requests stay under 50/s for 5 min", window.describe());
        assertFalse(window.isOpen(now), "no sample yet: busy");

        sample(rate, 120.0);
        assertFalse(window.isOpen(now));
        for (int minute = 0; minute < 5; minute++) {
            sample(rate, 20.0);
            assertFalse(window.isOpen(now), "calm for " + minute + " min only");
            now = now.plus(Duration.ofMinutes(1));
        }
        sample(rate, 20.0);
        assertTrue(window.isOpen(now), "calm for 5 min");

        sample(rate, 80.0);
        assertFalse(window.isOpen(now), "busy again: the calm starts over");
    }

    @Test
    void aStaleOrMissingRateIsBusy() {
        RequestRate rate = new RequestRate(clock, Duration.ofMinutes(2));
        sample(rate, 10.0);
        assertEquals(10.0, rate.getAsDouble());
        now = now.plus(Duration.ofMinutes(3));
        assertTrue(Double.isNaN(rate.getAsDouble()), "monitoring stopped: unknown");
        sample(rate, null);
        assertTrue(Double.isNaN(rate.getAsDouble()), "the server did not report its request count");
    }

    @Test
    void theRateFormNeedsARateAndAPositiveLimit() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BuildWindow.parse("under 50/s", UTC));
        assertEquals("The window 'under 50/s' needs the server's request rate, which is not read here: give a time "
                + "range like 02:00-04:00.", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> BuildWindow.parse("under 0/s", UTC, () -> 1));
        assertEquals("02:00\u201304:00 local", BuildWindow.parse("02:00-04:00", UTC, () -> 1).describe());
    }
}
