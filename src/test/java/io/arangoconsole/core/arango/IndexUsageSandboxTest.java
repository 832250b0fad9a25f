package io.arangoconsole.core.arango;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.arangodb.model.PersistentIndexOptions;
import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.core.indexes.ExistingIndex;
import io.arangoconsole.core.insight.IndexUsage;
import io.arangoconsole.core.insight.ReplayedWorkload;
import io.arangoconsole.core.insight.ShapeHistory;
import io.arangoconsole.core.insight.ShapeStats;
import io.arangoconsole.core.insight.ShapeWatch;
import io.arangoconsole.sandbox.Sandbox;
import io.arangoconsole.sandbox.SandboxConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.api.io.TempDir;

/** Index usage from a replayed workload, on both demo datasets, over real HTTP with the real driver. */
class IndexUsageSandboxTest {

    @ParameterizedTest
    @FieldSource("io.arangoconsole.core.insight.ReplayedWorkload#ALL")
    void everyIndexListsTheShapesReadingItAndTheOthersAreUnusedSinceTheWatchBegan(ReplayedWorkload workload,
                                                                                 @TempDir Path dir)
            throws Exception {
        SandboxConfig config = workload == ReplayedWorkload.SHOP
                ? new SandboxConfig("127.0.0.1", 0, 2_000, SandboxConfig.DEFAULT_SEED, false, null,
                SandboxConfig.Dataset.SHOP)
                : new SandboxConfig("127.0.0.1", 0, 2_000, SandboxConfig.DEFAULT_SEED, false, null);
        try (Sandbox sandbox = Sandbox.start(config); ArangoClients clients = new ArangoClients()) {
            ConnectionTarget target = new ConnectionTarget(sandbox.url(), "root", "", workload.database(),
                    ConnectionTarget.Label.SANDBOX);
            InsightArango gateway = new InsightArango(clients, target);
            ShapeWatch watch = new ShapeWatch(ShapeHistory.load(dir.resolve(ShapeHistory.FILE_NAME), 100,
                    Clock.systemUTC()));
            workload.replay(clients.client(target));
            watch.poll("s", gateway);
            watch.poll("s", gateway); // at most 8 explains a round: the shop's shapes need two
            IndexUsage usage = watch.usage("s");
            assertEquals(0, usage.unexplained(), "every shape explained: " + usage.shapes());

            long used = 0;
            for (String collection : workload.expected().keySet()) {
                for (ExistingIndex index : gateway.indexes(collection)) {
                    IndexUsage.Use use = usage.of(collection, index.name());
                    List<ShapeStats> readers = usage.shapes().stream().filter(s -> s.indexesUsed().contains(
                            ShapeStats.indexRef(collection, index.name()))).toList();
                    assertEquals(readers.size(), use.shapes().size(), collection + "/" + index.name());
                    assertEquals(readers.stream().mapToLong(ShapeStats::count).sum(), use.runs());
                    assertEquals(readers.isEmpty(), use.unused(), collection + "/" + index.name());
                    if (use.unused()) {
                        assertEquals(usage.observedSince(), use.since());
                    }
                    used += readers.size();
                }
            }
            if (workload == ReplayedWorkload.SHOP) {
                assertTrue(used >= 3, "the state, type/ts and placed_at indexes serve shapes: " + usage.shapes());
                assertTrue(usage.of("orders", index(gateway, "orders", List.of("state"))).shapes().stream()
                        .anyMatch(s -> s.text().contains("o.state")), "the paid orders read the state index");
                assertTrue(usage.of("orders", index(gateway, "orders", List.of("customer_key", "placed_at")))
                        .unused(), "no replayed query looks up orders by customer");
                assertTrue(usage.of("customers", index(gateway, "customers", List.of("segment"))).unused());
            } else {
                assertEquals(0, used, "the survey demo has only primary indexes, and every shape scans");
                // an index built since: the shapes are explained again and read it
                clients.client(target).db("demo").collection("va_table").ensurePersistentIndex(List.of("status"),
                        new PersistentIndexOptions().name("by_status"));
                watch.plansChanged("s");
                watch.poll("s", gateway);
                IndexUsage.Use status = watch.usage("s").of("va_table", "by_status");
                assertEquals(2, status.shapes().size(), "the literal and the bind parameter shape: "
                        + status.shapes());
                assertEquals(3, status.runs());
                assertFalse(status.unused());
                assertTrue(watch.usage("s").of("va_table", "primary").unused());
            }
        }
    }

    private static String index(InsightArango gateway, String collection, List<String> fields) {
        return gateway.indexes(collection).stream().filter(i -> i.fields().equals(fields)).findFirst()
                .orElseThrow(() -> new AssertionError(collection + fields + " missing")).name();
    }

}
