package io.arangoconsole.cli;

import io.arangoconsole.sandbox.SandboxConfig;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code arango-console sandbox}: the ArangoDB-compatible sandbox alone, headless, until killed. */
@Command(name = "sandbox", mixinStandardHelpOptions = true,
        description = {"Runs the ArangoDB-compatible sandbox alone, headless, until killed.",
            "It holds database 'demo' with va_table (N survey records), ccva_results and system_configs,",
            "with no index but the primary ones. Same seed, same data."})
final class SandboxCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--port", paramLabel = "P", defaultValue = "8529",
            description = "TCP port to listen on, 0 for a free one (default: ${DEFAULT-VALUE}).")
    private int port;

    @Option(names = "--records", paramLabel = "N", defaultValue = "38000",
            description = "Survey records in demo.va_table, 0 for empty collections (default: ${DEFAULT-VALUE}).")
    private int records;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "" + SandboxConfig.DEFAULT_SEED,
            description = "Seed of the demo data generator (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--no-auth", description = "Accept requests without credentials.")
    private boolean noAuth;

    @Option(names = "--password", paramLabel = "X", defaultValue = "",
            description = "Password of user root (default: empty, as in a fresh ArangoDB).")
    private String password;

    @Option(names = "--host", paramLabel = "H", defaultValue = "127.0.0.1",
            description = "Address to bind (default: ${DEFAULT-VALUE}); 0.0.0.0 serves other machines too.")
    private String host;

    @Option(names = "--max-body-size", paramLabel = "SIZE", defaultValue = "256m",
            description = {"Largest request body accepted, after gzip/deflate inflation, in bytes or with",
                "k, m or g (default: ${DEFAULT-VALUE}); larger ones get 413."})
    private String maxBodySize;

    private final SandboxRunner runner;

    SandboxCommand(SandboxRunner runner) {
        this.runner = runner;
    }

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65_535) {
            throw new ParameterException(spec.commandLine(), "--port must be between 0 and 65535, not " + port);
        }
        if (records < 0) {
            throw new ParameterException(spec.commandLine(), "--records must not be negative, not " + records);
        }
        long maxBody = ByteSizes.parse(maxBodySize);
        if (maxBody <= 0) {
            throw new ParameterException(spec.commandLine(),
                    "--max-body-size must be a positive size such as 1048576, 512k, 256m or 1g, not " + maxBodySize);
        }
        SandboxConfig config = new SandboxConfig(host, port, records, seed, !noAuth, password)
                .withMaxBodySize(maxBody);
        String url;
        try {
            url = runner.start(config);
        } catch (Exception e) {
            throw new CliFailure("The sandbox could not start: " + Cli.sentence(e), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("Sandbox listening on " + url + " (" + access() + ", database demo, "
                + String.format(Locale.ROOT, "%,d", records) + " records in va_table)");
        out.println("Press Ctrl+C to stop.");
        out.flush();
        runner.awaitShutdown();
        return 0;
    }

    private String access() {
        if (noAuth) {
            return "no authentication";
        }
        return password.isEmpty() ? "user root, empty password" : "user root, password as given";
    }
}
