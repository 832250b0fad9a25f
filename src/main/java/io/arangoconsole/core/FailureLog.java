package io.arangoconsole.core;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;

/**
 * Logs background failures at WARN: the first of each distinct failure (what failed, the exception's type and
 * message) with its stack trace, the repeats as one line with a count. A poll that fails every second then leaves
 * one stack trace and a running count instead of flooding the log, and nothing is dropped silently.
 */
public final class FailureLog {

    private final Logger log;
    private final Map<String, AtomicLong> seen = new ConcurrentHashMap<>();

    public FailureLog(Logger log) {
        this.log = log;
    }

    /** Logs that {@code what} (e.g. "Task 'load profiles'") failed with {@code error}. Thread-safe. */
    public void warn(String what, Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String key = what + '\u0000' + root.getClass().getName() + '\u0000' + Objects.toString(root.getMessage());
        long times = seen.computeIfAbsent(key, k -> new AtomicLong()).incrementAndGet();
        if (times == 1) {
            log.warn("{} failed", what, error);
        } else {
            log.warn("{} failed again ({} times so far): {}", what, times, root.getClass().getSimpleName());
        }
    }
}
