package io.arangoconsole.sandbox.control;

import io.arangoconsole.sandbox.http.Handler;
import io.arangoconsole.sandbox.store.ApiError;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Coordinators that hang: they accept connections and requests and never answer, as a Coordinator stuck in a long
 * GC pause or behind a dead load balancer does (a refused connection, which the driver retries elsewhere at once, is
 * the easy case). A held request waits on its worker until the hang ends, then gets 503 without being served: the
 * client gave up long before, and a write it never saw acknowledged must not land late.
 */
final class Hangs {
    private final Set<String> hanging = new HashSet<>();

    synchronized void hang(String serverId, boolean on) {
        if (on) {
            hanging.add(serverId);
        } else if (hanging.remove(serverId)) {
            notifyAll();
        }
    }

    synchronized void clear() {
        hanging.clear();
        notifyAll();
    }

    synchronized boolean hangs(String serverId) {
        return hanging.contains(serverId);
    }

    synchronized List<String> list() {
        return List.copyOf(hanging);
    }

    /** {@code served} as Coordinator {@code serverId} serves it: held without an answer while it hangs. */
    Handler guard(String serverId, Handler served) {
        return ctx -> {
            if (!awaitAnswering(serverId)) {
                return served.handle(ctx);
            }
            throw new ApiError(503, 503, "the coordinator hung while this request waited; it was not served");
        };
    }

    /** True when the request was held (the server hung when it arrived); returns once it no longer hangs. */
    private synchronized boolean awaitAnswering(String serverId) throws InterruptedException {
        boolean held = false;
        while (hanging.contains(serverId)) {
            held = true;
            wait();
        }
        return held;
    }
}
