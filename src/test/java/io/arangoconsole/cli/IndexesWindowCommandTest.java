package io.arangoconsole.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code indexes apply --window 02:00-04:00} against a sandbox, on a clock that jumps instead of sleeping: it waits
 * for the window and builds in it (exit 0); when the window closes first it exits 1 and says which builds keep going
 * and which never started.
 */
class IndexesWindowCommandTest extends WindowedApplyTest {
    private final List<Instant> slept = new ArrayList<>();
    private Instant now = Instant.parse("2026-12-03T23:30:00Z");
    /** Where the clock lands when the command sleeps until the window opens. */
    private Instant wakeAt;

    private final WindowClock clock = new WindowClock() {
        @Override
        public Instant now() {
            return now;
        }

        @Override
        public ZoneId zone() {
            return ZoneOffset.UTC;
        }

        @Override
        public void sleepUntil(Instant when) {
            slept.add(when);
            now = wakeAt != null ? wakeAt : when;
        }
    };

    @Override
    WindowClock clock() {
        return clock;
    }

    @Test
    void waitsForTheWindowThenBuildsInIt() throws Exception {
        assertEquals(0, apply(plan("status"), "02:00-04:00"), err.toString());

        assertEquals(List.of(Instant.parse("2026-12-04T02:00:00Z")), slept, "slept until the window opened");
        assertTrue(out.toString().startsWith("Waiting for the window 02:00\u201304:00 local: it opens at 2026-12-04 "
                + "02:00 (Z)."), out.toString());
        assertTrue(out.toString().contains("1 created"), out.toString());
    }

    @Test
    void insideTheWindowItDoesNotWait() throws Exception {
        now = Instant.parse("2026-12-04T02:30:00Z");
        assertEquals(0, apply(plan("status"), "02:00-04:00"), err.toString());
        assertEquals(List.of(), slept);
    }

    @Test
    void aWindowThatClosesFirstExitsOneAndSaysWhatKeepsGoing() throws Exception {
        sandbox.faults().indexBuildDelay(2_000);
        wakeAt = Instant.parse("2026-12-04T03:59:59.950Z"); // 50 ms of window left when it wakes

        assertEquals(1, apply(plan("status", "submissiondate"), "02:00-04:00"), out.toString());

        assertEquals("The window 02:00\u201304:00 local closed before the builds finished: 1 build already started "
                + "keeps going on the server; 1 not started (run again in the next window).", err.toString().strip());
    }

    @Test
    void aBadWindowIsUsage() throws Exception {
        assertEquals(2, apply(plan("status"), "2am-4am"));
        assertTrue(err.toString().contains("The window '2am-4am' is not a time range like 02:00-04:00"),
                err.toString());
    }
}
