package io.arangoconsole.core.monitoring;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One {@link MetricsHistory} per server, each in its own subdirectory of the history directory, so that after a
 * switch of connection the charts show the new server's samples only (and its earlier history, if the console was
 * connected to it before) instead of one line mixing two servers. Thread-safe: the FX thread selects, the sampler
 * and the chart loader read {@link #current()} from workers.
 */
public final class ServerHistories implements Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(ServerHistories.class);

    private final Path root;
    private final Duration retention;
    private final Clock clock;
    private final Map<String, MetricsHistory> open = new HashMap<>();
    private String selected;

    public ServerHistories(Path root, Duration retention, Clock clock) {
        this.root = root;
        this.retention = retention;
        this.clock = clock;
    }

    /** Makes {@code server} (e.g. {@code http://db1:8529/demo}, or {@code sandbox}) the one sampled and charted. */
    public synchronized void select(String server) {
        selected = server;
    }

    /** The selected server's history, opened on first use; null before a selection or if it cannot be opened. */
    public synchronized MetricsHistory current() {
        if (selected == null) {
            return null;
        }
        MetricsHistory history = open.get(selected);
        if (history == null && !open.containsKey(selected)) {
            try {
                history = MetricsHistory.open(root.resolve(directoryName(selected)), retention, clock);
            } catch (IOException e) {
                LOG.warn("Could not open the metrics history of {} in {}; keeping none", selected, root, e);
            }
            open.put(selected, history);
        }
        return history;
    }

    /** {@code http://db1:8529/demo} is kept in {@code http-db1-8529-demo}. */
    static String directoryName(String server) {
        String name = server.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]+", "-").replaceAll("^-+|-+$", "");
        return name.isEmpty() ? "server" : name;
    }

    @Override
    public synchronized void close() throws IOException {
        for (MetricsHistory history : open.values()) {
            if (history != null) {
                history.close();
            }
        }
        open.clear();
    }
}
