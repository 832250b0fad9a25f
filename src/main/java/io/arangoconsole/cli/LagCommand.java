package io.arangoconsole.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arangoconsole.core.arango.ArangoClients;
import io.arangoconsole.core.arango.ConnectionFailure;
import io.arangoconsole.core.arango.StatsSources;
import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.core.routing.Route;
import io.arangoconsole.core.stats.AttributeOverrides;
import io.arangoconsole.core.stats.DriftRow;
import io.arangoconsole.core.stats.DriftService;
import io.arangoconsole.core.stats.StatsReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code arango-console lag}: how far a replica is behind its primary, per collection, in documents (count
 * difference, O(1)) and in time (the primary's latest freshness value minus the replica's, index-backed), never
 * scanning. Exit 1 when a lag exceeds {@code --max-lag}.
 */
@Command(name = "lag", mixinStandardHelpOptions = true,
        description = {"Prints each collection's replica lag in documents and in time, without scanning any.",
            "The freshness attribute is detected per collection (or given with --watermark COLL=ATTR).",
            "Exit 1 when a lag in time exceeds --max-lag. The password is read from " + StatsCommand.PASSWORD_ENV
                + "."})
final class LagCommand implements Callable<Integer> {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Spec
    private CommandSpec spec;

    @Mixin
    private ReadOptions read;

    @Option(names = "--replica-url", required = true, paramLabel = "URL", description = "Replica endpoint.")
    private String replicaUrl;

    @Option(names = "--max-lag", paramLabel = "SECONDS", description = "Exit 1 when a collection's lag in time "
            + "is over this many seconds.")
    private Double maxLag;

    private final Function<String, String> env;

    LagCommand(Function<String, String> env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        read.check();
        replicaUrl = read.checkUrl("--replica-url", replicaUrl);
        if (maxLag != null && (maxLag < 0 || maxLag.isNaN())) {
            throw new ParameterException(spec.commandLine(), "--max-lag must be a number of seconds, 0 or more, "
                    + "not " + maxLag);
        }
        AttributeOverrides overrides = StatsCommand.overrides(spec, read.watermarks, List.of());
        String password = env.apply(StatsCommand.PASSWORD_ENV);
        ConnectionTarget primary = read.target(read.url, password, ConnectionTarget.Label.PRIMARY);
        ConnectionTarget replica = read.target(replicaUrl, password, ConnectionTarget.Label.REPLICA);
        try (ArangoClients clients = new ArangoClients()) {
            StatsSources sources = new StatsSources(clients);
            DriftService drift = new DriftService(() -> sources.on(primary, Route.PRIMARY),
                    () -> sources.on(replica, Route.REPLICA), new StatsReader(overrides, Clock.systemUTC()));
            List<DriftRow> rows = drift.compare();
            PrintWriter out = spec.commandLine().getOut();
            out.print(read.json ? json(rows) : table(rows));
            out.flush();
            List<String> over = new ArrayList<>();
            for (DriftRow row : rows) {
                Double lag = row.lagSeconds();
                if (maxLag != null && lag != null && lag > maxLag) {
                    over.add(row.collection() + " (" + seconds(lag) + " s)");
                }
            }
            if (!over.isEmpty()) {
                spec.commandLine().getErr().println("Replica lag over --max-lag " + seconds(maxLag) + " s: "
                        + String.join(", ", over) + ".");
                return Cli.FAILED;
            }
            return Cli.OK;
        } catch (ConnectionFailure e) {
            throw new CliFailure(e.getMessage(), e);
        }
    }

    private String json(List<DriftRow> rows) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("database", read.database);
        if (maxLag != null) {
            root.put("maxLagSeconds", maxLag);
        }
        ObjectNode collections = root.putObject("collections");
        for (DriftRow row : rows) {
            ObjectNode c = collections.putObject(row.collection());
            put(c, "count", row.primaryCount());
            put(c, "replicaCount", row.replicaCount());
            put(c, "countDifference", row.countDifference());
            c.put("watermark", row.attribute());
            c.set("latest", row.primaryLatest());
            c.set("replicaLatest", row.replicaLatest());
            if (row.lagSeconds() == null) {
                c.putNull("lagSeconds");
                c.put("lag", "unknown");
                c.put("lagNote", row.lagUnknownReason());
            } else {
                c.put("lagSeconds", row.lagSeconds());
            }
        }
        try {
            return MAPPER.writeValueAsString(root) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void put(ObjectNode node, String field, Long value) {
        if (value == null) {
            node.putNull(field);
        } else {
            node.put(field, value);
        }
    }

    private String table(List<DriftRow> rows) {
        StringBuilder out = new StringBuilder("Database " + read.database + ", replica against primary"
                + System.lineSeparator());
        String format = "%-24s %12s %12s %10s %-16s %s";
        line(out, String.format(Locale.ROOT, format, "collection", "count", "replica", "behind", "lag", "note"));
        for (DriftRow row : rows) {
            Double lag = row.lagSeconds();
            line(out, String.format(Locale.ROOT, format, row.collection(), count(row.primaryCount()),
                    count(row.replicaCount()), count(row.countDifference()),
                    lag == null ? "unknown" : seconds(lag) + " s",
                    lag == null ? row.lagUnknownReason() : row.attribute()));
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String text) {
        out.append(text.stripTrailing()).append(System.lineSeparator());
    }

    private static String count(Long n) {
        return n == null ? "?" : String.format(Locale.ROOT, "%,d", n);
    }

    private static String seconds(double s) {
        return s == Math.rint(s) ? String.format(Locale.ROOT, "%,d", (long) s) : String.format(Locale.ROOT, "%,.1f", s);
    }
}
