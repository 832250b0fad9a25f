package io.arangoconsole.core.monitoring;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Every sampled series kept on disk, so charts survive a restart of the console or a reconnect: samples are appended
 * to one file per hour in the history directory ({@link HistoryLocation}), files older than the retention are
 * deleted, and a window (5 min, 1 h, 24 h) is read back as {@link TimeSeries}. Thread-safe; blocking file I/O, so
 * call it from a background thread.
 */
public final class MetricsHistory implements Closeable {
    /** A day plus the hour being written, so a full 24 hours is always on disk. */
    public static final Duration DEFAULT_RETENTION = Duration.ofHours(25);

    private final Path directory;
    private final Duration retention;
    private final Clock clock;
    private HistoryFile.Appender appender;
    private boolean closed;

    private MetricsHistory(Path directory, Duration retention, Clock clock) {
        this.directory = directory;
        this.retention = retention;
        this.clock = clock;
    }

    /** Opens the history in the current user's data directory, keeping {@link #DEFAULT_RETENTION}. */
    public static MetricsHistory openDefault() throws IOException {
        return open(HistoryLocation.forCurrentUser(), DEFAULT_RETENTION, Clock.systemUTC());
    }

    /**
     * Opens (creating it if needed) the history kept in {@code directory}, and deletes files past the retention.
     *
     * @param retention how long samples are kept; at least 24 hours is what the panes promise
     * @param clock     decides what "older than the retention" and "the last 5 minutes" mean
     */
    public static MetricsHistory open(Path directory, Duration retention, Clock clock) throws IOException {
        Files.createDirectories(directory);
        MetricsHistory history = new MetricsHistory(directory, retention, clock);
        history.prune();
        return history;
    }

    /**
     * Appends one sample time of several series (e.g. {@link ServerMetrics#series()}). Non-finite values are
     * skipped: they mean "no value", which a chart shows as a gap.
     */
    public synchronized void append(Instant at, Map<String, Double> values) throws IOException {
        if (closed) {
            throw new IllegalStateException("history is closed");
        }
        if (values.isEmpty()) {
            return;
        }
        long millis = at.toEpochMilli();
        long hour = HistoryFile.hourStart(millis);
        if (appender == null || appender.hour() != hour) {
            if (appender != null) {
                appender.close();
                appender = null;
                prune();
            }
            appender = HistoryFile.Appender.open(directory, hour);
        }
        appender.append(millis, values);
    }

    /** Every series over the last {@code window}, up to now. */
    public Map<String, TimeSeries> load(Duration window) throws IOException {
        Instant now = clock.instant();
        return load(now.minus(window), now, Set.of());
    }

    /** The named series (all when {@code names} is empty) over the last {@code window}, up to now. */
    public Map<String, TimeSeries> load(Duration window, Collection<String> names) throws IOException {
        Instant now = clock.instant();
        return load(now.minus(window), now, names);
    }

    /**
     * The named series (all when {@code names} is empty) with samples from {@code from} to {@code to} inclusive, in
     * time order, sorted by name. Series without samples in the window are absent.
     */
    public Map<String, TimeSeries> load(Instant from, Instant to, Collection<String> names) throws IOException {
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("history is closed");
            }
            // Appends are flushed per line; files are only ever appended to, so reading needs no lock.
        }
        long fromMillis = from.toEpochMilli();
        long toMillis = to.toEpochMilli();
        Set<String> wantedNames = Set.copyOf(names);
        Predicate<String> wanted = wantedNames.isEmpty() ? n -> true : wantedNames::contains;
        Map<String, SeriesBuilder> builders = new HashMap<>();
        for (Map.Entry<Long, Path> file : files().entrySet()) {
            long hour = file.getKey();
            if (hour + HistoryFile.HOUR_MILLIS > fromMillis && hour <= toMillis) {
                HistoryFile.read(file.getValue(), fromMillis, toMillis, wanted, builders);
            }
        }
        Map<String, TimeSeries> out = new TreeMap<>();
        builders.forEach((name, builder) -> {
            if (!builder.isEmpty()) {
                out.put(name, builder.build(name));
            }
        });
        return out;
    }

    /** Deletes the hour files that lie wholly before now minus the retention; returns how many. */
    public synchronized int prune() throws IOException {
        long cutoff = clock.millis() - retention.toMillis();
        int deleted = 0;
        for (Map.Entry<Long, Path> file : files().entrySet()) {
            boolean writing = appender != null && appender.hour() == file.getKey();
            if (file.getKey() + HistoryFile.HOUR_MILLIS <= cutoff && !writing) {
                Files.deleteIfExists(file.getValue());
                deleted++;
            }
        }
        return deleted;
    }

    /** The directory the history is kept in. */
    public Path directory() {
        return directory;
    }

    @Override
    public synchronized void close() throws IOException {
        closed = true;
        if (appender != null) {
            appender.close();
            appender = null;
        }
    }

    private TreeMap<Long, Path> files() throws IOException {
        TreeMap<Long, Path> files = new TreeMap<>();
        List<Path> all = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(directory, "*.csv")) {
            dir.forEach(all::add);
        }
        for (Path p : all) {
            OptionalLong hour = HistoryFile.hourOf(p.getFileName().toString());
            if (hour.isPresent()) {
                files.put(hour.getAsLong(), p);
            }
        }
        return files;
    }
}
