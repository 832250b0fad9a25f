package io.arangoconsole.core.insight;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.arangoconsole.core.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The local history of query shapes, per server, kept across restarts in the data directory and bounded like the
 * monitoring history: at most {@code maxShapes} shapes (the least recently seen go first) and the last
 * {@value #RUNTIMES_KEPT} runtimes of each for its percentiles. A run is counted once however often it is seen:
 * the slow log and the running list are polled again and again, and a running query later shows in the slow log
 * (then its final runtime replaces the one seen while running). Thread-safe; {@link #save()} from a worker thread.
 */
public final class ShapeHistory {
    public static final String FILE_NAME = "query-shapes.json";
    static final int RUNTIMES_KEPT = 512;
    static final int RUNS_REMEMBERED = 20_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final int maxShapes;
    private final Clock clock;
    /** By server + shape id, least recently seen first. */
    private final LinkedHashMap<String, Entry> shapes = new LinkedHashMap<>(16, 0.75f, true);
    /** Runs already counted, by server + query id: the runtime seen while running, or null once finished. */
    private final LinkedHashMap<String, Double> seenRuns = new LinkedHashMap<>();
    /** When the console began to observe each server (epoch ms): "unused since" means since then. */
    private final Map<String, Long> observedSince = new LinkedHashMap<>();

    private ShapeHistory(Path file, int maxShapes, Clock clock) {
        this.file = file;
        this.maxShapes = maxShapes;
        this.clock = clock;
    }

    /** The history saved in {@code file}, or an empty one when there is none yet. */
    public static ShapeHistory load(Path file, int maxShapes, Clock clock) throws IOException {
        ShapeHistory history = new ShapeHistory(file, maxShapes, clock);
        if (Files.exists(file)) {
            Dto dto = JSON.readValue(file.toFile(), Dto.class);
            for (Entry e : dto.shapes) {
                history.shapes.put(e.server + "\u0000" + e.shapeId, e);
            }
            dto.seenRuns.forEach(history.seenRuns::put);
            history.observedSince.putAll(dto.observedSinceMs);
            // a file from before the observation start was kept: the first run seen is the best guess
            for (Entry e : dto.shapes) {
                history.observedSince.merge(e.server, e.firstSeenMs, Math::min);
            }
        }
        return history;
    }

    /** An empty history that will be saved in {@code file} (e.g. when the one there cannot be read). */
    public static ShapeHistory empty(Path file, int maxShapes, Clock clock) {
        return new ShapeHistory(file, maxShapes, clock);
    }

    /** Counts one run seen on {@code server} (an endpoint, as the console names it). */
    public synchronized void record(String server, ObservedQuery run) {
        observing(server);
        QueryShape shape = QueryShape.of(run.query());
        if (shape.text().isEmpty()) {
            return;
        }
        double ms = run.runtimeSeconds() * 1000;
        boolean running = run.source() == ObservedQuery.Source.RUNNING;
        String runKey = run.id() == null || run.id().isEmpty() ? null : server + "\u0000" + run.id();
        Entry entry = shapes.computeIfAbsent(server + "\u0000" + shape.id(), k -> Entry.create(server, shape,
                now(run)));
        if (runKey != null && seenRuns.containsKey(runKey)) {
            Double whileRunning = seenRuns.get(runKey);
            if (whileRunning != null) {
                entry.runtimesMs.remove(whileRunning);
                entry.addRuntime(ms);
                seenRuns.put(runKey, running ? ms : null);
            }
            entry.seen(run, now(run));
            return;
        }
        if (runKey != null) {
            seenRuns.put(runKey, running ? ms : null);
            while (seenRuns.size() > RUNS_REMEMBERED) {
                seenRuns.remove(seenRuns.keySet().iterator().next());
            }
        }
        entry.count++;
        entry.addRuntime(ms);
        entry.seen(run, now(run));
        while (shapes.size() > maxShapes) {
            shapes.remove(shapes.keySet().iterator().next());
        }
    }

    /**
     * Notes the plan of a query the console's query pane explained: its shape is kept (with no run counted, so
     * nothing of the workload's figures changes) and the plan becomes its latest, as for {@link #notePlan}.
     */
    public synchronized void noteExplained(String server, ObservedQuery asked, QueryPlan plan) {
        observing(server);
        QueryShape shape = QueryShape.of(asked.query());
        if (shape.text().isEmpty()) {
            return;
        }
        Entry entry = shapes.computeIfAbsent(server + "\u0000" + shape.id(), k -> Entry.create(server, shape,
                now(asked)));
        if (!asked.database().isEmpty()) {
            entry.databases.add(asked.database());
        }
        if (entry.latestQuery == null) {
            // the advisor re-explains a shape from its latest query: an explained one needs one too
            entry.latestQuery = asked.query();
            entry.latestBindVars = new LinkedHashMap<>(asked.bindVars());
        }
        notePlan(server, shape.id(), plan);
        while (shapes.size() > maxShapes) {
            shapes.remove(shapes.keySet().iterator().next());
        }
    }

    /** Notes that the console watches {@code server} from now on, unless it already did. */
    public synchronized void observing(String server) {
        observedSince.putIfAbsent(server, clock.millis());
    }

    /** When the console began to observe {@code server}; null when it never did. */
    public synchronized Instant observedSince(String server) {
        Long ms = observedSince.get(server);
        return ms == null ? null : Instant.ofEpochMilli(ms);
    }

    /** Notes the latest plan of a shape: whether it scans a collection and which indexes it reads. */
    public synchronized void notePlan(String server, String shapeId, QueryPlan plan) {
        Entry e = shapes.get(server + "\u0000" + shapeId);
        if (e != null) {
            e.fullScan = plan.fullScan();
            e.planIndexes = new ArrayList<>(usedIndexes(plan));
            e.planError = null;
            e.planStale = false;
        }
    }

    /**
     * Notes that a shape's latest run could not be explained ({@code sentence}, e.g. "no longer parses: ..."); what
     * its last plan said is kept, marked by that sentence.
     */
    public synchronized void noteExplainFailure(String server, String shapeId, String sentence) {
        Entry e = shapes.get(server + "\u0000" + shapeId);
        if (e != null) {
            e.planError = sentence;
            e.planStale = false;
        }
    }

    /** The plans of {@code server}'s shapes are out of date (an index was built or dropped): explain them again. */
    public synchronized void plansChanged(String server) {
        shapes.values().stream().filter(e -> e.server.equals(server)).forEach(e -> e.planStale = true);
    }

    /** At most {@code limit} shapes of {@code server} with no plan yet or an outdated one, most runs first. */
    public synchronized List<ShapeStats> toExplain(String server, int limit) {
        return shapes.values().stream().filter(e -> e.server.equals(server) && e.latestQuery != null
                        && (e.planStale || (e.fullScan == null && e.planError == null)))
                .sorted(Comparator.comparingLong((Entry e) -> e.count).reversed()).limit(limit)
                .map(Entry::stats).toList();
    }

    /** The indexes a plan reads, as {@link ShapeStats#indexRef}. */
    static List<String> usedIndexes(QueryPlan plan) {
        return plan.allSteps().stream().filter(st -> st.collection() != null).flatMap(st -> st.indexes().stream()
                .map(ix -> ShapeStats.indexRef(st.collection(), ix.name()))).distinct().toList();
    }

    /** Every shape, most runs first. */
    public synchronized List<ShapeStats> shapes() {
        List<ShapeStats> out = new ArrayList<>();
        shapes.values().forEach(e -> out.add(e.stats()));
        out.sort(Comparator.comparingLong(ShapeStats::count).reversed());
        return out;
    }

    /** The shapes whose text contains {@code text}, ignoring case. */
    public List<ShapeStats> search(String text) {
        String needle = text.toLowerCase(Locale.ROOT);
        return shapes().stream().filter(s -> s.text().toLowerCase(Locale.ROOT).contains(needle)).toList();
    }

    /** Writes the history through a temporary file and an atomic move. */
    public void save() throws IOException {
        String text;
        synchronized (this) {
            Dto dto = new Dto();
            dto.shapes = new ArrayList<>(shapes.values());
            dto.seenRuns = new LinkedHashMap<>(seenRuns);
            dto.observedSinceMs = new LinkedHashMap<>(observedSince);
            text = JSON.writeValueAsString(dto);
        }
        AtomicFiles.write(file, text);
    }

    private Instant now(ObservedQuery run) {
        return run.started() != null ? run.started() : clock.instant();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    static final class Dto {
        public int version = 1;
        public List<Entry> shapes = new ArrayList<>();
        public Map<String, Double> seenRuns = new LinkedHashMap<>();
        public Map<String, Long> observedSinceMs = new LinkedHashMap<>();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    static final class Entry {
        public String server;
        public String shapeId;
        public String text;
        public long count;
        public ArrayDeque<Double> runtimesMs = new ArrayDeque<>();
        public double maxMs;
        public long peakMemoryBytes = -1;
        public TreeSet<String> databases = new TreeSet<>();
        /** Epoch milliseconds: plain numbers, so the file needs no date module. */
        public long firstSeenMs;
        public long lastSeenMs;
        public Boolean fullScan;
        public String latestQuery;
        public Map<String, Object> latestBindVars = new LinkedHashMap<>();
        /** The latest plan's indexes, {@code collection/name}; null before the first plan. */
        public List<String> planIndexes;
        public String planError;
        public boolean planStale;

        static Entry create(String server, QueryShape shape, Instant at) {
            Entry e = new Entry();
            e.server = server;
            e.shapeId = shape.id();
            e.text = shape.text();
            e.firstSeenMs = at.toEpochMilli();
            e.lastSeenMs = at.toEpochMilli();
            return e;
        }

        void addRuntime(double ms) {
            runtimesMs.addLast(ms);
            while (runtimesMs.size() > RUNTIMES_KEPT) {
                runtimesMs.removeFirst();
            }
            maxMs = Math.max(maxMs, ms);
        }

        void seen(ObservedQuery run, Instant at) {
            if (!run.database().isEmpty()) {
                databases.add(run.database());
            }
            peakMemoryBytes = Math.max(peakMemoryBytes, run.peakMemoryBytes());
            firstSeenMs = Math.min(firstSeenMs, at.toEpochMilli());
            if (at.toEpochMilli() >= lastSeenMs) {
                lastSeenMs = at.toEpochMilli();
                latestQuery = run.query();
                latestBindVars = new LinkedHashMap<>(run.bindVars());
            }
        }

        ShapeStats stats() {
            double[] ms = runtimesMs.stream().mapToDouble(Double::doubleValue).toArray();
            return new ShapeStats(server, shapeId, text, count, Runtimes.percentile(ms, 50),
                    Runtimes.percentile(ms, 95), maxMs, peakMemoryBytes, List.copyOf(databases), Instant.ofEpochMilli(firstSeenMs),
                    Instant.ofEpochMilli(lastSeenMs),
                    fullScan, latestQuery, latestBindVars == null ? Map.of()
                    : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(latestBindVars)),
                    planIndexes, planError);
        }
    }
}
