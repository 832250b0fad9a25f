package io.arangoconsole.core.monitoring;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Reads the Prometheus text exposition format (version 0.0.4) as {@code /_admin/metrics/v2} serves it: HELP and TYPE
 * lines, other comments, blank lines, samples with labels in any order, escaped label values, {@code +Inf}/{@code NaN}
 * values, scientific notation and optional timestamps. A hand-written scanner (no regex per line) so a 200 KB page
 * parses in about a millisecond. Stateless and thread-safe.
 */
public final class PrometheusParser {

    /** Parses a page read as UTF-8 bytes. */
    public MetricsSnapshot parse(byte[] utf8, Instant takenAt) {
        return parse(new String(utf8, StandardCharsets.UTF_8), takenAt);
    }

    /**
     * Parses a whole page.
     *
     * @param takenAt when the page was read; rates between snapshots use it
     * @throws MetricsFormatException naming the line, when a line is not valid exposition format
     */
    public MetricsSnapshot parse(String page, Instant takenAt) {
        return new Scan(page).run(takenAt);
    }

    /** The state of one parse; lives only for the call, so the parser itself stays thread-safe. */
    private static final class Scan {
        private final String s;
        private final int n;
        private int pos;
        private int line = 1;
        private final List<Sample> samples = new ArrayList<>();
        private final Map<String, MetricType> types = new HashMap<>();
        private final Map<String, String> help = new HashMap<>();
        // Names and label names repeat on every line: share one String per distinct text.
        private final Map<String, String> names = new HashMap<>();
        private String[] labelBuf = new String[16];
        private final StringBuilder escaped = new StringBuilder();

        Scan(String s) {
            this.s = s;
            this.n = s.length();
        }

        MetricsSnapshot run(Instant takenAt) {
            while (pos < n) {
                skipBlanks();
                if (pos >= n) {
                    break;
                }
                char c = s.charAt(pos);
                if (c == '\n' || c == '\r') {
                    endOfLine();
                } else if (c == '#') {
                    comment();
                } else {
                    sample();
                }
            }
            return new MetricsSnapshot(takenAt, samples, types, help);
        }

        private void comment() {
            pos++;
            skipBlanks();
            int wordStart = pos;
            while (pos < n && isNameChar(s.charAt(pos))) {
                pos++;
            }
            String word = s.substring(wordStart, pos);
            if (!word.equals("HELP") && !word.equals("TYPE")) {
                skipToEndOfLine();
                return;
            }
            skipBlanks();
            String name = metricName();
            if (name == null) {
                skipToEndOfLine();
                return;
            }
            if (pos < n && s.charAt(pos) != ' ' && s.charAt(pos) != '\t' && !atLineEnd()) {
                throw error("unexpected '" + s.charAt(pos) + "' after the name in # " + word);
            }
            skipBlanks();
            int textStart = pos;
            int textEnd = lineEnd();
            String text = s.substring(textStart, textEnd).strip();
            pos = textEnd;
            if (word.equals("TYPE")) {
                types.put(name, MetricType.fromText(text));
            } else {
                help.put(name, unescapeHelp(text));
            }
            endOfLine();
        }

        private void sample() {
            String name = metricName();
            if (name == null) {
                throw error("expected a metric name, found '" + s.charAt(pos) + "'");
            }
            skipBlanks();
            Labels labels = Labels.EMPTY;
            if (pos < n && s.charAt(pos) == '{') {
                pos++;
                labels = labels();
                skipBlanks();
            }
            int valueStart = pos;
            while (pos < n && !isBlankOrEnd(s.charAt(pos))) {
                pos++;
            }
            if (valueStart == pos) {
                throw error("sample " + name + " has no value");
            }
            double value = parseValue(valueStart, pos);
            skipBlanks();
            OptionalLong timestamp = OptionalLong.empty();
            if (!atLineEnd()) {
                int tsStart = pos;
                while (pos < n && !isBlankOrEnd(s.charAt(pos))) {
                    pos++;
                }
                timestamp = OptionalLong.of(parseTimestamp(tsStart, pos));
                skipBlanks();
                if (!atLineEnd()) {
                    throw error("unexpected text after the timestamp of " + name);
                }
            }
            samples.add(new Sample(name, labels, value, timestamp));
            endOfLine();
        }

