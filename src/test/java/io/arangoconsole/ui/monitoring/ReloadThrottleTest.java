package io.arangoconsole.ui.monitoring;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ReloadThrottleTest {
    private final AtomicLong nanos = new AtomicLong();
    private final ReloadThrottle throttle = new ReloadThrottle(nanos::get);

    @Test
    void fiveMinutesReloadsEverySampleADayOnceAMinute() {
        assertTrue(throttle.due(ChartWindow.FIVE_MINUTES));
        assertTrue(throttle.due(ChartWindow.FIVE_MINUTES));
        throttle.reset();
        assertTrue(throttle.due(ChartWindow.ONE_DAY), "after a new choice of window the reload is due at once");
        nanos.addAndGet(5_000_000_000L);
        assertFalse(throttle.due(ChartWindow.ONE_DAY));
        nanos.addAndGet(55_000_000_000L);
        assertTrue(throttle.due(ChartWindow.ONE_DAY));
        nanos.addAndGet(10_000_000_000L);
        assertFalse(throttle.due(ChartWindow.ONE_HOUR));
    }
}
