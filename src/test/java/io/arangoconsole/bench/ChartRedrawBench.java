package io.arangoconsole.bench;

import io.arangoconsole.core.monitoring.Downsampler;
import io.arangoconsole.core.monitoring.TimeSeries;
import io.arangoconsole.ui.monitoring.ChartData;
import io.arangoconsole.ui.monitoring.SeriesLoader;
import io.arangoconsole.ui.monitoring.TimeCharts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import atlantafx.base.theme.PrimerLight;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.stage.Stage;

/**
 * Benchmark program (not a test): a LineChart fed 24 hours of 1-second samples (3 series of 86,400 points),
 * downsampled as the panes do, redrawn on every pulse for a while in headless Monocle; prints the longest gap
 * between FX pulses during the redraws (goal under 16 ms) and the downsampling time (done off the FX thread).
 * Run with the Monocle classpath and {@code -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw}.
 */
public final class ChartRedrawBench {
    private static final int SECONDS = 86_400;
    private static final int WARM_UP = 60;
    private static final int REDRAWS = 120;
    /** Pulses between redraws: the panes redraw once per sample, never on every frame. */
    private static final int EVERY = 4;

    private ChartRedrawBench() {
    }

    public static void main(String[] args) throws Exception {
        long now = Instant.now().toEpochMilli();
        Map<String, TimeSeries> raw = new LinkedHashMap<>();
        for (String name : List.of("p50", "p95", "p99")) {
            long[] t = new long[SECONDS];
            double[] v = new double[SECONDS];
            double scale = name.equals("p50") ? 5 : name.equals("p95") ? 20 : 60;
            for (int i = 0; i < SECONDS; i++) {
                t[i] = now - (SECONDS - i) * 1000L;
                v[i] = scale * (1 + 0.5 * Math.sin(i / 600.0)) + (i % 997 == 0 ? scale * 5 : 0);
            }
            raw.put(name, new TimeSeries(name, t, v));
        }
        long start = System.nanoTime();
        Map<String, TimeSeries> drawn = new LinkedHashMap<>();
        raw.forEach((name, s) -> drawn.put(name, Downsampler.minMax(s, SeriesLoader.CHART_POINTS)));
        double downsampleMs = (System.nanoTime() - start) / 1e6;
        ChartData data = new ChartData(drawn, List.of(new ChartData.AlertMark(Instant.ofEpochMilli(now - 3_600_000),
                "p95 above 100")));

        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        CountDownLatch done = new CountDownLatch(1);
        List<Long> pulses = new ArrayList<>();
        List<Long> showNanos = new ArrayList<>();
        Platform.runLater(() -> {
            LineChart<Number, Number> chart = new LineChart<>(new NumberAxis(), new NumberAxis());
            TimeCharts.prepare(chart);
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            Stage stage = new Stage();
            stage.setScene(new Scene(chart, 1000, 400));
            stage.show();
            new AnimationTimer() {
                private int frame;

                @Override
                public void handle(long pulseNanos) {
                    frame++;
                    int redraw = frame / EVERY;
                    if (redraw >= WARM_UP) {
                        pulses.add(System.nanoTime());
                    }
                    if (redraw < WARM_UP + REDRAWS) {
                        if (frame % EVERY == 0) {
                            long t0 = System.nanoTime();
                            TimeCharts.show(chart, data);
                            if (redraw >= WARM_UP) {
                                showNanos.add(System.nanoTime() - t0);
                            }
                        }
                    } else {
                        stop();
                        stage.close();
                        done.countDown();
                    }
                }
            }.start();
        });
        if (!done.await(5, TimeUnit.MINUTES)) {
            throw new IllegalStateException("the redraws did not finish");
        }
        long longest = 0;
        List<Long> gaps = new ArrayList<>();
        for (int i = 1; i < pulses.size(); i++) {
            long gap = pulses.get(i) - pulses.get(i - 1);
            gaps.add(gap);
            longest = Math.max(longest, gap);
        }
        gaps.sort(Long::compare);
        System.out.printf("%d points a series downsampled to %d in %.1f ms (3 series, off the FX thread)%n",
                SECONDS, drawn.get("p50").size(), downsampleMs);
        showNanos.sort(Long::compare);
        System.out.printf("%d redraws after %d warm-up ones, one every %d pulses: TimeCharts.show median %.1f ms, "
                + "max %.1f ms%n", showNanos.size(), WARM_UP, EVERY, showNanos.get(showNanos.size() / 2) / 1e6,
                showNanos.get(showNanos.size() - 1) / 1e6);
        System.out.printf("%d pulse gaps: median %.1f ms, p99 %.1f ms, longest %.1f ms%n", gaps.size(),
                gaps.get(gaps.size() / 2) / 1e6, gaps.get(gaps.size() * 99 / 100) / 1e6, longest / 1e6);
        Platform.exit();
    }
}
