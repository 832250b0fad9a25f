package io.arangoconsole.sandbox.metrics;

import java.util.Locale;

/** Writes Prometheus text format 0.0.4 with the server's labels ({@code role="SINGLE"}, ...) on every sample. */
final class PrometheusText {
    private final String labels;
    private final StringBuilder out = new StringBuilder(8192);

    PrometheusText(String labels) {
        this.labels = labels;
    }

    void counter(String name, String help, double value) {
        header(name, help, "counter");
        sample(name, labels, value);
    }

    void gauge(String name, String help, double value) {
        header(name, help, "gauge");
        sample(name, labels, value);
    }

    /** {@code leFirst}: ArangoDB puts {@code le} before {@code role} for the connection statistics histograms. */
    void histogram(String name, String help, Histogram h, boolean leFirst) {
        header(name, help, "histogram");
        double[] bounds = h.bounds();
        for (int i = 0; i < bounds.length; i++) {
            bucket(name, number(bounds[i]), h.cumulative(i), leFirst);
        }
        long count = h.count();
        bucket(name, "+Inf", count, leFirst);
        sample(name + "_count", labels, count);
        sample(name + "_sum", labels, h.sum());
    }

    private void bucket(String name, String le, long value, boolean leFirst) {
        String all = leFirst ? "le=\"" + le + "\"," + labels : labels + ",le=\"" + le + "\"";
        sample(name + "_bucket", all, value);
    }

    private void header(String name, String help, String type) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n');
        out.append("# TYPE ").append(name).append(' ').append(type).append('\n');
    }

    private void sample(String name, String labels, double value) {
        out.append(name).append('{').append(labels).append("} ").append(number(value)).append('\n');
    }

    private static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.6f", v).replaceFirst("0+$", "");
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
