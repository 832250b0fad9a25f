package io.arangoconsole.sandbox.http;

import io.vertx.core.Context;
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
 * control slows the client), below {@link #LOW_WATER} it resumes.
 */
final class StreamingBody extends InputStream {
    private static final long HIGH_WATER = 16L << 20;
    private static final long LOW_WATER = 4L << 20;
    private static final Buffer END = Buffer.buffer(0);
    private final HttpServerRequest request;
    private final Context context;
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

    StreamingBody(HttpServerRequest request, Context context) {
        this.request = request;
        this.context = context;
        request.handler(this::onChunk);
        request.endHandler(v -> chunks.add(END));
        request.exceptionHandler(e -> {
            failure = e;
            chunks.add(END);
        });
    }

    /**
     * Queues a chunk (event loop). The chunk and the decision to pause are made together under {@link #lock}, so the
     * reader always takes at least one more chunk after a pause and will see it and resume; pause and resume both run
     * on the event loop, in the order they were decided.
     */
    private void onChunk(Buffer chunk) {
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
