package io.arangoconsole.core.sync;

import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs a call, retrying transient failures per {@link RetryPolicy}; each wait is announced as
 * "connection refused; retrying in 2 s (3 of 8).". Permanent failures, and transient ones after the last attempt,
 * are thrown.
 */
final class Retrier {
    private final RetryPolicy policy;
    private final JobControl control;
    private final Consumer<String> announce;
    private final Random random;

    Retrier(RetryPolicy policy, JobControl control, Consumer<String> announce, Random random) {
        this.policy = policy;
        this.control = control;
        this.announce = announce;
        this.random = random;
    }

    /** The call's result; throws {@link CancelledException} when the job is cancelled while waiting. */
    <T> T call(String what, Supplier<T> call) {
        for (int attempt = 1; ; attempt++) {
            try {
                return call.get();
            } catch (RuntimeException e) {
                if (e instanceof CancelledException || !SyncFailure.isTransient(e) || attempt > policy.maxRetries()) {
                    throw e;
                }
                java.time.Duration wait = policy.delay(attempt, random.nextDouble());
                announce.accept(announcement(e, wait, attempt));
                try {
                    if (!control.sleep(wait)) {
                        throw new CancelledException();
                    }
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new CancelledException();
                }
            }
        }
    }

    /** "Timed out after 10 s waiting for the target http://h:8529; retrying in 2 s (3 of 8)." */
    private String announcement(RuntimeException e, java.time.Duration wait, int attempt) {
        String what = SyncFailure.describe(e);
        what = what.endsWith(".") ? what.substring(0, what.length() - 1) : what;
        String in = wait.toMillis() < 1000 ? wait.toMillis() + " ms"
                : String.format(java.util.Locale.ROOT, "%.0f s", wait.toMillis() / 1000.0);
        return what + "; retrying in " + in + " (" + attempt + " of " + policy.maxRetries() + ").";
    }

    /** Thrown out of waits when the job is cancelled. */
    static final class CancelledException extends RuntimeException {
        CancelledException() {
            super("cancelled", null, false, false);
        }
    }
}
