package io.arangoconsole.cli;

import io.arangoconsole.core.arango.ArangoClients;
import io.arangoconsole.core.arango.ArangoGateway;
import io.arangoconsole.core.arango.ConnectionFailure;
import io.arangoconsole.core.arango.StatsSources;
import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.core.routing.EndpointHealth;
import io.arangoconsole.core.routing.Route;
import io.arangoconsole.core.routing.Router;
import io.arangoconsole.core.stats.CollectionStats;
import io.arangoconsole.core.stats.StatsReader;
import io.arangoconsole.core.stats.AttributeOverrides;
import io.arangoconsole.core.stats.StatsSource;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code arango-console stats}: the Overview's record stats, headless, read live (no cache in a one-shot process) the
 * same way: O(1) counts, figures, index-backed watermarks only. Reads go to the replica when it answers.
 */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = {"Prints record stats of every collection of a database, without scanning any: count, sizes,",
            "the freshness attribute's earliest and latest value and the breakdown, each attribute detected from",
            "the collection's indexes and a small sample, or given with --watermark / --breakdown.",
            "The password is read from the environment variable " + StatsCommand.PASSWORD_ENV + ", never from"
                + " the command line."})
final class StatsCommand implements Callable<Integer> {

    static final String PASSWORD_ENV = "ARANGO_PASSWORD";
    private static final java.util.regex.Pattern ATTRIBUTE = java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    @Spec
    private CommandSpec spec;

    @Mixin
    private ReadOptions read;

    @Option(names = "--replica-url", paramLabel = "URL", description = "Replica endpoint; read from it when it "
            + "answers, else from the primary.")
    private String replicaUrl;

    @Option(names = "--breakdown", paramLabel = "COLL=ATTR", description = "Breakdown attribute of a collection "
            + "instead of the detected one (repeatable); COLL= for none.")
    private List<String> breakdowns = new ArrayList<>();

    private final Function<String, String> env;

    StatsCommand(Function<String, String> env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        read.check();
        if (replicaUrl != null) {
            replicaUrl = read.checkUrl("--replica-url", replicaUrl);
        }
        AttributeOverrides overrides = overrides(spec, read.watermarks, breakdowns);
        String password = env.apply(PASSWORD_ENV);
        ConnectionTarget primary = read.target(read.url, password, ConnectionTarget.Label.PRIMARY);
        ConnectionTarget replica = replicaUrl == null ? null
                : read.target(replicaUrl, password, ConnectionTarget.Label.REPLICA);
        try (ArangoClients clients = new ArangoClients()) {
            Route<ConnectionTarget> route = route(clients, primary, replica);
            StatsSource source = new StatsSources(clients).on(route.target(), route.label());
            StatsReader reader = new StatsReader(overrides, Clock.systemUTC());
            List<CollectionStats> stats = reader.readAll(source, source.collections(), StatsReader.PARALLEL_READS);
            StatsOutput output = new StatsOutput(route.fromReplica() ? Route.REPLICA : Route.PRIMARY, read.database,
                    route.label().equals(Route.FALLBACK) ? Route.FALLBACK : null, stats);
            spec.commandLine().getOut().print(read.json ? output.json() : output.table());
            spec.commandLine().getOut().flush();
            return Cli.OK;
        } catch (ConnectionFailure e) {
            throw new CliFailure(e.getMessage(), e);
        }
    }

    /** The DBA's choices from {@code --watermark} and {@code --breakdown}; bad usage names the option and value. */
    static AttributeOverrides overrides(CommandSpec spec, List<String> watermarks, List<String> breakdowns) {
        AttributeOverrides overrides = new AttributeOverrides();
        for (String pair : watermarks) {
            String[] p = pair(spec, "--watermark", pair);
            overrides.setWatermark(p[0], p[1]);
        }
        for (String pair : breakdowns) {
            String[] p = pair(spec, "--breakdown", pair);
            overrides.setBreakdown(p[0], p[1]);
        }
        return overrides;
    }

    private static String[] pair(CommandSpec spec, String option, String value) {
        int eq = value.indexOf('=');
        String collection = eq < 0 ? "" : value.substring(0, eq).strip();
        String attribute = eq < 0 ? "" : value.substring(eq + 1).strip();
        if (eq < 0 || collection.isEmpty()) {
            throw new ParameterException(spec.commandLine(), option + " takes COLLECTION=ATTRIBUTE (e.g. "
                    + "orders=placed_at), not '" + value + "'");
        }
        if (!attribute.isEmpty() && !ATTRIBUTE.matcher(attribute).matches()) {
            throw new ParameterException(spec.commandLine(), option + " names an attribute that is not a plain "
                    + "name (letters, digits, _): '" + attribute + "' in '" + value + "'");
        }
        return new String[] {collection, attribute};
    }

    /** The replica when one is given and answers, else the primary (labelled as a fallback). */
    private static Route<ConnectionTarget> route(ArangoClients clients, ConnectionTarget primary,
                                                 ConnectionTarget replica) {
        EndpointHealth health = new EndpointHealth(1);
        if (replica != null) {
            try {
                new ArangoGateway(clients).probe(replica);
            } catch (ConnectionFailure e) {
                health.failure(e.getMessage());
            }
        }
        return new Router<>(primary, replica, health).route(io.arangoconsole.core.routing.Operation.READ);
    }
}
