package io.arangoconsole.cli;

import io.arangoconsole.core.connection.ConnectionTarget;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The options {@code stats} and {@code lag} share (a picocli mixin): where to read ({@code --url}, {@code --database},
 * {@code --user}), {@code --json}, and the DBA's {@code --watermark} choices; the password comes from
 * {@link StatsCommand#PASSWORD_ENV}. Each command adds its own {@code --replica-url} (optional for stats, required
 * for lag).
 */
final class ReadOptions {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(names = "--url", required = true, paramLabel = "URL", description = "Primary endpoint, e.g. "
            + "http://localhost:8529.")
    String url;

    @Option(names = "--database", required = true, paramLabel = "D", description = "Database to read.")
    String database;

    @Option(names = "--user", paramLabel = "U", defaultValue = "root", description = "User (default: "
            + "${DEFAULT-VALUE}).")
    String user;

    @Option(names = "--json", description = "Print exactly one JSON object instead of a table.")
    boolean json;

    @Option(names = "--watermark", paramLabel = "COLL=ATTR", description = "Freshness attribute of a collection "
            + "instead of the detected one (repeatable); COLL= for none.")
    List<String> watermarks = new ArrayList<>();

    /** Checks {@code --url} and {@code --database}; bad usage is a {@link ParameterException} naming the option. */
    void check() {
        url = Endpoints.check(spec, "--url", url, StatsCommand.PASSWORD_ENV);
        if (database.isBlank()) {
            throw new ParameterException(spec.commandLine(), "--database must not be empty");
        }
    }

    /** Checks another endpoint option of the command ({@code --replica-url}). */
    String checkUrl(String option, String value) {
        return Endpoints.check(spec, option, value, StatsCommand.PASSWORD_ENV);
    }

    /** The target at {@code endpoint} with these options' user and database. */
    ConnectionTarget target(String endpoint, String password, ConnectionTarget.Label label) {
        return new ConnectionTarget(endpoint, user, password, database, label);
    }
}
