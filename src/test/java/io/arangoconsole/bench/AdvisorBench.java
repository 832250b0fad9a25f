package io.arangoconsole.bench;

import io.arangoconsole.core.arango.ArangoClients;
import io.arangoconsole.core.arango.InsightArango;
import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.core.insight.AdviceReport;
import io.arangoconsole.core.insight.AdviceService;
import io.arangoconsole.core.insight.ObservedQuery;
import io.arangoconsole.sandbox.Sandbox;
import io.arangoconsole.sandbox.SandboxConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The advisor over N distinct query shapes (default 1,000) against the sandbox, explains and selectivity samples
 * included: each shape filters the demo's survey collection on one attribute of its own (so each needs its own
 * explain and its own bounded sample), the way a varied workload would. Goal: under 5 s, off the FX thread (this
 * runs on the main thread of a plain program). Run:
 * {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt) io.arangoconsole.bench.AdvisorBench
 * [shapes] [records] [rounds]}.
 */
public final class AdvisorBench {
    private AdvisorBench() {
    }

    public static void main(String[] args) {
        int shapes = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        int records = args.length > 1 ? Integer.parseInt(args[1]) : 38_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        try (Sandbox sandbox = Sandbox.start(SandboxConfig.defaults().withRecords(records));
             ArangoClients clients = new ArangoClients()) {
            ConnectionTarget target = new ConnectionTarget(sandbox.url(), "root", "", "demo",
                    ConnectionTarget.Label.PRIMARY);
            List<ObservedQuery> runs = new ArrayList<>();
            for (int i = 0; i < shapes; i++) {
                String query = "FOR d IN va_table FILTER d.status == @s AND d.attribute_" + i + " == @v "
                        + "SORT d.submissiondate DESC LIMIT 10 RETURN d";
                runs.add(new ObservedQuery(ObservedQuery.Source.CONSOLE, null, "demo", query,
                        Map.of("s", "done", "v", i), null, 0.2, -1));
            }
            for (int round = 1; round <= rounds; round++) {
                long t0 = System.nanoTime();
                AdviceReport report = new AdviceService(new InsightArango(clients, target)).advise(runs);
                double seconds = (System.nanoTime() - t0) / 1e9;
                System.out.printf(Locale.ROOT, "round %d: %,d shapes explained and advised in %.2f s "
                                + "(%.2f ms a shape), %d advice, %d shapes not explained%n", round,
                        report.shapes().size(), seconds, seconds * 1000 / shapes, report.advice().size(),
                        report.shapes().stream().filter(s -> s.explainError() != null).count());
            }
        }
    }
}
