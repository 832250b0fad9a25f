package io.arangoconsole.core.indexes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The windows themselves, on a clock the test moves: daily ones (spanning midnight, bad text in one sentence) and
 * "under N/s", a quiet window over the request rate the monitoring samples, open once the rate stayed under N for
 * 5 minutes; a stale, missing or unknown rate is busy.
 */
class BuildWindowTest {

    private static final java.time.ZoneId UTC = WindowFixture.UTC;
    private final WindowFixture fx = WindowFixture.clockAt(Instant.parse("2026-12-03T02:00:00Z"));

    @Test
    void theWindowOpensAfterFiveCalmMinutesOfTheSampledRate() {
        RequestRate rate = new RequestRate(fx.clock, Duration.ofMinutes(2));
        BuildWindow window = BuildWindow.parse("under 50/s", UTC, rate);
        assertEquals("when requests stay under 50/s for 5 min", window.describe());
        assertFalse(window.isOpen(fx.now()), "no sample yet: busy");

        fx.sample(rate, 120.0);
        assertFalse(window.isOpen(fx.now()));
        for (int minute = 0; minute < 5; minute++) {
            fx.sample(rate, 20.0);
            assertFalse(window.isOpen(fx.now()), "calm for " + minute + " min only");
            fx.advance(Duration.ofMinutes(1));
        }
        fx.sample(rate, 20.0);
        assertTrue(window.isOpen(fx.now()), "calm for 5 min");

        fx.sample(rate, 80.0);
        assertFalse(window.isOpen(fx.now()), "busy again: the calm starts over");
    }

    @Test
    void aStaleOrMissingRateIsBusy() {
        RequestRate rate = new RequestRate(fx.clock, Duration.ofMinutes(2));
        fx.sample(rate, 10.0);
        assertEquals(10.0, rate.getAsDouble());
        fx.advance(Duration.ofMinutes(3));
        assertTrue(Double.isNaN(rate.getAsDouble()), "monitoring stopped: unknown");
        fx.sample(rate, null);
        assertTrue(Double.isNaN(rate.getAsDouble()), "the server did not report its request count");
    }

    @Test
    void aQuietWindowOpensOnlyAfterTheRateStayedLowForFiveMinutes() {
        double[] rate = {120};
        BuildWindow quiet = BuildWindow.quiet(50, Duration.ofMinutes(5), () -> rate[0]);
        Instant t = Instant.parse("2026-12-04T10:00:00Z");

        assertFalse(quiet.isOpen(t));
        rate[0] = 10;
        assertFalse(quiet.isOpen(t.plusSeconds(60)), "calm for 0 min");
        assertFalse(quiet.isOpen(t.plusSeconds(300)), "calm for 4 min");
        rate[0] = 80;
        assertFalse(quiet.isOpen(t.plusSeconds(330)), "busy again: the calm starts over");
        rate[0] = 10;
        assertFalse(quiet.isOpen(t.plusSeconds(360)));
        assertTrue(quiet.isOpen(t.plusSeconds(660)), "calm for 5 min");
        rate[0] = Double.NaN;
        assertFalse(quiet.isOpen(t.plusSeconds(700)), "an unknown rate is not a quiet one");
        assertEquals("when requests stay under 50/s for 5 min", quiet.describe());
        assertNull(quiet.closesAt(t));
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

    @Test
    void dailyWindowsSpanMidnightAndBadTextIsOneSentence() {
        BuildWindow night = BuildWindow.parse("23:00-01:30", UTC);
        assertTrue(night.isOpen(Instant.parse("2026-12-04T00:15:00Z")));
        assertFalse(night.isOpen(Instant.parse("2026-12-04T12:00:00Z")));
        assertEquals(Instant.parse("2026-12-04T01:30:00Z"), night.closesAt(Instant.parse("2026-12-03T23:10:00Z")));
        assertEquals(Instant.parse("2026-12-04T23:00:00Z"), night.nextOpening(Instant.parse("2026-12-04T12:00:00Z")));
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> BuildWindow.parse("2am-4am", UTC));
        assertEquals("The window '2am-4am' is not a time range like 02:00-04:00: times are HH:mm, 00:00 to 23:59.",
                bad.getMessage());
    }
}
