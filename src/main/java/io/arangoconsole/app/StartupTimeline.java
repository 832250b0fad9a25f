package io.arangoconsole.app;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When one console start reached each step, in ms after the JVM started (issue 14 item 8, "start fast"). Each mark is
 * a DEBUG line of this class's logger ({@code "Start-up: {mark} at {ms} ms"}, the mark and the figure as the line's
 * arguments, which {@code StartToDataBench} reads); once the cards are shown one INFO line sums the start up, so the
 * log file of any start says where its time went. Only the first of each mark counts: a later reconnection is not a
 * start. Thread-safe.
 */
public final class StartupTimeline {

    private static final Logger LOG = LoggerFactory.getLogger(StartupTimeline.class);
    /**
     * {@code -Darangoconsole.fastStart=false} starts as before decision 0080: the sandbox once the window is shown,
     * the panes prebuilt from 400 ms after it (the start-to-data benchmark's "before").
     */
    public static final String FAST_START_PROPERTY = "arangoconsole.fastStart";

    /** The steps of a start, in the order they usually come. */
    public enum Mark {
        CONTEXT_BUILT("context built"),
        WINDOW_SHOWN("window shown"),
        DEMO_DATA_READY("demo data ready"),
        SANDBOX_LISTENING("sandbox listening"),
        FIRST_STATS("first stats in the Overview"),
        CARDS_SHOWN("cards shown"),
        PANES_PREBUILT("panes prebuilt");

        private final String label;

        Mark(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final long jvmStartMillis = ManagementFactory.getRuntimeMXBean().getStartTime();
    private final long createdNanos = System.nanoTime();
    private final long createdMillis = System.currentTimeMillis();
    private final Map<Mark, Long> marks = new EnumMap<>(Mark.class);
    private final List<Runnable> onCardsShown = new ArrayList<>();

    /** Whether decision 0080's start order is on (it is unless {@link #FAST_START_PROPERTY} is false). */
    static boolean fastStart() {
        return Boolean.parseBoolean(System.getProperty(FAST_START_PROPERTY, "true"));
    }

    /** Marks {@code mark} now. */
    public void mark(Mark mark) {
        mark(mark, System.nanoTime());
    }

    /** Marks {@code mark} as reached at {@code nanoTime} (a {@link System#nanoTime()} taken then). */
    public void mark(Mark mark, long nanoTime) {
        long ms = createdMillis - jvmStartMillis + (nanoTime - createdNanos) / 1_000_000;
        List<Runnable> then = List.of();
        synchronized (this) {
            if (marks.putIfAbsent(mark, ms) != null) {
                return;
            }
            if (mark == Mark.CARDS_SHOWN) {
                then = List.copyOf(onCardsShown);
                onCardsShown.clear();
            }
        }
        LOG.debug("Start-up: {} at {} ms", mark.label(), ms);
        if (mark == Mark.CARDS_SHOWN) {
            LOG.info("Start-up, ms after the JVM started: {}", summary());
            then.forEach(Runnable::run);
        }
    }

    /** Runs {@code action} once the cards are shown (at once if they are), on the thread that marks them. */
    public void onCardsShown(Runnable action) {
        synchronized (this) {
            if (!marks.containsKey(Mark.CARDS_SHOWN)) {
                onCardsShown.add(action);
                return;
            }
        }
        action.run();
    }

    /** Whether {@code mark} was reached. */
    public synchronized boolean reached(Mark mark) {
        return marks.containsKey(mark);
    }

    /** "window shown 412, demo data ready 1,530, ...": the marks reached so far, in time order. */
    public synchronized String summary() {
        return marks.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .map(e -> String.format(Locale.ROOT, "%s %,d", e.getKey().label(), e.getValue()))
                .reduce((a, b) -> a + ", " + b).orElse("none");
    }
}
