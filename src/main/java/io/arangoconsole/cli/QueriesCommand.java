package io.arangoconsole.cli;

import io.arangoconsole.core.arango.ArangoClients;
import io.arangoconsole.core.arango.ArangoGateway;
import io.arangoconsole.core.arango.ConnectionFailure;
import io.arangoconsole.core.arango.InsightArango;
import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.core.insight.AdviceReport;
import io.arangoconsole.core.insight.AdviceService;
import io.arangoconsole.core.insight.IndexUsage;
import io.arangoconsole.core.insight.InsightException;
import io.arangoconsole.core.indexes.ExistingIndex;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code arango-console queries advise}: index advice from the workload the server knows of now; {@code queries
 * usage}: which indexes that workload reads.
 */
@Command(name = "queries", mixinStandardHelpOptions = true,
        description = "Query insight: shapes of the server's recent queries and the indexes they lack.")
final class QueriesCommand implements Runnable {
    static final String PASSWORD_ENV = "ARANGO_PASSWORD";

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: use 'queries advise' or 'queries usage'");
    }

    /** What a subcommand prints, read from the server's workload through {@code gateway} and {@code service}. */
    @FunctionalInterface
    interface WorkloadRead {
        String text(InsightArango gateway, AdviceService service);
    }

    /**
     * Connects to {@code target}, prints what {@code read} answers and returns {@link Cli#OK}; an unreachable server
     * or a refused read becomes one sentence ({@link CliFailure}).
     */
    static int onServer(CommandSpec spec, ConnectionTarget target, WorkloadRead read) {
        try (ArangoClients clients = new ArangoClients()) {
            new ArangoGateway(clients).probe(target);
            InsightArango gateway = new InsightArango(clients, target);
            PrintWriter out = spec.commandLine().getOut();
            out.print(read.text(gateway, new AdviceService(gateway)));
            out.flush();
            return Cli.OK;
        } catch (ConnectionFailure | InsightException e) {
            throw new CliFailure(e.getMessage(), e);
        }
    }

    /** {@code queries advise}. */
    @Command(name = "advise", mixinStandardHelpOptions = true,
            description = {"Reads the slow query log, the running queries and the query log the server has now,",
                "groups them by shape, explains each shape's latest run (nothing is run) and proposes the",
                "persistent indexes the scanning ones lack. The password is read from " + PASSWORD_ENV + "."})
    static final class Advise implements Callable<Integer> {
        @Spec
        private CommandSpec spec;
        @Mixin
        private WorkloadOptions options;

        private final UnaryOperator<String> env;
        private final Clock clock;

        Advise(UnaryOperator<String> env, Clock clock) {
            this.env = env;
            this.clock = clock;
        }

        @Override
        public Integer call() {
            ConnectionTarget target = options.target(env);
            Instant from = options.from(clock);
            return onServer(spec, target, (gateway, service) -> {
                AdviceReport report = service.advise(service.observe(from));
                return options.json ? AdviceOutput.json(report) + "\n" : AdviceOutput.table(report);
            });
        }
    }

    /** {@code queries usage}. */
    @Command(name = "usage", mixinStandardHelpOptions = true,
            description = {"Lists every index of the database with the query shapes whose plan reads it (their runs",
                "and last run), from the slow query log, the running queries and the query log the server has",
                "now; the others are marked unused by that workload. Each shape's latest run is explained,",
                "nothing is run or dropped. The password is read from " + PASSWORD_ENV + "."})
    static final class Usage implements Callable<Integer> {
        @Spec
        private CommandSpec spec;
        @Mixin
        private WorkloadOptions options;

        private final UnaryOperator<String> env;
        private final Clock clock;

        Usage(UnaryOperator<String> env, Clock clock) {
            this.env = env;
            this.clock = clock;
        }

        @Override
        public Integer call() {
            ConnectionTarget target = options.target(env);
            Instant from = options.from(clock);
            return onServer(spec, target, (gateway, service) -> {
                IndexUsage usage = service.usage(service.observe(from), from);
                List<ExistingIndex> indexes = new ArrayList<>();
                gateway.collections().stream().sorted().forEach(c -> indexes.addAll(gateway.indexes(c)));
                return options.json ? UsageOutput.json(usage, indexes) + "\n" : UsageOutput.table(usage, indexes);
            });
        }
    }
}
