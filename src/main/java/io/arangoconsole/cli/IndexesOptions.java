package io.arangoconsole.cli;

import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The options {@code indexes plan} and {@code indexes apply} share. */
final class IndexesOptions {
    @Option(names = "--url", required = true, paramLabel = "URL",
            description = "The server, e.g. http://db1:8529 (indexes are built on it: give the primary).")
    String url;

    @Option(names = "--database", required = true, paramLabel = "D", description = "The database.")
    String database;

    @Option(names = "--user", paramLabel = "U", defaultValue = "root", description = "User (default: ${DEFAULT-VALUE}).")
    String user;

    @Option(names = "--plan", paramLabel = "FILE",
            description = {"Index plan (JSON); default: the plan shipped with the console where its collections "
                    + "exist, else an empty plan (as the Indexes pane starts)."})
    Path plan;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    void validate(CommandSpec spec) {
        url = Endpoints.check(spec, "--url", url, StatsCommand.PASSWORD_ENV);
        if (database.isBlank()) {
            throw new ParameterException(spec.commandLine(), "--database must not be empty");
        }
    }
}
