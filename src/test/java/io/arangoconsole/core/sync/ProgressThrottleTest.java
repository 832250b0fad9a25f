package io.arangoconsole.core.sync;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProgressThrottleTest {

    private static SyncProgress running(long done) {
        return new SyncProgress(done, 100, 0, null, 0, null, SyncState.RUNNING, null);
    }

    @Test
    void atMostTenUpdatesASecondButStateChangesAlwaysPass() {
        long[] now = {0};
        List<SyncProgress> out = new ArrayList<>();
        ProgressThrottle throttle = new ProgressThrottle(out::add, () -> now[0],
                ProgressThrottle.DEFAULT_INTERVAL_NANOS);

        for (int i = 0; i < 1000; i++) {
            now[0] = i * 1_000_000L; // one update per millisecond for one second
            throttle.offer(running(i));
        }
        assertEquals(10, out.size());
        throttle.offer(new SyncProgress(1000, 100, 0, null, 0, null, SyncState.SUCCEEDED, "done"));
        assertEquals(SyncState.SUCCEEDED, out.get(out.size() - 1).state());
    }

    @Test
    void backoffGrowsToItsCapWithJitterBelowIt() {
        RetryPolicy policy = new RetryPolicy(8, Duration.ofMillis(200), Duration.ofSeconds(10));
        assertEquals(Duration.ofMillis(100), policy.delay(1, 0.0));
        assertEquals(Duration.ofMillis(800), policy.delay(3, 0.999999));
        assertEquals(Duration.ofSeconds(10), policy.delay(9, 0.999999));
        assertEquals(Duration.ofSeconds(5), policy.delay(20, 0.0));
    }
}