        private Labels labels() {
            int count = 0;
            while (true) {
                skipBlanks();
                if (pos >= n || atLineEnd()) {
                    throw error("labels not closed with '}'");
                }
                if (s.charAt(pos) == '}') {
                    pos++;
                    break;
                }
                String labelName = labelName();
                skipBlanks();
                expect('=', "after label name '" + labelName + "'");
                skipBlanks();
                expect('"', "to open the value of label '" + labelName + "'");
                String value = labelValue();
                if (count + 2 > labelBuf.length) {
                    labelBuf = Arrays.copyOf(labelBuf, labelBuf.length * 2);
                }
                labelBuf[count++] = labelName;
                labelBuf[count++] = value;
                skipBlanks();
                if (pos < n && s.charAt(pos) == ',') {
                    pos++;
                } else if (pos >= n || s.charAt(pos) != '}') {
                    throw error("expected ',' or '}' after the value of label '" + labelName + "'");
                }
            }
            try {
                return Labels.fromPairs(Arrays.copyOf(labelBuf, count), count);
            } catch (IllegalArgumentException e) {
                throw error(e.getMessage());
            }
        }

        private String labelName() {
            int start = pos;
            if (pos < n && isNameStart(s.charAt(pos)) && s.charAt(pos) != ':') {
                pos++;
                while (pos < n && isNameChar(s.charAt(pos)) && s.charAt(pos) != ':') {
                    pos++;
                }
            }
            if (start == pos) {
                throw error("expected a label name, found " + describe(pos));
            }
            return shared(start, pos);
        }

        private String labelValue() {
            int start = pos;
            // Fast path: most values have no escapes, so one substring is enough.
            while (pos < n) {
                char c = s.charAt(pos);
                if (c == '"') {
                    String v = shared(start, pos);
                    pos++;
                    return v;
                }
                if (c == '\\') {
                    break;
                }
                if (c == '\n') {
                    throw error("label value not closed with '\"'");
                }
                pos++;
            }
            escaped.setLength(0);
            escaped.append(s, start, pos);
            while (pos < n) {
                char c = s.charAt(pos);
                if (c == '"') {
                    pos++;
                    return escaped.toString();
                }
                if (c == '\n') {
                    break;
                }
                if (c == '\\' && pos + 1 < n) {
                    char next = s.charAt(pos + 1);
                    switch (next) {
                        case 'n' -> escaped.append('\n');
                        case '\\' -> escaped.append('\\');
                        case '"' -> escaped.append('"');
                        default -> escaped.append('\\').append(next);
                    }
                    pos += 2;
                } else {
                    escaped.append(c);
                    pos++;
                }
            }
            throw error("label value not closed with '\"'");
        }

        private String metricName() {
            int start = pos;
            if (pos < n && isNameStart(s.charAt(pos))) {
                pos++;
                while (pos < n && isNameChar(s.charAt(pos))) {
                    pos++;
                }
            }
            return start == pos ? null : shared(start, pos);
        }

        private double parseValue(int start, int end) {
            double fast = parseSimpleNumber(start, end);
            if (!Double.isNaN(fast)) {
                return fast;
            }
            String text = s.substring(start, end);
            switch (text) {
                case "+Inf", "Inf", "+inf", "inf" -> {
                    return Double.POSITIVE_INFINITY;
                }
                case "-Inf", "-inf" -> {
                    return Double.NEGATIVE_INFINITY;
                }
                case "NaN", "nan" -> {
                    return Double.NaN;
                }
                default -> {
                    try {
                        return Double.parseDouble(text);
                    } catch (NumberFormatException e) {
                        throw error("'" + text + "' is not a number");
                    }
                }
            }
        }

