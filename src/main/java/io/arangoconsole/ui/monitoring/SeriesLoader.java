package io.arangoconsole.ui.monitoring;

import io.arangoconsole.core.monitoring.AlertRule;
import io.arangoconsole.core.monitoring.CsvExport;
import io.arangoconsole.core.monitoring.Downsampler;
import io.arangoconsole.core.monitoring.MetricsHistory;
import io.arangoconsole.core.monitoring.SeriesNames;
import io.arangoconsole.core.monitoring.TimeSeries;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Reads chart series out of the history, blocking (run it in the background): one day at one sample a second is
 * 86,400 points a series, so each is cut to {@link #CHART_POINTS} by min/max buckets, which keeps spikes visible.
 */
public final class SeriesLoader {
    /** Points per drawn series: more than a chart is pixels wide would only slow the FX thread down. */
    public static final int CHART_POINTS = 600;

    private final Supplier<MetricsHistory> histories;

    /** @param history null when the history could not be opened: charts then stay empty */
    public SeriesLoader(MetricsHistory history) {
        this(() -> history);
    }

    /** @param histories the current server's history (null: charts stay empty), read at each load */
    public SeriesLoader(Supplier<MetricsHistory> histories) {
        this.histories = histories;
    }

    /**
     * The series of {@code names} (series name to display name) over {@code window}, downsampled, with the firing
     * moments of {@code rules}.
     */
    public ChartData load(Map<String, String> names, ChartWindow window, List<AlertRule> rules) throws IOException {
        MetricsHistory history = histories.get();
        if (history == null) {
            return ChartData.EMPTY;
        }
        List<String> wanted = new ArrayList<>(names.keySet());
        Map<String, AlertRule> byFiring = new LinkedHashMap<>();
        for (AlertRule rule : rules) {
            byFiring.put(SeriesNames.alertFiring(rule.id()), rule);
        }
        wanted.addAll(byFiring.keySet());
        Map<String, TimeSeries> loaded = history.load(window.duration(), wanted);
        Map<String, TimeSeries> out = new LinkedHashMap<>();
        names.forEach((name, display) -> {
            TimeSeries s = loaded.get(name);
            if (s != null) {
                out.put(display, Downsampler.minMax(s, CHART_POINTS));
            }
        });
        List<ChartData.AlertMark> marks = new ArrayList<>();
        byFiring.forEach((name, rule) -> {
            TimeSeries s = loaded.get(name);
            for (int i = 0; s != null && i < s.size(); i++) {
                boolean firing = s.value(i) >= 0.5;
                boolean before = i > 0 && s.value(i - 1) >= 0.5;
                if (firing && !before) {
                    marks.add(new ChartData.AlertMark(s.time(i), rule.name()));
                }
            }
        });
        Instant to = Instant.now();
        return new ChartData(out, marks, to.minus(window.duration()), to);
    }

    /**
     * Writes {@code names} over {@code window} at full resolution as CSV, atomically (temp file, then move), so a
     * failed export leaves no half-written file.
     */
    public void exportCsv(Map<String, String> names, ChartWindow window, Path file) throws IOException {
        MetricsHistory history = histories.get();
        if (history == null) {
            throw new IOException("the metrics history could not be opened, so there is nothing to export");
        }
        Map<String, TimeSeries> loaded = history.load(window.duration(), names.keySet());
        Map<String, TimeSeries> out = new LinkedHashMap<>();
        names.forEach((name, display) -> {
            if (loaded.containsKey(name)) {
                out.put(display, loaded.get(name));
            }
        });
        Path dir = file.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
        try {
            try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                CsvExport.write(out, w);
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
