package io.arangoconsole.cli;

import io.arangoconsole.core.indexes.ApplyEntry;
import io.arangoconsole.core.indexes.ApplyResult;
import io.arangoconsole.core.indexes.BuildWindow;
import io.arangoconsole.core.indexes.IndexService;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * {@code indexes apply --window 02:00-04:00}: waits for the window, builds what the plan misses while it is open,
 * and when it closes first says how many builds were already started (they keep going on the server: ArangoDB cannot
 * pause one) and how many never started (they are dropped from the queue, not started outside the window).
 */
final class WindowedApply {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private WindowedApply() {
    }

    /** Waits for {@code window} (saying so on {@code out}), then applies with at most {@code timeout}. */
    static ApplyResult run(IndexSession session, BuildWindow window, WindowClock clock, Duration timeout,
                           PrintWriter out) throws InterruptedException {
        Instant now = clock.now();
        if (!window.isOpen(now)) {
            Instant opens = window.nextOpening(now);
            out.println("Waiting for the window " + window.describe() + ": it opens at "
                    + LOCAL.format(opens.atZone(clock.zone())) + " (" + clock.zone() + ").");
            out.flush();
            clock.sleepUntil(opens);
            now = clock.now();
        }
        Instant closes = window.closesAt(now);
        Duration left = closes == null ? timeout : Duration.between(now, closes);
        return session.service().apply(session.plan(), left.compareTo(timeout) < 0 ? left : timeout);
    }

    /**
     * The one sentence when the window closed with builds unfinished, or null when the failures are of another kind
     * (then the usual failure sentence applies).
     */
    static String closedSentence(ApplyResult result, BuildWindow window) {
        long started = 0;
        long notStarted = 0;
        for (ApplyEntry e : result.failed()) {
            String m = e.message() == null ? "" : e.message();
            if (m.startsWith(IndexService.STILL_BUILDING)) {
                started++;
            } else if (m.startsWith(IndexService.NOT_STARTED)) {
                notStarted++;
            } else {
                return null;
            }
        }
        if (started + notStarted == 0) {
            return null;
        }
        return "The window " + window.describe() + " closed before the builds finished: " + started
                + (started == 1 ? " build already started keeps" : " builds already started keep")
                + " going on the server" + (notStarted == 0 ? "." : "; " + notStarted + " not started (run again "
                + "in the next window).");
    }
}
