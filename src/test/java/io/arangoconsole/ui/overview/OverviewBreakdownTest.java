package io.arangoconsole.ui.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.github.benmanes.caffeine.cache.Ticker;
import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.core.stats.NaiveComparison;
import io.arangoconsole.core.stats.PlanSummary;
import io.arangoconsole.core.stats.StatsReader;
import io.arangoconsole.core.stats.StatsService;
import io.arangoconsole.core.stats.StatsSession;
import io.arangoconsole.core.stats.StatsSettings;
import io.arangoconsole.core.stats.StatsSource;
import io.arangoconsole.core.stats.AttributeDetector;
import io.arangoconsole.core.stats.AttributeOverrides;
import io.arangoconsole.core.stats.IndexInfo;
import io.arangoconsole.ui.common.InlineTaskRunner;
import io.arangoconsole.ui.common.ManualPoller;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

/**
 * The chart's data when a server does serve the status grouping from an index (ArangoDB with index-backed COLLECT;
 * the sandbox's optimizer does not yet, so this source stands in for such a server).
 */
class OverviewBreakdownTest {

    /** A server whose plan for the grouping is index-backed. */
    private static final class IndexedServer implements StatsSource {
        @Override
        public String target() {
            return "primary";
        }

        @Override
        public List<String> collections() {
            return List.of("tickets");
        }

        @Override
        public long count(String collection) {
            return 3;
        }

        @Override
        public Figures figures(String collection) {
            return new Figures(3_000, 2, 500);
        }

        @Override
        public List<IndexInfo> indexes(String collection) {
            return List.of(new IndexInfo("primary", "primary", List.of("_key"), true, false, 1.0),
                    IndexInfo.persistent(2 / 3.0, "status"));
        }

        @Override
        public PlanSummary explain(String query, Map<String, Object> bindVars) {
            return query.contains("COLLECT")
                    ? new PlanSummary(List.of("SingletonNode", "IndexNode", "CollectNode", "ReturnNode"),
                            List.of("idx_status"), 12)
                    : new PlanSummary(List.of("SingletonNode", "EnumerateCollectionNode", "SortNode"), List.of(), 99);
        }

        @Override
        public List<JsonNode> query(String query, Map<String, Object> bindVars) {
            JsonNodeFactory f = JsonNodeFactory.instance;
            if (query.equals(AttributeDetector.sampleQuery())) {
                return List.of(f.objectNode().put("status", "pending").put("opened", "2026-01-02T10:00:00Z")
                        .put("_key", "a"), f.objectNode().put("status", "coded").put("opened", "2026-01-03T10:00:00Z").put("_key", "b"));
            }
            return List.of(f.arrayNode().add("pending").add(2), f.arrayNode().add("coded").add(1));
        }
    }

    @Test
    void anIndexBackedBreakdownFillsTheChart() {
        StatsSettings settings = StatsSettings.defaults();
        StatsSource server = new IndexedServer();
        AttributeOverrides overrides = new AttributeOverrides();
        StatsService service = new StatsService(() -> server, new StatsReader(overrides, Clock.systemUTC()), settings,
                Runnable::run, Ticker.systemTicker());
        StatsSession session = new StatsSession(service, new NaiveComparison(() -> server), null, settings,
                overrides);
        ManualPoller poller = new ManualPoller();
        OverviewViewModel model = new OverviewViewModel(new SimpleObjectProperty<>(new ConnectionTarget("http://x:1",
                null, null, "demo", ConnectionTarget.Label.PRIMARY)), t -> session, new InlineTaskRunner(), poller,
                Clock.systemUTC());
        model.activate();

        assertEquals(List.of(new StatusSlice("pending", 2), new StatusSlice("coded", 1)), model.breakdown());
        assertEquals("Documents per status, read through an index", model.breakdownNoteProperty().get());
        assertEquals("no freshness attribute: status holds no dates; opened holds ISO dates but is not indexed: an "
                + "index on [opened] would serve it", model.cards().get(0).watermarkNote());
        assertEquals("breakdown by status (detected)", model.cards().get(0).breakdown());
        model.close();
    }
}
