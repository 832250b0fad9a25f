package io.arangoconsole.core.monitoring;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Predicate;

/**
 * One hour of history in one append-only text file, {@code yyyyMMdd-HH.csv} (UTC). A series gets a small number the
 * first time it appears in the file ({@code =3,server.aql.queries_per_s}); each sample time is then one line of
 * numbered values ({@code 1764216000123,0=37.5,3=0.93}). So a line costs about 10 bytes per value, and a line
 * cut short by a crash is simply skipped when read.
 */
final class HistoryFile {
    static final long HOUR_MILLIS = 3_600_000L;
    private static final String HEADER = "# arango-console metrics history v1";
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd-HH");
    private static final String SUFFIX = ".csv";
    private static final int MAX_SERIES = 1 << 20;

    private HistoryFile() {
    }

    static long hourStart(long millis) {
        return Math.floorDiv(millis, HOUR_MILLIS) * HOUR_MILLIS;
    }

    static String fileName(long hourStartMillis) {
        return NAME.format(LocalDateTime.ofEpochSecond(hourStartMillis / 1000, 0, ZoneOffset.UTC)) + SUFFIX;
    }

    /** The start of the hour a history file holds, or empty for any other file. */
    static OptionalLong hourOf(String fileName) {
        if (!fileName.endsWith(SUFFIX) || fileName.length() != 11 + SUFFIX.length()) {
            return OptionalLong.empty();
        }
        try {
            LocalDateTime hour = LocalDateTime.parse(fileName.substring(0, 11) + "0000",
                    DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
            return OptionalLong.of(hour.toEpochSecond(ZoneOffset.UTC) * 1000);
        } catch (DateTimeParseException e) {
            return OptionalLong.empty();
        }
    }

    /** Reads the points of wanted series with {@code from <= time <= to} into {@code into}. */
    static void read(Path file, long from, long to, Predicate<String> wanted, Map<String, SeriesBuilder> into)
            throws IOException {
        // Resolved once per definition, so a data line costs no name lookups: null = unwanted or undefined.
        SeriesBuilder[] byId = new SeriesBuilder[64];
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isEmpty() || line.charAt(0) == '#') {
                    continue;
                }
                if (line.charAt(0) == '=') {
                    int comma = line.indexOf(',');
                    Integer id = comma > 1 ? parseId(line, 1, comma) : null;
                    String name = id == null ? null : unescape(line.substring(comma + 1));
                    // The writer numbers series from 0; a huge number is a damaged line, not a reason to allocate.
                    if (name != null && id < MAX_SERIES && wanted.test(name)) {
                        if (id >= byId.length) {
                            byId = Arrays.copyOf(byId, Math.max(id + 1, byId.length * 2));
                        }
                        byId[id] = into.computeIfAbsent(name, k -> new SeriesBuilder());
                    }
                    continue;
                }
                readSamples(line, from, to, byId);
            }
        } catch (NoSuchFileException e) {
            // Pruned between listing and reading: nothing to add.
        }
    }

    private static void readSamples(String line, long from, long to, SeriesBuilder[] byId) {
        int comma = line.indexOf(',');
        // Only lines closed by ';' are complete; a line cut short by a crash is skipped whole.
        if (comma < 0 || !line.endsWith(";")) {
            return;
        }
        long time;
        try {
            time = Long.parseLong(line, 0, comma, 10);
        } catch (NumberFormatException e) {
            return;
        }
        if (time < from || time > to) {
            return;
        }
        int pos = comma + 1;
        int end = line.length() - 1;
        while (pos < end) {
            int eq = line.indexOf('=', pos);
            int next = line.indexOf(',', pos);
            if (next < 0 || next > end) {
                next = end;
            }
            if (eq < 0 || eq > next) {
                return;
            }
            Integer id = parseId(line, pos, eq);
            SeriesBuilder builder = id != null && id < byId.length ? byId[id] : null;
            if (builder != null) {
                try {
                    builder.add(time, Double.parseDouble(line.substring(eq + 1, next)));
                } catch (NumberFormatException e) {
                    return;
                }
            }
            pos = next + 1;
        }
    }

    /** A series number (0..999,999,999), or null for anything else. */
    private static Integer parseId(String line, int start, int end) {
        if (end <= start || end - start > 9) {
            return null;
        }
        int id = 0;
        for (int i = start; i < end; i++) {
            char c = line.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
            id = id * 10 + (c - '0');
        }
        return id;
    }

    private static String escape(String name) {
        return name.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String text) {
        if (text.indexOf('\\') < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                sb.append(next == 'n' ? '\n' : next == 'r' ? '\r' : next);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The open file of the hour being written. Not thread-safe: {@link MetricsHistory} serialises access. */
    static final class Appender implements Closeable {
        private final long hour;
        private final Writer out;
        private final Map<String, Integer> ids = new HashMap<>();
        private final StringBuilder line = new StringBuilder(256);
        private int nextId;

        private Appender(long hour, Writer out) {
            this.hour = hour;
            this.out = out;
        }

        /** Opens (or continues, after a restart) the file of one hour. */
        static Appender open(Path directory, long hour) throws IOException {
            Path file = directory.resolve(fileName(hour));
            boolean exists = Files.exists(file);
            boolean needsNewline = exists && endsWithoutNewline(file);
            Map<String, Integer> known = new HashMap<>();
            if (exists) {
                // Continue the numbering of the series already defined in this hour.
                try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    String l;
                    while ((l = in.readLine()) != null) {
                        int comma = l.indexOf(',');
                        if (l.startsWith("=") && comma > 1) {
                            Integer id = parseId(l, 1, comma);
                            if (id != null) {
                                known.put(unescape(l.substring(comma + 1)), id);
                            }
                        }
                    }
                }
            }
            Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND));
            Appender appender = new Appender(hour, w);
            appender.ids.putAll(known);
            appender.nextId = known.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
            if (!exists) {
                w.write(HEADER + "\n");
            } else if (needsNewline) {
                w.write("\n");
            }
            return appender;
        }

        long hour() {
            return hour;
        }

        void append(long timeMillis, Map<String, Double> values) throws IOException {
            line.setLength(0);
            line.append(timeMillis).append(',');
            boolean any = false;
            for (Map.Entry<String, Double> e : values.entrySet()) {
                Double v = e.getValue();
                if (v == null || !Double.isFinite(v)) {
                    continue;
                }
                Integer id = ids.get(e.getKey());
                if (id == null) {
                    id = nextId++;
                    ids.put(e.getKey(), id);
                    out.write("=" + id + "," + escape(e.getKey()) + "\n");
                }
                if (any) {
                    line.append(',');
                }
                line.append(id).append('=').append(v.doubleValue());
                any = true;
            }
            if (any) {
                // The closing ';' marks a complete line: one cut short by a crash lacks it and is skipped.
                line.append(";\n");
                out.append(line);
            }
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.close();
        }

        private static boolean endsWithoutNewline(Path file) throws IOException {
            try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
                if (raf.length() == 0) {
                    return false;
                }
                raf.seek(raf.length() - 1);
                return raf.read() != '\n';
            }
        }
    }
}
