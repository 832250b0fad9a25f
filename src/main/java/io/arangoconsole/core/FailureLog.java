package io.arangoconsole.core;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;

/**
 * Logs background failures without burying the log (docs/decisions/0049-failing-polls-logged-per-outage.md). For
 * each thing that fails ({@code what}, e.g. "Poll 'stats'"), a run of failures is an outage: its first failure is one
 * WARN with the cause, with the stack trace the first time that distinct failure (type and message of the root
 * cause) is seen; the repeats are counted (DEBUG, and one WARN at 10, 100, 1,000, ... in a row); when the thing
 * works again, {@link #recovered} logs one INFO "answering again after N failures" and the next failure starts a new
 * outage.
 */
public final class FailureLog {

    private final Logger log;
    private final Map<String, AtomicLong> streaks = new ConcurrentHashMap<>();
    private final Set<String> traced = ConcurrentHashMap.newKeySet();

    public FailureLog(Logger log) {
        this.log = log;
    }

    /** Logs that {@code what} (e.g. "Poll 'stats'") failed with {@code error}. Thread-safe. */
    public void warn(String what, Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String cause = root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
        String key = what + '\u0000' + root.getClass().getName() + '\u0000' + Objects.toString(root.getMessage());
        long inARow = streaks.computeIfAbsent(what, k -> new AtomicLong()).incrementAndGet();
        if (traced.add(key)) {
            log.warn("{} failed: {}", what, cause, error);
        } else if (inARow == 1) {
            log.warn("{} failed: {} (stack trace logged earlier)", what, cause);
        } else if (isPowerOfTen(inARow)) {
            log.warn("{} still failing: {} times in a row, last: {}", what, inARow, cause);
        } else {
            log.debug("{} failed again ({} in a row): {}", what, inARow, cause);
        }
    }

    /** Says that {@code what} works again, once, if it had failed: "Poll 'stats' answering again after 12 failures". */
    public void recovered(String what) {
        AtomicLong streak = streaks.remove(what);
        if (streak != null && streak.get() > 0) {
            long n = streak.get();
            log.info("{} answering again after {} {}", what, n, n == 1 ? "failure" : "failures");
        }
    }

    private static boolean isPowerOfTen(long n) {
        while (n >= 10 && n % 10 == 0) {
            n /= 10;
        }
        return n == 1;
    }
}
