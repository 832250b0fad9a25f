package io.arangoconsole.core.arango;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.arangodb.ArangoDatabase;
import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.core.insight.AdviceReport;
import io.arangoconsole.core.insight.AdviceService;
import io.arangoconsole.core.insight.IndexAdvice;
import io.arangoconsole.core.insight.InsightException;
import io.arangoconsole.core.insight.ObservedQuery;
import io.arangoconsole.core.insight.QueryPlan;
import io.arangoconsole.core.insight.ReplayedWorkload;
import io.arangoconsole.core.insight.ShapeSummary;
import io.arangoconsole.sandbox.Sandbox;
import io.arangoconsole.sandbox.SandboxConfig;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Query insight against a sandbox over real HTTP with the real driver. */
class InsightArangoSandboxTest {
    private static Sandbox sandbox;
    private static Sandbox shop;
    private static ArangoClients clients;

    @BeforeAll
    static void start() {
        sandbox = Sandbox.start(new SandboxConfig("127.0.0.1", 0, 2_000, SandboxConfig.DEFAULT_SEED, false, null));
        shop = Sandbox.start(new SandboxConfig("127.0.0.1", 0, 2_000, SandboxConfig.DEFAULT_SEED, false, null,
                SandboxConfig.Dataset.SHOP));
        clients = new ArangoClients();
    }

    @AfterAll
    static void stop() {
        clients.close();
        sandbox.close();
        shop.close();
    }

    private static ConnectionTarget target(String database) {
        return new ConnectionTarget((database.equals("shop") ? shop : sandbox).url(), "root", "", database,
                ConnectionTarget.Label.SANDBOX);
    }

    @ParameterizedTest
    @FieldSource("io.arangoconsole.core.insight.ReplayedWorkload#ALL")
    void theAdviceProposesThePlansIndexesFromTheWorkloadAlone(ReplayedWorkload workload) {
        workload.replay(clients.client(target(workload.database())));
        AdviceService service = new AdviceService(new InsightArango(clients, target(workload.database())));
        List<ObservedQuery> runs = service.observe(null);
        assertEquals(workload.runs().size(), runs.size(), "each run counted once: " + runs);
        AdviceReport report = service.advise(runs);
        assertEquals(runs.size(), service.observe(null).size(), "the advisor's own samples are not workload");

        workload.expected().forEach((collection, indexes) -> {
            for (List<String> fields : indexes) {
                assertTrue(report.advice().stream().anyMatch(a -> a.collection().equals(collection)
                        && a.fields().equals(fields)), collection + " " + fields + " proposed: " + report.advice());
            }
        });
        assertEquals(workload.expected().values().stream().mapToInt(List::size).sum(), report.advice().size(),
                "nothing else proposed: " + report.advice());
        assertTrue(report.shapes().stream().allMatch(s -> s.explainError() == null), report.shapes().toString());
    }

    @Test
    void theSurveyAdviceCarriesItsEvidence() {
        ReplayedWorkload workload = ReplayedWorkload.SURVEY;
        workload.replay(clients.client(target(workload.database())));
        AdviceService service = new AdviceService(new InsightArango(clients, target(workload.database())));
        AdviceReport report = service.advise(service.observe(null));
        IndexAdvice byTask = report.advice().stream().filter(a -> a.shape().contains("== @task")).findFirst()
                .orElseThrow();
        assertTrue(byTask.evidence().contains("3 runs of 1 shape"), byTask.evidence());
        assertTrue(byTask.docsWithout() > byTask.docsWith() && byTask.docsWith() > 0, byTask.toString());
        IndexAdvice byStatus = report.advice().stream().filter(a -> a.shape().contains("status")).findFirst()
                .orElseThrow();
        assertTrue(byStatus.evidence().startsWith("3 runs of 2 shapes"), "a literal and a bind parameter are two "
                + "shapes of one index: " + byStatus.evidence());
        ShapeSummary count = report.shapes().stream().filter(s -> s.shape().text().startsWith("LET"))
                .findFirst().orElseThrow();
        assertEquals(Boolean.TRUE, count.fullScan(), "the naive count scans, though no index would help it");
        assertTrue(report.shapes().stream().allMatch(s -> s.explainError() == null), report.shapes().toString());
    }

    @Test
    void explainNamesTheScanAndAfterABuildTheIndex() {
        InsightArango insight = new InsightArango(clients, target("demo"));
        String query = "FOR d IN system_configs FILTER d.type == @t RETURN d";
        QueryPlan before = insight.explain(query, Map.of("t", "x"));
        assertTrue(before.fullScan());
        assertEquals(List.of("type"), before.scans().get(0).equality());
        assertEquals("d.type == @t", before.allSteps().stream().filter(s -> s.type().equals("FilterNode"))
                .findFirst().orElseThrow().condition());

        ArangoDatabase db = clients.client(target("demo")).db("demo");
        db.collection("system_configs").ensurePersistentIndex(List.of("type"), null);
        QueryPlan after = insight.explain(query, Map.of("t", "x"));
        assertFalse(after.fullScan());
        assertTrue(after.allSteps().stream().anyMatch(s -> s.type().equals("IndexNode")
                && s.indexes().get(0).fields().equals(List.of("type"))), after.steps().toString());
        assertTrue(insight.indexes("system_configs").stream().anyMatch(i -> i.fields().equals(List.of("type"))));
    }

    @Test
    void aSampleMeasuresSelectivityWithinItsBound() {
        InsightArango insight = new InsightArango(clients, target("demo"));
        OptionalDouble keys = insight.sampleSelectivity("va_table", "_key", 100);
        assertEquals(1.0, keys.orElseThrow(), 1e-9);
        OptionalDouble status = insight.sampleSelectivity("va_table", "status", 100);
        assertTrue(status.orElseThrow() < 0.2, "a handful of statuses: " + status);
        assertTrue(insight.sampleSelectivity("va_table", "no_such_attribute", 100).isEmpty());
        Map<String, OptionalDouble> together = insight.sampleSelectivities("va_table",
                List.of("_key", "status", "no_such_attribute"), 100);
        assertEquals(keys, together.get("_key"), "one sample for all attributes gives what one each gives");
        assertEquals(status, together.get("status"));
        assertTrue(together.get("no_such_attribute").isEmpty());
    }

    @Test
    void aSyntaxErrorIsOneSentenceWithTheServersMessageAndNoQueryLogIsEmpty() {
        InsightArango insight = new InsightArango(clients, target("demo"));
        InsightException e = assertThrows(InsightException.class, () -> insight.explain("FOR d IN", Map.of()));
        assertTrue(e.getMessage().contains("syntax error") || e.getMessage().contains("1501"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
        assertTrue(e.parseError(), "ArangoDB's number is kept: " + e.errorNum());
        assertTrue(e.serverMessage().contains("at position"), e.serverMessage());
        assertFalse(insight.queryLog(Instant.EPOCH).enabled(), "the sandbox starts with no _system._queries");
    }
}
