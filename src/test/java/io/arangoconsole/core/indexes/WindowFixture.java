package io.arangoconsole.core.indexes;

import io.arangoconsole.core.arango.IndexConnections;
import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.core.monitoring.SeriesNames;
import io.arangoconsole.sandbox.Sandbox;
import io.arangoconsole.sandbox.SandboxConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What the build-window tests share: a clock the test moves instead of waiting, and (for the tests that build) the
 * shop sandbox with index queues on that clock, each with its own build thread and timer, all stopped by
 * {@link #close()}.
 */
final class WindowFixture implements AutoCloseable {
    static final ZoneId UTC = ZoneOffset.UTC;
    /** How long a test waits for a condition a working queue reaches at once: only a real fault runs it out. */
    static final Duration CEILING = Duration.ofSeconds(30);

    private final AtomicReference<Instant> now;
    final Clock clock;
    private final Sandbox shop;
    private final IndexConnections connections;
    private final IndexGateway gateway;
    private final List<ExecutorService> executors = new ArrayList<>();

    private WindowFixture(Instant start, Sandbox shop) {
        this.now = new AtomicReference<>(start);
        this.clock = new Clock() {
            @Override
            public ZoneId getZone() {
                return UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        this.shop = shop;
        this.connections = shop == null ? null : new IndexConnections();
        this.gateway = shop == null ? null : connections.gateway(new ConnectionTarget(shop.url(), "root", "", "shop",
                ConnectionTarget.Label.PRIMARY));
    }

    /** A moving clock only. */
    static WindowFixture clockAt(Instant start) {
        return new WindowFixture(start, null);
    }

    /** The moving clock and the shop sandbox with {@code records} events. */
    static WindowFixture shop(Instant start, int records) {
        return new WindowFixture(start, Sandbox.start(SandboxConfig.defaults()
                .withDataset(SandboxConfig.Dataset.SHOP).withRecords(records)));
    }

    /** Waits until {@code condition} holds, looking every few ms; false when {@link #CEILING} passed first. */
    static boolean await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + CEILING.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                return false;
            }
            Thread.sleep(5);
        }
        return true;
    }

    Instant now() {
        return now.get();
    }

    void set(Instant at) {
        now.set(at);
    }

    void advance(Duration by) {
        now.updateAndGet(t -> t.plus(by));
    }

    /** One monitoring sample at the clock's time: {@code perSecond} requests a second, null for not reported. */
    void sample(RequestRate rate, Double perSecond) {
        rate.sampled(now(), perSecond == null ? Map.of() : Map.of(SeriesNames.HTTP_REQUESTS_PER_S, perSecond));
    }

    Sandbox sandbox() {
        return shop;
    }

    /** A timer stopped with the fixture (several queues of one session share one, as the app's do). */
    ScheduledExecutorService timer() {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        executors.add(timer);
        return timer;
    }

    /** A queue on the shop sandbox and the moving clock, polling progress every 20 ms, on {@code timer}. */
    IndexJobQueue queue(ScheduledExecutorService timer) {
        ExecutorService builds = Executors.newSingleThreadExecutor();
        executors.add(builds);
        return new IndexJobQueue(gateway, builds, timer, clock, Duration.ofMillis(20));
    }

    /** An index service over a new queue with its own timer. */
    IndexService service() {
        return new IndexService(gateway, queue(timer()));
    }

    @Override
    public void close() {
        executors.forEach(ExecutorService::shutdownNow);
        if (connections != null) {
            connections.close();
            shop.close();
        }
    }
}
