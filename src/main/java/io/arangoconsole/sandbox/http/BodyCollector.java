package io.arangoconsole.sandbox.http;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;

import java.util.function.Consumer;

/**
 * Reads a whole request body on the event loop under {@link BodyLimits}: stops at the first byte over the size limit
 * (413) and when nothing arrives for the idle time or the body arrives too slowly (408), instead of buffering whatever a client sends for as long as
 * it likes. Every callback runs on the request's event loop, so the fields need no locking.
 */
final class BodyCollector {
    /** Why a body was refused before it was complete. */
    interface Refusal {
        void refuse(Reply reply, long received);
    }

    private final HttpServerRequest req;
    private final Vertx vertx;
    private final BodyLimits limits;
    private final Refusal refusal;
    private final Consumer<Buffer> done;
    private final Buffer body;
    private long received;
    private final long startNanos = System.nanoTime();
    private long lastChunkNanos = startNanos;
    private long timer;
    private boolean finished;

    private BodyCollector(HttpServerRequest req, Vertx vertx, BodyLimits limits, Refusal refusal,
                          Consumer<Buffer> done, long expected) {
        this.req = req;
        this.vertx = vertx;
        this.limits = limits;
        this.refusal = refusal;
        this.done = done;
        this.body = Buffer.buffer((int) Math.min(Math.max(expected, 256), 1 << 20));
    }

    /** Starts reading; exactly one of {@code done} and {@code refusal} is called, on the event loop. */
    static void collect(HttpServerRequest req, Vertx vertx, BodyLimits limits, long expected, Refusal refusal,
                        Consumer<Buffer> done) {
        new BodyCollector(req, vertx, limits, refusal, done, expected).start();
    }

    private void start() {
        timer = vertx.setPeriodic(limits.checkEveryMillis(), id -> checkIdle());
        req.handler(this::onChunk);
        req.endHandler(v -> {
            if (finish()) {
                done.accept(body);
            }
        });
        req.exceptionHandler(e -> {
            if (finish()) {
                refusal.refuse(Reply.error(400, 600, "request body broken off by the client"), received);
            }
        });
    }

    private void onChunk(Buffer chunk) {
        if (finished) {
            return;
        }
        received += chunk.length();
        lastChunkNanos = System.nanoTime();
        if (received > limits.maxBytes()) {
            finish();
            refusal.refuse(Reply.error(413, 413, limits.tooLarge("of more than " + limits.maxBytes() + " bytes")),
                    received);
            return;
        }
        body.appendBuffer(chunk);
    }

    private void checkIdle() {
        String why = finished ? null : limits.tooSlow(startNanos, lastChunkNanos, received);
        if (why != null) {
            finish();
            refusal.refuse(Reply.error(408, 408, why), received);
        }
    }

    /** Marks the body finished; false if it already was. */
    private boolean finish() {
        if (finished) {
            return false;
        }
        finished = true;
        vertx.cancelTimer(timer);
        return true;
    }
}
