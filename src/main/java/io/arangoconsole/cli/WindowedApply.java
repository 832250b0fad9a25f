package io.arangoconsole.cli;

import io.arangoconsole.core.indexes.ApplyEntry;
import io.arangoconsole.core.indexes.ApplyResult;
import io.arangoconsole.core.indexes.BuildWindow;
import io.arangoconsole.core.indexes.IndexService;
import io.arangoconsole.core.indexes.RateSampler;
import io.arangoconsole.core.indexes.RequestRate;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * {@code indexes apply --window 02:00-04:00} or {@code --window "under 50/s"}: waits for the window, builds what the
 * plan misses while it is open, and when it closes first (the clock passed its end, or the server's request rate
 * rose to the limit) says how many builds were already started (they keep going on the server: ArangoDB cannot pause
 * one) and how many never started (they are dropped from the queue, not started outside the window).
 */
final class WindowedApply {
    /** How often the rate form reads the server's request rate (its metrics page), waiting and building. */
    static final Duration RATE_EVERY = Duration.ofSeconds(10);
    /** What a build's reason says when the window closed on it. */
    static final String CLOSED = "when the window closed";
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private WindowedApply() {
    }

    /**
     * Parses {@code text} ({@code HH:mm-HH:mm} in the clock's zone, or {@code under N/s} over {@code rate});
     * {@link IllegalArgumentException} with one sentence when it is neither.
     */
    static BuildWindow parse(String text, WindowClock clock, RequestRate rate) {
        return BuildWindow.parse(text, clock.zone(), rate);
    }

    /** A rate for the window's "under N/s" form, read on {@code clock}; stale (busy) after two missed reads. */
    static RequestRate rate(WindowClock clock) {
        return new RequestRate(clock.asClock(), RATE_EVERY.multipliedBy(2));
    }

    /**
     * Waits for {@code window} (saying so on {@code out}), then applies with at most {@code timeout}. For the rate
     * form, {@code rate} is the one the window was parsed over; it is fed from the session's server.
     */
    static ApplyResult run(IndexSession session, BuildWindow window, RequestRate rate, WindowClock clock,
                           Duration timeout, PrintWriter out) throws InterruptedException {
        boolean quiet = window.nextOpening(clock.now()) == null;
        RateSampler sampler = quiet ? firstRead(session, window, rate, clock) : null;
        if (!window.isOpen(clock.now())) {
            if (quiet) {
                out.println("Waiting for the window " + window.describe() + ": the request rate of "
                        + session.url() + " is read every " + RATE_EVERY.toSeconds() + " s.");
                out.flush();
                do {
                    clock.sleepUntil(clock.now().plus(RATE_EVERY));
                    sampler.sample();
                } while (!window.isOpen(clock.now()));
            } else {
                Instant opens = window.nextOpening(clock.now());
                out.println("Waiting for the window " + window.describe() + ": it opens at "
                        + LOCAL.format(opens.atZone(clock.zone())) + " (" + clock.zone() + ").");
                out.flush();
                clock.sleepUntil(opens);
            }
        }
        Instant deadline = clock.now().plus(timeout);
        String afterTimeout = "after " + timeout.toSeconds() + " s";
        if (!quiet) {
            Instant closes = window.closesAt(clock.now());
            boolean closesFirst = closes != null && closes.isBefore(deadline);
            Instant until = closesFirst ? closes : deadline;
            return session.service().apply(session.plan(),
                    q -> clock.awaitIdle(q, until) ? null : closesFirst ? CLOSED : afterTimeout);
        }
        return session.service().apply(session.plan(), q -> {
            while (true) {
                Instant step = clock.now().plus(RATE_EVERY);
                if (clock.awaitIdle(q, step.isBefore(deadline) ? step : deadline)) {
                    return null;
                }
                if (!clock.now().isBefore(deadline)) {
                    return afterTimeout;
                }
                sampler.sample();
                if (!window.isOpen(clock.now())) {
                    return CLOSED;
                }
            }
        });
    }

    /** The first read of the server's metrics: one that fails ends the command before any waiting. */
    private static RateSampler firstRead(IndexSession session, BuildWindow window, RequestRate rate,
                                         WindowClock clock) {
        RateSampler sampler = new RateSampler(session.metrics(), clock.asClock(), rate);
        try {
            sampler.sampleOrThrow();
        } catch (Exception e) {
            throw new CliFailure("Cannot read the request rate of " + session.url() + " for the window '"
                    + window.text() + "' (from GET /_admin/metrics/v2): " + Cli.sentence(e), e);
        }
        return sampler;
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
            if (m.startsWith(IndexService.STILL_BUILDING + " " + CLOSED)) {
                started++;
            } else if (m.startsWith(IndexService.NOT_STARTED) && m.contains(CLOSED)) {
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
