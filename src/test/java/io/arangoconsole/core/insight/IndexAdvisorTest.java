package io.arangoconsole.core.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arangoconsole.core.indexes.ExistingIndex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class IndexAdvisorTest {
    private final Map<String, List<ExistingIndex>> indexes = new HashMap<>();
    private final Map<String, Double> samples = new HashMap<>();
    private final List<String> sampled = new ArrayList<>();
    private final IndexAdvisor advisor = new IndexAdvisor(c -> indexes.getOrDefault(c, List.of()), (c, a) -> {
        sampled.add(c + "." + a);
        Double s = samples.get(a);
        return s == null ? OptionalDouble.empty() : OptionalDouble.of(s);
    });

    private static ShapeEvidence shape(String text, long count, double p95, ScanAccess... scans) {
        QueryPlan plan = new QueryPlan(List.of(), List.of(), List.of(), 0, 0, List.of(scans), Map.of());
        return new ShapeEvidence(QueryShape.of(text), count, p95, p95, plan);
    }

    private static ScanAccess scan(List<String> eq, List<String> range, List<String> sort, List<String> or,
                                   long limit) {
        return new ScanAccess("c", 2, 10_000, eq, range, sort, or, limit);
    }

    @Test
    void equalityBySelectivityThenOneRangeAndTheSortIsDroppedWhenTheRangeBreaksTheOrder() {
        samples.put("kind", 0.001);
        samples.put("owner", 0.5);
        List<IndexAdvice> advice = advisor.advise(List.of(shape("Q1", 3, 120,
                scan(List.of("kind", "owner"), List.of("day", "hour"), List.of("name"), List.of(), -1))));
        assertEquals(1, advice.size());
        assertEquals(List.of("owner", "kind", "day"), advice.get(0).fields());
        assertEquals(-1, advice.get(0).docsWith(), "a range's share is not guessed");
        assertEquals(10_000, advice.get(0).docsWithout());
    }

    @Test
    void aSortWithLimitIsServedAndReadsOnlyTheLimit() {
        IndexAdvice a = advisor.advise(List.of(shape("Q", 5, 900, scan(List.of(), List.of(), List.of("day"),
                List.of(), 1)))).get(0);
        assertEquals(List.of("day"), a.fields());
        assertEquals(1, a.docsWith());
        assertTrue(a.evidence().contains("5 runs of 1 shape, p95 900.0 ms: EnumerateCollectionNode #2 reads all "
                + "10,000 documents of c; with an index on [day] about 1."), a.evidence());
    }

    @Test
    void theSortFollowsTheEqualitiesAndARangeOnTheSortAttribute() {
        assertEquals(List.of("state", "day"), advisor.proposal(scan(List.of("state"), List.of(), List.of("day"),
                List.of(), -1)));
        assertEquals(List.of("state", "day", "hour"), advisor.proposal(scan(List.of("state"), List.of("day"),
                List.of("day", "hour"), List.of(), -1)));
    }

    @Test
    void anOrOnlyAttributeIsNeverProposed() {
        assertTrue(advisor.advise(List.of(shape("Q", 1, 1, scan(List.of(), List.of(), List.of(),
                List.of("a", "b"), -1)))).isEmpty());
    }

    @Test
    void anIndexThatExistsOrStartsWithTheProposalServesIt() {
        indexes.put("c", List.of(new ExistingIndex("c", "c/0", "primary", "primary", List.of("_key"), true, false,
                1.0, -1, false, 100), ExistingIndex.persistent("c", "c/1", "ix", List.of("state", "day"), false,
                false)));
        assertTrue(advisor.advise(List.of(shape("Q", 1, 1, scan(List.of("state"), List.of(), List.of(), List.of(),
                -1)))).isEmpty(), "[state] is a prefix of [state, day]");
        assertEquals(List.of("day"), advisor.advise(List.of(shape("Q", 1, 1, scan(List.of(), List.of("day"),
                List.of(), List.of(), -1)))).get(0).fields(), "[day] is not a prefix of [state, day]");
    }

    @Test
    void anIndexEstimateIsUsedBeforeASampleAndFiguresTheDocumentsRead() {
        indexes.put("c", List.of(new ExistingIndex("c", "c/1", "ix", "persistent", List.of("owner"), false, true,
                0.01, -1, false, 100)));
        IndexAdvice a = advisor.advise(List.of(shape("Q", 2, 10, scan(List.of("owner"), List.of(), List.of(),
                List.of(), -1)))).get(0);
        assertEquals(List.of("owner"), a.fields(), "a sparse index does not serve a filter that may match null");
        assertEquals(100, a.docsWith(), "10,000 documents over 100 distinct owners");
        assertTrue(sampled.isEmpty(), "the estimate spared the sample: " + sampled);
    }

    @Test
    void aProposalThatIsAPrefixOfAnotherFoldsIntoItAndCountsAdd() {
        samples.put("state", 0.01);
        List<IndexAdvice> advice = advisor.advise(List.of(
                shape("A", 4, 50, scan(List.of("state"), List.of(), List.of(), List.of(), -1)),
                shape("B", 1, 80, scan(List.of("state"), List.of(), List.of("day"), List.of(), -1))));
        assertEquals(1, advice.size());
        assertEquals(List.of("state", "day"), advice.get(0).fields());
        assertEquals(5, advice.get(0).count());
        assertEquals(80, advice.get(0).p95Ms());
        assertEquals("A", advice.get(0).shape(), "the shape with most runs speaks for the advice");
        assertEquals(2, advice.get(0).shapeIds().size());
    }

    @Test
    void aShapeWithoutAPlanOrWithoutFilterGivesNoAdvice() {
        assertTrue(advisor.advise(List.of(new ShapeEvidence(QueryShape.of("X"), 9, 9, 9, null),
                shape("count", 9, 9, scan(List.of(), List.of(), List.of(), List.of(), -1)))).isEmpty());
    }
}
