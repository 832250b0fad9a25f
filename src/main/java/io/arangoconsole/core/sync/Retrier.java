package io.arangoconsole.core.sync;

import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs a call, retrying transient failures per {@link RetryPolicy}; each wait is announced as
 * "retrying (3/8): connection refused". Permanent failures, and transient ones after the last attempt, are thrown.
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
                announce.accept("retrying (" + attempt + "/" + policy.maxRetries() + "): "
                        + SyncFailure.describe(e));
                try {
                    if (!control.sleep(policy.delay(attempt, random.nextDouble()))) {
                        throw new CancelledException();
                    }
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new CancelledException();
                }
            }
        }
    }

    /** Thrown out of waits when the job is cancelled. */
    static final class CancelledException extends RuntimeException {
        CancelledException() {
            super("cancelled", null, false, false);
        }
    }
}