        /**
         * Plain integers and decimals without exponent, up to 15 significant digits, are exact as long / 10^k, which
         * is what most lines hold; anything else returns NaN and goes through {@link Double#parseDouble}.
         */
        private double parseSimpleNumber(int start, int end) {
            int i = start;
            boolean negative = false;
            if (i < end && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
                negative = s.charAt(i) == '-';
                i++;
            }
            long mantissa = 0;
            boolean sawDigit = false;
            int digits = 0;
            int fraction = -1;
            for (; i < end; i++) {
                char c = s.charAt(i);
                if (c >= '0' && c <= '9') {
                    sawDigit = true;
                    mantissa = mantissa * 10 + (c - '0');
                    if (mantissa != 0) {
                        digits++;
                    }
                    if (fraction >= 0) {
                        fraction++;
                    }
                } else if (c == '.' && fraction < 0) {
                    fraction = 0;
                } else {
                    return Double.NaN;
                }
            }
            if (!sawDigit || digits > 15 || fraction > 18) {
                return Double.NaN;
            }
            double v = fraction > 0 ? mantissa / POWERS_OF_TEN[fraction] : mantissa;
            return negative ? -v : v;
        }

        private long parseTimestamp(int start, int end) {
            try {
                return Long.parseLong(s, start, end, 10);
            } catch (NumberFormatException e) {
                throw error("'" + s.substring(start, end) + "' is not a timestamp in milliseconds");
            }
        }

        private String shared(int start, int end) {
            String text = s.substring(start, end);
            String known = names.putIfAbsent(text, text);
            return known == null ? text : known;
        }

        private void expect(char c, String where) {
            if (pos >= n || s.charAt(pos) != c) {
                throw error("expected '" + c + "' " + where + ", found " + describe(pos));
            }
            pos++;
        }

        private String describe(int at) {
            return at >= n || s.charAt(at) == '\n' ? "end of line" : "'" + s.charAt(at) + "'";
        }

        private void skipBlanks() {
            while (pos < n) {
                char c = s.charAt(pos);
                if (c != ' ' && c != '\t') {
                    return;
                }
                pos++;
            }
        }

        private boolean atLineEnd() {
            return pos >= n || s.charAt(pos) == '\n' || s.charAt(pos) == '\r';
        }

        private int lineEnd() {
            int i = pos;
            while (i < n && s.charAt(i) != '\n' && s.charAt(i) != '\r') {
                i++;
            }
            return i;
        }

        private void skipToEndOfLine() {
            pos = lineEnd();
            endOfLine();
        }

        private void endOfLine() {
            if (pos < n && s.charAt(pos) == '\r') {
                pos++;
            }
            if (pos < n && s.charAt(pos) == '\n') {
                pos++;
            }
            line++;
        }

        private MetricsFormatException error(String message) {
            return new MetricsFormatException(line, message);
        }

        private static boolean isBlankOrEnd(char c) {
            return c == ' ' || c == '\t' || c == '\n' || c == '\r';
        }

        private static boolean isNameStart(char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':';
        }

        private static boolean isNameChar(char c) {
            return isNameStart(c) || (c >= '0' && c <= '9');
        }

        private static String unescapeHelp(String text) {
            if (text.indexOf('\\') < 0) {
                return text;
            }
            StringBuilder sb = new StringBuilder(text.length());
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\\' && i + 1 < text.length()) {
                    char next = text.charAt(++i);
                    switch (next) {
                        case 'n' -> sb.append('\n');
                        case '\\' -> sb.append('\\');
                        default -> sb.append('\\').append(next);
                    }
                } else {
                    sb.append(c);
                }
            }
            return sb.toString();
        }
    }

    private static final double[] POWERS_OF_TEN = new double[19];

    static {
        double p = 1;
        for (int i = 0; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = p;
            p *= 10;
        }
    }
}
