package io.arangoconsole.cli;

import io.arangoconsole.core.connection.ConnectionTarget;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The options {@code queries advise} and {@code queries usage} share (a picocli mixin): the server and database
 * whose workload is read, since when, and {@code --json}; the password comes from {@link QueriesCommand#PASSWORD_ENV}.
 */
final class WorkloadOptions {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(names = "--url", required = true, paramLabel = "URL", description = "The server, e.g. "
            + "http://db1:8529.")
    String url;

    @Option(names = "--database", required = true, paramLabel = "D", description = "The database.")
    String database;

    @Option(names = "--user", paramLabel = "U", defaultValue = "root",
            description = "User (default: ${DEFAULT-VALUE}).")
    String user;

    @Option(names = "--since", paramLabel = "DURATION",
            description = "Only runs started this long ago or later: 30s, 15m, 2h, 7d or ISO-8601 (PT1H).")
    String since;

    @Option(names = "--json", description = "Print one JSON object instead of a table.")
    boolean json;

    /** The server to read; bad usage is a {@link ParameterException} naming the options. */
    ConnectionTarget target(UnaryOperator<String> env) {
        if (url.isBlank() || database.isBlank()) {
            throw new ParameterException(spec.commandLine(), "--url and --database must not be empty");
        }
        return new ConnectionTarget(url, user, env.apply(QueriesCommand.PASSWORD_ENV), database,
                ConnectionTarget.Label.PRIMARY);
    }

    /** The start of the window {@code --since} asks for, or null for everything the server has. */
    Instant from(Clock clock) {
        return since == null ? null : clock.instant().minus(duration(since));
    }

    private Duration duration(String text) {
        String t = text.strip();
        try {
            if (t.toUpperCase(Locale.ROOT).startsWith("P")) {
                return positive(Duration.parse(t));
            }
            long n = Long.parseLong(t.substring(0, t.length() - 1));
            return positive(switch (t.charAt(t.length() - 1)) {
                case 's' -> Duration.ofSeconds(n);
                case 'm' -> Duration.ofMinutes(n);
                case 'h' -> Duration.ofHours(n);
                case 'd' -> Duration.ofDays(n);
                default -> throw new IllegalArgumentException();
            });
        } catch (RuntimeException e) {
            throw new ParameterException(spec.commandLine(), "--since is not a duration like 30s, 15m, 2h, 7d "
                    + "or PT1H: '" + text + "'");
        }
    }

    private static Duration positive(Duration d) {
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException("not positive");
        }
        return d;
    }
}
