package io.arangoconsole.ui.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arangoconsole.core.insight.PlanIndex;
import io.arangoconsole.core.insight.PlanStep;
import io.arangoconsole.core.insight.QueryPlan;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlanRowTest {

    private static PlanStep step(int id, String type, String collection, List<PlanIndex> indexes) {
        return new PlanStep(id, type, id == 1 ? List.of() : List.of(id - 1), 100, 10.5, collection, indexes,
                type.equals("EnumerateCollectionNode"), null, List.of(),
                new PlanStep.NodeProfile(2, 100, 0.0015));
    }

    @Test
    void aFlattenedSubqueryIsABranchAndTheScanIsMarked() {
        QueryPlan plan = new QueryPlan(List.of(step(1, "SingletonNode", null, List.of()),
                step(2, "SubqueryStartNode", null, List.of()),
                step(3, "EnumerateCollectionNode", "orders", List.of()),
                step(4, "SubqueryEndNode", null, List.of()),
                step(5, "IndexNode", "events", List.of(new PlanIndex("idx_ts", "persistent", List.of("type", "ts"),
                        0.4))),
                step(6, "ReturnNode", null, List.of())), List.of(), List.of(), 42, 1, List.of(), Map.of());
        List<PlanRow> rows = PlanRow.of(plan);
        assertEquals(List.of(1, 2, 5, 6), rows.stream().map(PlanRow::id).toList());
        PlanRow start = rows.get(1);
        assertEquals(List.of(3, 4), start.children().stream().map(PlanRow::id).toList());
        PlanRow scan = start.children().get(0);
        assertTrue(scan.fullScan());
        assertEquals("FULL COLLECTION SCAN of orders", scan.access());
        assertEquals("persistent index idx_ts [type, ts] on events", rows.get(2).access());
        assertFalse(rows.get(2).fullScan());
        assertEquals("1.500 ms", scan.runtime());
        assertEquals("100", scan.items());
        assertEquals("11", scan.estimatedCost(), "10.5 shown whole, as the summary line shows costs");
        assertEquals(6, rows.stream().mapToInt(r -> r.flatten().size()).sum());
    }

    @Test
    void aNestedSubqueryIsABranchToo() {
        PlanStep inner = step(3, "EnumerateCollectionNode", "c", List.of());
        PlanStep sub = new PlanStep(2, "SubqueryNode", List.of(1), 1, 1, null, List.of(), false, null,
                List.of(inner), null);
        QueryPlan plan = new QueryPlan(List.of(step(1, "SingletonNode", null, List.of()), sub), List.of(),
                List.of(), 1, 1, List.of(), Map.of());
        List<PlanRow> rows = PlanRow.of(plan);
        assertEquals(2, rows.size());
        assertEquals(3, rows.get(1).children().get(0).id());
        assertEquals("", rows.get(1).runtime(), "an explain has no runtime");
    }
}
