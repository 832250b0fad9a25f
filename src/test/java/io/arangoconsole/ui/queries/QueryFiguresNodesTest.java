package io.arangoconsole.ui.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.arangoconsole.core.monitoring.SeriesNames;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Queries chart's node choice: this server's own series, one node's, or every node's, named by node. */
class QueryFiguresNodesTest {

    @Test
    void theNodeChoicePicksTheNodesSeriesNamedByShortName() {
        List<String> nodes = List.of("Coordinator0001", "DBServer0001");
        assertEquals(QueryFigures.series(ChartKind.SERVER_RATES, List.of()),
                QueryFigures.series(ChartKind.SERVER_RATES, List.of(), QueryFigures.THIS_SERVER, nodes));

        Map<String, String> one = new LinkedHashMap<>();
        one.put(SeriesNames.onNode(SeriesNames.QUERIES_PER_S, "DBServer0001"), "queries/s · DBServer0001");
        one.put(SeriesNames.onNode(SeriesNames.HTTP_REQUESTS_PER_S, "DBServer0001"), "HTTP requests/s · DBServer0001");
        assertEquals(one, QueryFigures.series(ChartKind.SERVER_RATES, List.of(), "DBServer0001", nodes));

        Map<String, String> all = QueryFigures.series(ChartKind.SERVER_QUERY_TIME, List.of(), QueryFigures.ALL_NODES,
                nodes);
        assertEquals(6, all.size());
        assertEquals("p95 · Coordinator0001", all.get("server.aql.query_time.p95_ms@Coordinator0001"));
        assertEquals("DBServer0001", SeriesNames.nodeOf("server.aql.query_time.p95_ms@DBServer0001"));
        assertEquals(null, SeriesNames.nodeOf(SeriesNames.AQL_P95_MS));
    }
}
