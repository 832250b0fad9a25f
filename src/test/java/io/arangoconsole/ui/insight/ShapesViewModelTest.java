package io.arangoconsole.ui.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
}
