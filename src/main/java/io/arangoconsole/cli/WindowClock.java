package io.arangoconsole.cli;

import io.arangoconsole.core.indexes.IndexJobQueue;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** The time {@code indexes apply --window} waits by: the system's, or a test's that jumps instead of sleeping. */
interface WindowClock {

    Instant now();

    /** The zone a window's local times are in. */
    ZoneId zone();

    /** Returns at {@code when} (at once when it has passed). */
    void sleepUntil(Instant when) throws InterruptedException;

    /**
     * Waits until {@code queue} has no build queued or running, at most until {@code until} by this clock; true when
     * it got idle. A test's clock may jump instead.
     */
    default boolean awaitIdle(IndexJobQueue queue, Instant until) throws InterruptedException {
        Duration left = Duration.between(now(), until);
        return queue.awaitIdle(left.isNegative() ? Duration.ZERO : left);
    }

    /** This clock as a {@link Clock}, for the core classes that read one. */
    default Clock asClock() {
        WindowClock self = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return self.zone();
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return self.now();
            }
        };
    }

    /** The system clock in the machine's zone. */
    WindowClock SYSTEM = new WindowClock() {
        @Override
        public Instant now() {
            return Instant.now();
        }

        @Override
        public ZoneId zone() {
            return ZoneId.systemDefault();
        }

        @Override
        public void sleepUntil(Instant when) throws InterruptedException {
            // in steps, so a changed system clock (or a suspended laptop) costs at most a minute
            for (Duration left = Duration.between(now(), when); left.toMillis() > 0;
                    left = Duration.between(now(), when)) {
                Thread.sleep(Math.min(left.toMillis(), 60_000));
            }
        }
    };
}
