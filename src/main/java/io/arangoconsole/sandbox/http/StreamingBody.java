package io.arangoconsole.sandbox.http;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A request body read as it arrives, so that a bulk import parses and stores documents while the rest of the body is
 * still on the wire instead of buffering hundreds of megabytes first. The event loop queues chunks; the worker reads
 * them as an {@link InputStream}. Above {@link #HIGH_WATER} queued bytes the request is paused (TCP / HTTP/2 flow
 * control slows the client), below {@link #LOW_WATER} it resumes. The body is read under {@link BodyLimits}: past
 * the size limit or after the idle time the event loop answers 413 / 408 itself and the reader sees the body broken off.
 */
final class StreamingBody extends InputStream {
    private static final long HIGH_WATER = 16L << 20;
    private static final long LOW_WATER = 4L << 20;
    private static final Buffer END = Buffer.buffer(0);
    private final HttpServerRequest request;
    private final Context context;
    private final Vertx vertx;
    private final BodyLimits limits;
    private final BodyCollector.Refusal refusal;
    private final long timer;
    private long startNanos = System.nanoTime();
    private volatile long lastChunkNanos = startNanos;
    private long lastCheckNanos = startNanos;
    private long arrived;
    private final LinkedBlockingQueue<Buffer> chunks = new LinkedBlockingQueue<>();
    private final Object lock = new Object();
    private long queued;
    private boolean paused;
    private boolean discarding;
    private volatile Throwable failure;
    private long received;
    private Buffer current;
    private int position;
    private boolean ended;

    /** Starts reading {@code request}; must be called on its event loop. */
    StreamingBody(HttpServerRequest request, Vertx vertx, BodyLimits limits, BodyCollector.Refusal refusal) {
        this.request = request;
        this.context = vertx.getOrCreateContext();
        this.vertx = vertx;
        this.limits = limits;
        this.refusal = refusal;
        this.timer = vertx.setPeriodic(limits.checkEveryMillis(), id -> checkIdle());
        request.handler(this::onChunk);
        request.endHandler(v -> {
            vertx.cancelTimer(timer);
            chunks.add(END);
        });
        request.exceptionHandler(e -> breakOff(e, null));
    }

    private void checkIdle() {
        long now = System.nanoTime();
        boolean waitingForUs;
        synchronized (lock) {
            waitingForUs = paused;
        }
        if (waitingForUs) {
            // paused by us, the reader being behind: that time is not the client's to account for
            startNanos += now - lastCheckNanos;
            lastChunkNanos = now;
        }
        lastCheckNanos = now;
        String why = limits.tooSlow(startNanos, lastChunkNanos, arrived);
        if (why != null) {
            breakOff(new BodyRefused(why), Reply.error(408, 408, why));
        }
    }

    /**
     * Ends the body with a failure the reader will see, answering {@code reply} first (if not null) so that the
     * reader's own answer finds the response already sent.
     */
    private void breakOff(Throwable cause, Reply reply) {
        vertx.cancelTimer(timer);
        synchronized (lock) {
            if (discarding) {
                return;
            }
            discarding = true;
            chunks.clear();
            queued = 0;
        }
        if (reply != null) {
            refusal.refuse(reply, arrived);
        }
        failure = cause;
        chunks.add(END);
    }

    /**
     * Queues a chunk (event loop). The chunk and the decision to pause are made together under {@link #lock}, so the
     * reader always takes at least one more chunk after a pause and will see it and resume; pause and resume both run
     * on the event loop, in the order they were decided.
     */
    private void onChunk(Buffer chunk) {
        arrived += chunk.length();
        lastChunkNanos = System.nanoTime();
        if (arrived > limits.maxBytes()) {
            String why = limits.tooLarge("of more than " + limits.maxBytes() + " bytes");
            breakOff(new BodyRefused(why), Reply.error(413, 413, why));
            return;
        }
        boolean pause = false;
        synchronized (lock) {
            if (discarding) {
                return;
            }
            chunks.add(chunk);
            queued += chunk.length();
            if (queued > HIGH_WATER && !paused) {
                paused = true;
                pause = true;
            }
        }
        if (pause) {
            request.pause();
        }
    }

    /** Bytes read so far. */
    long received() {
        return received;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] dst, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (current == null || position >= current.length()) {
            if (ended) {
                return -1;
            }
            Buffer next;
            try {
                next = chunks.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("request body read interrupted");
            }
            if (next == END) {
                ended = true;
                if (failure instanceof BodyRefused refused) {
                    throw refused;
                }
                if (failure != null) {
                    throw new IOException("request body broken off: " + failure.getMessage(), failure);
                }
                return -1;
            }
            boolean resume = false;
            synchronized (lock) {
                queued -= next.length();
                if (paused && queued < LOW_WATER) {
                    paused = false;
                    resume = true;
                }
            }
            if (resume) {
                context.runOnContext(v -> request.resume());
            }
            current = next;
            position = 0;
        }
        int n = Math.min(len, current.length() - position);
        current.getBytes(position, position + n, dst, off);
        position += n;
        received += n;
        return n;
    }

    /** Drops whatever has not been read, so an early answer leaves the connection usable. */
    @Override
    public void close() {
        vertx.cancelTimer(timer);
        boolean resume;
        synchronized (lock) {
            discarding = true;
            chunks.clear();
            queued = 0;
            resume = paused;
            paused = false;
        }
        if (resume) {
            context.runOnContext(v -> request.resume());
        }
    }
}
