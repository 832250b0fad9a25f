package io.arangoconsole.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arangoconsole.sandbox.Sandbox;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Parks every request to a path in the sandbox's fault hook until {@link #release()}, so that once each worker
 * holds one, a further request must wait in the queue: the tests of the queue-time header use it. Closing it
 * releases the requests and resets the faults.
 */
public final class HeldWorkers implements AutoCloseable {
    private final Sandbox sandbox;
    private final CountDownLatch allHeld;
    private final CountDownLatch release = new CountDownLatch(1);

    private HeldWorkers(Sandbox sandbox, String pathSuffix, int workers) {
        this.sandbox = sandbox;
        this.allHeld = new CountDownLatch(workers);
        sandbox.faults().latency(r -> {
            if (r.path().endsWith(pathSuffix)) {
                allHeld.countDown();
                try {
                    release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return 0;
        });
    }

    /** Holds requests to paths ending in {@code pathSuffix} until {@code workers} of them are held, then released. */
    public static HeldWorkers on(Sandbox sandbox, String pathSuffix, int workers) {
        return new HeldWorkers(sandbox, pathSuffix, workers);
    }

    /** Waits until every worker holds a request. */
    public void awaitAllHeld() throws InterruptedException {
        assertTrue(allHeld.await(30, TimeUnit.SECONDS), "every worker holds a request");
    }

    /** Waits until a request is seen in the sandbox's queue. */
    public void awaitQueued() throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (sandbox.metrics().queueLength() < 1) {
            assertTrue(System.nanoTime() < deadline, "the extra request reaches the queue");
            Thread.sleep(5);
        }
    }

    /** Lets the held requests go on. */
    public void release() {
        release.countDown();
    }

    @Override
    public void close() {
        release.countDown();
        sandbox.faults().reset();
    }
}
