package io.arangoconsole.cli;

import io.arangoconsole.core.arango.ArangoClients;
import io.arangoconsole.core.arango.ClusterArango;
import io.arangoconsole.core.cluster.ClusterInspector;
import io.arangoconsole.core.cluster.ClusterReport;
import io.arangoconsole.core.cluster.ClusterSource;
import io.arangoconsole.core.connection.ConnectionTarget;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code arango-console cluster ...}: the cluster's own view of its servers and shards. */
@Command(name = "cluster", mixinStandardHelpOptions = true,
        description = "Cluster health: nodes, shards in sync, coordinators reachable.")
final class ClusterCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: use 'cluster health'");
    }

    /** {@code cluster health}: exit 0 when every node is GOOD and every shard in sync, else 1 with the problems. */
    @Command(name = "health", mixinStandardHelpOptions = true,
            description = {"Prints every coordinator, DB-Server and agent with its status, and the shards in sync.",
                "Exit 0 when every node is GOOD and every shard in sync, 1 otherwise (one sentence per problem).",
                "The password is read from " + StatsCommand.PASSWORD_ENV + "."})
    static final class Health implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Option(names = "--url", required = true, paramLabel = "URL[,URL...]", split = ",",
                description = "One or more coordinators of the cluster.")
        private List<String> urls = new ArrayList<>();

        @Option(names = "--user", paramLabel = "U", defaultValue = "root",
                description = "User (default: ${DEFAULT-VALUE}).")
        private String user;

        @Option(names = "--database", paramLabel = "D",
                description = "Count the shards of this database only (repeatable; default: every database).")
        private List<String> databases = new ArrayList<>();

        @Option(names = "--json", description = "Print exactly one JSON object instead of a table.")
        private boolean json;

        private final Function<String, String> env;

        Health(Function<String, String> env) {
            this.env = env;
        }

        @Override
        public Integer call() {
            List<String> problems = new ArrayList<>();
            List<String> endpoints = endpoints(problems);
            String password = env.apply(StatsCommand.PASSWORD_ENV);
            try (ArangoClients clients = new ArangoClients()) {
                List<ClusterSource> sources = new ArrayList<>();
                for (String endpoint : endpoints) {
                    sources.add(new ClusterArango(clients, new ConnectionTarget(endpoint, user, password, "_system",
                            ConnectionTarget.Label.PRIMARY), Clock.systemUTC()));
                }
                ClusterReport report = new ClusterInspector().inspect(sources, databases);
                PrintWriter out = spec.commandLine().getOut();
                out.print(json ? ClusterOutput.json(report) : ClusterOutput.table(report));
                out.flush();
                problems.addAll(report.problems());
                PrintWriter err = spec.commandLine().getErr();
                problems.forEach(err::println);
                err.flush();
                return report.healthy() && problems.isEmpty() ? Cli.OK : Cli.FAILED;
            }
        }

        /** The well-formed URLs; a malformed one is named as a problem while the others are used. */
        private List<String> endpoints(List<String> problems) {
            List<String> good = new ArrayList<>();
            List<String> bad = new ArrayList<>();
            for (String raw : urls) {
                String url = raw.strip();
                if (url.contains("@")) {
                    // never echoed: it may hold a password
                    Endpoints.check(spec, "--url", url, StatsCommand.PASSWORD_ENV);
                }
                if (url.isEmpty()) {
                    continue;
                }
                if (Endpoints.isEndpoint(url)) {
                    good.add(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
                } else {
                    bad.add(url);
                }
            }
            if (good.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "--url must list coordinators like "
                        + "http://host:8529,http://host:8530, not '" + String.join(",", urls) + "'");
            }
            bad.forEach(url -> problems.add("--url entry '" + url + "' is not an endpoint like http://host:8529; "
                    + "the other coordinators were used."));
            return good;
        }
    }
}
