package io.arangoconsole.ui.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.arangodb.model.PersistentIndexOptions;
import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.core.monitoring.LagSeries;
import io.arangoconsole.core.monitoring.SeriesNames;
import io.arangoconsole.core.monitoring.TimeSeries;
import io.arangoconsole.sandbox.Sandbox;
import io.arangoconsole.sandbox.SandboxConfig;
import io.arangoconsole.ui.monitoring.ChartData;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Overview's 24 h lag chart against a replica that is behind: the lag of each collection with a freshness
 * attribute is sampled for real ({@link LagSeries} over both sandboxes, three polls), the chart plots the chosen
 * collection's samples, switching the collection switches the series, and a fired lag alert is drawn as its red
 * line. The history file itself is left out (the loader keeps the samples in memory, keyed by the series names the
 * monitoring history uses): its writing and reading are tested with the monitoring history.
 */
@ExtendWith(ApplicationExtension.class)
class OverviewLagChartFxTest {
    private static final String RULE = "lag of va_table over 5 min for 2 samples";

    private OverviewFixture fixture;
    private OverviewViewModel model;
    private final Map<String, List<double[]>> samples = new java.util.concurrent.ConcurrentHashMap<>();

    @Start
    void start(Stage primaryStage) {
        fixture = new OverviewFixture(Sandbox.start(SandboxConfig.defaults().withRecords(1_200)),
                Sandbox.start(SandboxConfig.defaults().withRecords(1_100)));
        for (ConnectionTarget t : List.of(fixture.primaryTarget, fixture.replicaTarget)) {
            var db = fixture.clients.client(t).db("demo");
            db.collection("va_table").ensurePersistentIndex(List.of("submissiondate"), new PersistentIndexOptions());
            db.collection("ccva_results").ensurePersistentIndex(List.of("created_at"), new PersistentIndexOptions());
        }
        // the primary gets a record 10 min (va_table) and 5 min (ccva_results) newer than the replica's latest
        var db = fixture.clients.client(fixture.primaryTarget).db("demo");
        aheadBy(db, "va_table", "submissiondate", 600);
        aheadBy(db, "ccva_results", "created_at", 300);
        model = fixture.show(io.arangoconsole.core.stats.AttributeOverrides::new);
        model.setLagHistory(this::history);
        fixture.stage();
    }

    private static void aheadBy(com.arangodb.ArangoDatabase db, String collection, String attribute, long seconds) {
        String latest = db.query("FOR d IN " + collection + " SORT d." + attribute + " DESC LIMIT 1 RETURN d."
                + attribute, String.class).next();
        Instant newer = io.arangoconsole.core.stats.DateValues.instant(
                com.fasterxml.jackson.databind.node.TextNode.valueOf(latest)).plusSeconds(seconds);
        db.collection(collection).insertDocument(Map.of(attribute, newer.toString()));
    }

    /** Three real lag samples of {@code collection}, a minute apart; the alert fired at the second. Worker thread. */
    private ChartData history(String collection) {
        List<double[]> points = samples.computeIfAbsent(collection, c -> {
            LagSeries lag = new LagSeries(model::driftService);
            List<double[]> out = new ArrayList<>();
            long now = Instant.now().toEpochMilli();
            for (int i = 0; i < 3; i++) {
                Double seconds = lag.get().get(SeriesNames.lagSeconds(c));
                out.add(new double[] {now - (2 - i) * 60_000L, seconds == null ? Double.NaN : seconds});
            }
            return out;
        });
        long[] times = points.stream().mapToLong(x -> (long) x[0]).toArray();
        double[] values = points.stream().mapToDouble(x -> x[1]).toArray();
        List<ChartData.AlertMark> marks = collection.equals("va_table")
                ? List.of(new ChartData.AlertMark(Instant.ofEpochMilli(times[1]), RULE)) : List.of();
        return new ChartData(Map.of(collection, new TimeSeries(SeriesNames.lagSeconds(collection), times, values)),
                marks);
    }

    @AfterEach
    void stop(FxRobot robot) {
        fixture.close(robot);
    }

    @Test
    void theLagOfEachCollectionIsPlottedWithTheAlertLine(FxRobot robot) throws Exception {
        LineChart<Number, Number> chart = robot.lookup("#lagChart").query();
        ComboBox<String> choice = robot.lookup("#lagChoice").queryComboBox();
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> choice.getItems().size() == 2
                    && !chart.getData().isEmpty());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("choices " + choice.getItems() + ", chart " + names(chart) + ", drift "
                    + model.drift(), e);
        }
        assertEquals(List.of("ccva_results", "va_table"), choice.getItems().stream().sorted().toList(),
                "every collection with a freshness attribute can be charted");

        robot.interact(() -> choice.setValue("va_table"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> series(chart, "va_table").isPresent());
        WaitForAsyncUtils.waitForFxEvents(); // the chart builds a series' line while it adds it: read after that
        XYChart.Series<Number, Number> va = series(chart, "va_table").orElseThrow();
        assertEquals(3, va.getData().size(), "one point per sample");
        for (XYChart.Data<Number, Number> point : va.getData()) {
            assertEquals(600, point.getYValue().doubleValue(), 1, "the replica is 10 min behind: " + point);
        }
        XYChart.Series<Number, Number> alert = series(chart, "alert: " + RULE).orElseThrow(() ->
                new AssertionError("no alert line among " + names(chart)));
        assertEquals(2, alert.getData().size(), "a vertical line: two points at one time");
        assertEquals(alert.getData().get(0).getXValue(), va.getData().get(1).getXValue(),
                "drawn where the alert fired");
        assertTrue(alert.getNode().getStyle().contains("-color-danger-fg"), "drawn in the danger colour");

        robot.interact(() -> choice.setValue("ccva_results"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> series(chart, "ccva_results").isPresent());
        WaitForAsyncUtils.waitForFxEvents(); // the chart builds a series' line while it adds it: read after that
        assertEquals(List.of("ccva_results"), names(chart), "one collection at a time, no alert on this one");
        XYChart.Series<Number, Number> ccva = series(chart, "ccva_results").orElseThrow();
        assertEquals(3, ccva.getData().size());
        assertEquals(300, ccva.getData().get(0).getYValue().doubleValue(), 1, "5 min behind");
    }

    private static Optional<XYChart.Series<Number, Number>> series(LineChart<Number, Number> chart, String name) {
        return chart.getData().stream().filter(s -> name.equals(s.getName())).findFirst();
    }

    private static List<String> names(LineChart<Number, Number> chart) {
        return chart.getData().stream().map(XYChart.Series::getName).toList();
    }
}
