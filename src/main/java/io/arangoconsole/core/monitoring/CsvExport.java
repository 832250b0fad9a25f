package io.arangoconsole.core.monitoring;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes series side by side as CSV (RFC 4180): {@code time} (ISO-8601 UTC), {@code epoch_ms}, then one column per
 * series in the given order; a row per distinct sample time, an empty cell where a series has no sample then.
 */
public final class CsvExport {
    private CsvExport() {
    }

    /** Writes {@code series} (e.g. what {@link MetricsHistory#load} returned for the visible window) to {@code out}. */
    public static void write(Map<String, TimeSeries> series, Writer out) throws IOException {
        List<String> names = new ArrayList<>(series.keySet());
        TreeMap<Long, Double[]> rows = new TreeMap<>();
        for (int col = 0; col < names.size(); col++) {
            TimeSeries s = series.get(names.get(col));
            for (int i = 0; i < s.size(); i++) {
                rows.computeIfAbsent(s.timesMillis()[i], k -> new Double[names.size()])[col] = s.value(i);
            }
        }
        StringBuilder line = new StringBuilder("time,epoch_ms");
        for (String name : names) {
            line.append(',').append(quote(name));
        }
        out.write(line.append("\r\n").toString());
        for (Map.Entry<Long, Double[]> row : rows.entrySet()) {
            line.setLength(0);
            line.append(Instant.ofEpochMilli(row.getKey())).append(',').append(row.getKey());
            for (Double v : row.getValue()) {
                line.append(',');
                if (v != null) {
                    line.append(format(v));
                }
            }
            out.write(line.append("\r\n").toString());
        }
        out.flush();
    }

    private static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    private static String quote(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
