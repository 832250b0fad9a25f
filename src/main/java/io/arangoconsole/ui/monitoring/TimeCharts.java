package io.arangoconsole.ui.monitoring;

import io.arangoconsole.core.monitoring.TimeSeries;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.util.StringConverter;

/**
 * Draws {@link ChartData} into a {@link LineChart} whose x axis is epoch milliseconds: one line per series, and
 * each alert that fired as a dashed vertical line named after its rule. Charts are not animated and draw the
 * already downsampled points only, so a redraw stays well inside one frame.
 */
public final class TimeCharts {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm")
            .withZone(ZoneId.systemDefault());
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss")
            .withZone(ZoneId.systemDefault());
    /** Below this span the ticks are seconds apart, so minutes alone would repeat. */
    private static final long SHOW_SECONDS_BELOW_MILLIS = 20 * 60_000L;
    private static final String MARK_PREFIX = "alert: ";
    private static final String MARK_STYLE = "-fx-stroke: -color-danger-fg; -fx-stroke-width: 2; "
            + "-fx-stroke-dash-array: 6 4;";

    private TimeCharts() {
    }

    /** Sets up a chart built in FXML: no animation, no symbols, clock times on the x axis. */
    public static void prepare(LineChart<Number, Number> chart) {
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        NumberAxis x = (NumberAxis) chart.getXAxis();
        x.setForceZeroInRange(false);
        x.setAnimated(false);
        x.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number millis) {
                boolean close = x.getUpperBound() - x.getLowerBound() < SHOW_SECONDS_BELOW_MILLIS;
                return (close ? SECONDS : CLOCK).format(Instant.ofEpochMilli(millis.longValue()));
            }

            @Override
            public Number fromString(String text) {
                return 0;
            }
        });
        ((NumberAxis) chart.getYAxis()).setAnimated(false);
    }

    /** Replaces what the chart shows with {@code data}. */
    public static void show(LineChart<Number, Number> chart, ChartData data) {
        List<XYChart.Series<Number, Number>> all = new ArrayList<>();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Map.Entry<String, TimeSeries> e : data.series().entrySet()) {
            TimeSeries s = e.getValue();
            List<XYChart.Data<Number, Number>> points = new ArrayList<>(s.size());
            for (int i = 0; i < s.size(); i++) {
                double v = s.value(i);
                if (Double.isFinite(v)) {
                    points.add(new XYChart.Data<>(s.timesMillis()[i], v));
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
            XYChart.Series<Number, Number> series = new XYChart.Series<>();
            series.setName(e.getKey());
            series.getData().setAll(points);
            all.add(series);
        }
        List<XYChart.Series<Number, Number>> marks = new ArrayList<>();
        if (min <= max) {
            for (ChartData.AlertMark mark : data.marks()) {
                XYChart.Series<Number, Number> line = new XYChart.Series<>();
                line.setName(MARK_PREFIX + mark.rule());
                long t = mark.at().toEpochMilli();
                line.getData().add(new XYChart.Data<>(t, min));
                line.getData().add(new XYChart.Data<>(t, max == min ? max + 1 : max));
                marks.add(line);
            }
        }
        all.addAll(marks);
        NumberAxis x = (NumberAxis) chart.getXAxis();
        if (data.from() != null && data.to() != null) {
            // The whole chosen window, so "5 min" looks like five minutes even while history is still short.
            long from = data.from().toEpochMilli();
            long to = data.to().toEpochMilli();
            x.setAutoRanging(false);
            x.setLowerBound(from);
            x.setUpperBound(to);
            x.setTickUnit((to - from) / 6.0);
        } else {
            x.setAutoRanging(true);
        }
        chart.getData().setAll(all);
        chart.setTitle(data.isEmpty() ? "No samples in this time window yet" : null);
        for (XYChart.Series<Number, Number> line : marks) {
            if (line.getNode() != null) {
                line.getNode().setStyle(MARK_STYLE);
            }
        }
        // The legend would give the marks the next palette colour; make their symbol match the red lines.
        for (Node item : chart.lookupAll(".chart-legend-item")) {
            if (item instanceof Label label && label.getText() != null && label.getText().startsWith(MARK_PREFIX)
                    && label.getGraphic() != null) {
                label.getGraphic().setStyle("-fx-background-color: -color-danger-fg, -color-bg-default;");
            }
        }
    }
}
