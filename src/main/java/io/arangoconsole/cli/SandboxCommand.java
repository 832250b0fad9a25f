package io.arangoconsole.cli;

import io.arangoconsole.sandbox.SandboxConfig;
import io.arangoconsole.sandbox.SandboxMode;
import io.arangoconsole.sandbox.aql.QueryLogOptions;
import io.arangoconsole.sandbox.cluster.ClusterOptions;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code arango-console sandbox}: the ArangoDB-compatible sandbox alone, headless, until killed. */
@Command(name = "sandbox", mixinStandardHelpOptions = true,
        description = {"Runs the ArangoDB-compatible sandbox alone, headless, until killed.",
            "--dataset survey (default): database 'demo' with va_table (N survey records), ccva_results and",
            "system_configs, no index but the primary ones. --dataset shop: database 'shop' with events (N),",
            "orders, customers and products, with a shop's indexes. Same seed, same data."})
final class SandboxCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--port", paramLabel = "P", defaultValue = "8529",
            description = "TCP port to listen on, 0 for a free one (default: ${DEFAULT-VALUE}).")
    private int port;

    @Option(names = "--records", paramLabel = "N", defaultValue = "38000",
            description = "Documents in the dataset's largest collection (demo.va_table, shop.events), 0 for empty "
                    + "collections (default: ${DEFAULT-VALUE}).")
    private int records;

    @Option(names = "--dataset", paramLabel = "NAME", defaultValue = "survey",
            description = "Which demo data: survey (database demo) or shop (database shop) (default: "
                    + "${DEFAULT-VALUE}).")
    private String dataset;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "" + SandboxConfig.DEFAULT_SEED,
            description = "Seed of the demo data generator (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--no-auth", description = "Accept requests without credentials.")
    private boolean noAuth;

    @Option(names = "--password", paramLabel = "X",
            description = "Deprecated: any user of the machine sees it in the process list. Set the environment "
                    + "variable " + PASSWORD_VARIABLE + " instead (default: empty, as in a fresh ArangoDB).")
    private String passwordOption;

    @Option(names = "--host", paramLabel = "H", defaultValue = "127.0.0.1",
            description = "Address to bind (default: ${DEFAULT-VALUE}); 0.0.0.0 serves other machines too.")
    private String host;

    /** Where the root password comes from, so it never shows in a process listing. */
    static final String PASSWORD_VARIABLE = "ARANGO_SANDBOX_PASSWORD";

    @Option(names = "--max-body-size", paramLabel = "SIZE", defaultValue = "256m",
            description = {"Largest request body accepted, after gzip/deflate inflation, in bytes or with",
                "k, m or g (default: ${DEFAULT-VALUE}); larger ones get 413."})
    private String maxBodySize;

    @Option(names = "--query-memory-limit", paramLabel = "BYTES", defaultValue = "-1",
            description = "Memory one AQL query may use unless it sets memoryLimit; 0 for none"
                    + " (default: a quarter of the heap).")
    private long queryMemoryLimit;

    @Option(names = "--query-log", paramLabel = "PERCENT", arity = "0..1", fallbackValue = "100",
            description = {"Log finished queries to _system._queries as ArangoDB 3.12.2+ does with",
                "--query.collection-logger-enabled: PERCENT of them (alone: all) and every slow one."})
    private Double queryLogPercent;

    @Option(names = "--cluster", description = {"Serve as a cluster: Coordinators listening on --port and the next",
        "ports, sharing one state, with DB-Servers and Agents modelled behind them."})
    private boolean cluster;

    @Option(names = "--coordinators", paramLabel = "N", defaultValue = "3",
            description = "Coordinators of a --cluster, 1 to 9 (default: ${DEFAULT-VALUE}).")
    private int coordinators;

    @Option(names = "--dbservers", paramLabel = "N", defaultValue = "3",
            description = "DB-Servers of a --cluster, 1 to 9 (default: ${DEFAULT-VALUE}).")
    private int dbServers;

    @Option(names = "--faults-api", description = {"Serve POST /_admin/sandbox/faults (root only): stop and start",
        "servers of a --cluster, add latency, fail or refuse requests. Off by default."})
    private boolean faultsApi;

    private final SandboxRunner runner;
    private final UnaryOperator<String> env;
    private String password;

    SandboxCommand(SandboxRunner runner, UnaryOperator<String> env) {
        this.runner = runner;
        this.env = env;
    }

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65_535) {
            throw new ParameterException(spec.commandLine(), "--port must be between 0 and 65535, not " + port);
        }
        if (records < 0) {
            throw new ParameterException(spec.commandLine(), "--records must not be negative, not " + records);
        }
        if (queryMemoryLimit < -1) {
            throw new ParameterException(spec.commandLine(),
                    "--query-memory-limit must be 0 (none) or a number of bytes, not " + queryMemoryLimit);
        }
        if (queryLogPercent != null && (queryLogPercent < 0 || queryLogPercent > 100)) {
            throw new ParameterException(spec.commandLine(),
                    "--query-log must be a percentage from 0 to 100, not " + queryLogPercent);
        }
        long maxBody = ByteSizes.parse(maxBodySize);
        if (maxBody <= 0) {
            throw new ParameterException(spec.commandLine(),
                    "--max-body-size must be a positive size such as 1048576, 512k, 256m or 1g, not " + maxBodySize);
        }
        password = password(spec.commandLine().getErr());
        SandboxConfig.Dataset data = switch (dataset.strip().toLowerCase(Locale.ROOT)) {
            case "survey" -> SandboxConfig.Dataset.SURVEY;
            case "shop" -> SandboxConfig.Dataset.SHOP;
            default -> throw new ParameterException(spec.commandLine(), "--dataset must be survey or shop, not '"
                    + dataset + "'");
        };
        SandboxConfig config = new SandboxConfig(host, port, records, seed, !noAuth, password, data)
                .withQueryMemoryLimit(queryMemoryLimit).withMaxBodySize(maxBody)
                .withQueryLog(queryLogPercent == null ? QueryLogOptions.OFF : QueryLogOptions.on(queryLogPercent));
        SandboxMode mode = mode();
        String url;
        try {
            List<String> urls = runner.start(config, mode);
            url = String.join(", ", urls);
        } catch (Exception e) {
            throw new CliFailure("The sandbox could not start: " + Cli.sentence(e), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        String what = mode.isCluster() ? "Sandbox cluster (" + coordinators + " Coordinators, " + dbServers
                + " DB-Servers) listening on " : "Sandbox listening on ";
        out.println(what + url + " (" + access() + ", database " + data.database() + ", "
                + String.format(Locale.ROOT, "%,d", records) + (data == SandboxConfig.Dataset.SHOP
                ? " events, with orders, customers and products)" : " records in va_table)"));
        if (queryLogPercent != null) {
            out.println("Query log on: " + new java.math.BigDecimal(queryLogPercent.toString()).stripTrailingZeros()
                    .toPlainString() + "% of finished queries and every slow one go to"
                    + " _system._queries.");
        }
        if (mode.faultsApi()) {
            out.println("Faults API on: POST /_admin/sandbox/faults (root only).");
        }
        out.println("Press Ctrl+C to stop.");
        out.flush();
        runner.awaitShutdown();
        return 0;
    }

    private SandboxMode mode() {
        if (!cluster) {
            if (spec.commandLine().getParseResult().hasMatchedOption("--coordinators")
                    || spec.commandLine().getParseResult().hasMatchedOption("--dbservers")) {
                throw new ParameterException(spec.commandLine(), "--coordinators and --dbservers need --cluster");
            }
            return faultsApi ? SandboxMode.single().withFaultsApi() : SandboxMode.single();
        }
        if (coordinators < 1 || coordinators > 9 || dbServers < 1 || dbServers > 9) {
            throw new ParameterException(spec.commandLine(), "--coordinators and --dbservers must be 1 to 9, not "
                    + coordinators + " and " + dbServers);
        }
        if (port != 0 && port + coordinators - 1 > 65_535) {
            throw new ParameterException(spec.commandLine(), "--port " + port + " leaves no room for "
                    + coordinators + " Coordinators below 65536");
        }
        SandboxMode mode = SandboxMode.cluster(new ClusterOptions(coordinators, dbServers, null));
        return faultsApi ? mode.withFaultsApi() : mode;
    }

    /** The environment's password; {@code --password} still works but warns, since {@code ps} shows it. */
    private String password(PrintWriter err) {
        String fromEnv = env.apply(PASSWORD_VARIABLE);
        if (passwordOption != null) {
            err.println("Warning: --password is deprecated, as every user of this machine can read it in the process "
                    + "list; set " + PASSWORD_VARIABLE + " instead." + (fromEnv != null ? " --password wins over "
                    + PASSWORD_VARIABLE + " this time." : ""));
            err.flush();
            return passwordOption;
        }
        return fromEnv == null ? "" : fromEnv;
    }

    private String access() {
        if (noAuth) {
            return "no authentication";
        }
        if (password.isEmpty()) {
            return "user root, empty password";
        }
        return passwordOption != null ? "user root, password from --password"
                : "user root, password from " + PASSWORD_VARIABLE;
    }
}
