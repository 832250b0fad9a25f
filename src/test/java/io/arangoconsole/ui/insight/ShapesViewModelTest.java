package io.arangoconsole.ui.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arangoconsole.core.insight.AdviceReport;
import io.arangoconsole.core.insight.IndexAdvice;
import io.arangoconsole.core.insight.QueryShape;
import io.arangoconsole.core.insight.ShapeStats;
import io.arangoconsole.core.insight.ShapeSummary;
import io.arangoconsole.ui.common.InlineTaskRunner;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShapesViewModelTest {

    private static ShapeStats stats(String id, String text) {
        return new ShapeStats("s", id, text, 3, 10, 20, 30, 4096, List.of("demo"), Instant.EPOCH, Instant.EPOCH,
                null, text, Map.of());
    }

    @Test
    void adviceFillsEachShapesPlanAndAdviceColumns() {
        ShapeStats scan = stats("a1", "FOR d IN c FILTER d.x == ? RETURN d");
        ShapeStats count = stats("b2", "RETURN LENGTH(FOR d IN c RETURN 1)");
        ShapeStats broken = stats("c3", "FOR d IN gone RETURN d");
        AdviceReport report = new AdviceReport(List.of(
                new ShapeSummary(new QueryShape(scan.text(), "a1"), 3, 10, 20, 30, true, null),
                new ShapeSummary(new QueryShape(count.text(), "b2"), 3, 10, 20, 30, true, null),
                new ShapeSummary(new QueryShape(broken.text(), "c3"), 3, 10, 20, 30, null, "Collection gone.")),
                List.of(new IndexAdvice("c", List.of("x"), scan.text(), List.of("a1"), 3, 20, 2, 1000, 10, "ev")));
        ShapesViewModel model = new ShapesViewModel(new InlineTaskRunner(), shapes -> report);
        model.show(List.of(scan, count, broken));
        assertEquals("", model.rows().get(0).advice(), "no advice before Advise");
        model.advise();
        assertEquals("persistent [x] on c", model.rows().get(0).advice());
        assertEquals("full scan", model.rows().get(0).fullScan());
        assertEquals("scans; no persistent index would serve it", model.rows().get(1).advice());
        assertEquals("not explained", model.rows().get(2).fullScan());
        assertEquals("Collection gone.", model.rows().get(2).advice());
        assertEquals(1, model.advice().size());
        assertEquals("1 index proposed for 3 shapes.", model.messageProperty().get());
        assertFalse(model.busyProperty().get());
    }

    @Test
    void addToPlanSaysWhatThePlanDidAndAShapeThatStoppedParsingShowsItsLastPlanMarked() {
        ShapesViewModel model = new ShapesViewModel(new InlineTaskRunner(), shapes -> null);
        model.addToPlan(new AdviceRow(new IndexAdvice("c", List.of("x"), "S", List.of("a1"), 3, 20, 2, 1000, 10,
                "ev"), ""));
        assertEquals("The Indexes pane's plan is not available here.", model.planFeedbackProperty().get());
        model.enablePlan(a -> "Added [" + String.join(", ", a.fields()) + "] on " + a.collection() + ".");
        model.addToPlan(new AdviceRow(new IndexAdvice("c", List.of("x"), "S", List.of("a1"), 3, 20, 2, 1000, 10,
                "ev"), ""));
        assertEquals("Added [x] on c.", model.planFeedbackProperty().get());

        ShapeStats broken = new ShapeStats("s", "d4", "FOR d IN c FILTER d.x == ? RETURN d", 3, 10, 20, 30, -1,
                List.of("demo"), Instant.EPOCH, Instant.EPOCH, true, "q", Map.of(), List.of(),
                "no longer parses: syntax error, unexpected identifier near 'x' at position 1:19");
        model.show(List.of(broken));
        assertEquals("full scan (last plan)", model.rows().get(0).fullScan());
        assertEquals("no longer parses: syntax error, unexpected identifier near 'x' at position 1:19",
                model.rows().get(0).advice());
        assertEquals(1, model.rows().size(), "kept, not dropped");
    }

    @Test
    void theMessageSaysWhetherTheServersQueryLogIsRead() {
        ShapesViewModel model = new ShapesViewModel(new InlineTaskRunner(), shapes -> null);
        model.queryLog(false);
        model.show(List.of());
        assertTrue(model.messageProperty().get().contains("The server keeps no query log"),
                model.messageProperty().get());
        model.queryLog(true);
        model.show(List.of());
        assertEquals("0 shapes seen on this server (slow log, running list, query log, this pane's runs).",
                model.messageProperty().get());
    }
}
