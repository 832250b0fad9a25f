package io.arangoconsole.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.arangoconsole.sandbox.store.ApiError;
import io.arangoconsole.sandbox.store.PreparedDocument;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs the two halves of a bulk import on two threads: a parser thread turns the body into documents (JSON parsing is
 * most of the cost) while the request's thread stores them, in order. Documents travel in batches through a small
 * bounded queue, so memory stays flat however big the body is. When storing fails for good (e.g. {@code complete=true})
 * the parser is told to stop; when parsing fails, what came before it is stored first and then the error is raised.
 */
final class ImportPipeline {
    private static final int BATCH = 256;
    private static final int QUEUED_BATCHES = 8;

    /**
     * One parsed line or array element: a document (with its user attributes in stored form when the parser made
     * them, else null; {@code kept} the attributes its tree holds when that is not all of them), an unparsable text
     * ({@code bad}), or an empty line.
     */
    record Item(int position, JsonNode doc, String bad, boolean empty, PreparedDocument members, Set<String> kept) {
        Item(int position, JsonNode doc, String bad, boolean empty) {
            this(position, doc, bad, empty, null, null);
        }
    }

    /** Produces items in body order. */
    interface Producer {
        void produce(ItemSink out) throws IOException;
    }

    /** Receives items in body order. */
    interface ItemSink {
        void accept(Item item);
    }

    private ImportPipeline() {
    }

    private static final class Channel implements ItemSink {
        final ArrayBlockingQueue<List<Item>> queue = new ArrayBlockingQueue<>(QUEUED_BATCHES);
        volatile boolean cancelled;
        volatile Throwable failure;
        List<Item> batch = new ArrayList<>(BATCH);

        @Override
        public void accept(Item item) {
            batch.add(item);
            if (batch.size() == BATCH) {
                put(batch);
                batch = new ArrayList<>(BATCH);
            }
        }

        void put(List<Item> items) {
            try {
                while (!queue.offer(items, 50, TimeUnit.MILLISECONDS)) {
                    if (cancelled) {
                        throw new Cancelled();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Cancelled();
            }
        }
    }

    /** Thrown inside the parser thread to stop it once the consumer gave up. */
    private static final class Cancelled extends RuntimeException {
        Cancelled() {
            super(null, null, false, false);
        }
    }

    private static final List<Item> END = List.of();

    /**
     * Parses with {@code producer} on a thread of {@code pool} and hands every item to {@code sink} on the calling
     * thread; rethrows the parser's error (after the items before it) and {@code sink}'s own errors.
     */
    static void run(ExecutorService pool, Producer producer, ItemSink sink) throws IOException {
        Channel channel = new Channel();
        pool.execute(() -> {
            try {
                producer.produce(channel);
                if (!channel.batch.isEmpty()) {
                    channel.put(channel.batch);
                }
            } catch (Cancelled e) {
                return;
            } catch (Throwable t) {
                channel.failure = t;
            }
            try {
                channel.put(END);
            } catch (Cancelled e) {
                // nobody is listening any more
            }
        });
        try {
            while (true) {
                List<Item> items = channel.queue.take();
                if (items == END) {
                    break;
                }
                for (Item item : items) {
                    sink.accept(item);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            channel.cancelled = true;
            throw new ApiError(503, 503, "import interrupted: the sandbox is shutting down");
        } catch (RuntimeException e) {
            channel.cancelled = true;
            channel.queue.clear();
            throw e;
        }
        Throwable failure = channel.failure;
        if (failure instanceof IOException io) {
            throw io;
        }
        if (failure instanceof RuntimeException re) {
            throw re;
        }
        if (failure != null) {
            throw new IllegalStateException(failure);
        }
    }
}
