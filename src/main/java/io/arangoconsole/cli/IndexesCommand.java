package io.arangoconsole.cli;

import io.arangoconsole.core.indexes.ApplyResult;
import io.arangoconsole.core.indexes.BuildWindow;
import io.arangoconsole.core.indexes.IndexDiff;
import io.arangoconsole.core.indexes.RequestRate;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code arango-console indexes plan|apply}: the index plan against a server, and building what it misses, headless.
 * The password comes from {@code ARANGO_PASSWORD}, never from the command line (it would show in {@code ps}).
 */
@Command(name = "indexes", mixinStandardHelpOptions = true,
        description = {"Holds an index plan against a database and builds what it misses.",
            "The password of --user is read from the environment variable " + IndexesCommand.PASSWORD_ENV + "."})
final class IndexesCommand implements Runnable {
    static final String PASSWORD_ENV = "ARANGO_PASSWORD";

    @Spec
    private CommandSpec spec;

    private final UnaryOperator<String> env;
    private final WindowClock clock;

    IndexesCommand(UnaryOperator<String> env) {
        this(env, WindowClock.SYSTEM);
    }

    IndexesCommand(UnaryOperator<String> env, WindowClock clock) {
        this.env = env;
        this.clock = clock;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: use 'indexes plan' or 'indexes apply'");
    }

    /** The subcommands, built with the environment the password is read from. */
    Object[] subcommands() {
        return new Object[] {new Plan(env), new Apply(env, clock)};
    }

    /** {@code indexes plan}: prints the diff. */
    @Command(name = "plan", mixinStandardHelpOptions = true,
            description = "Prints the plan against the server: present, missing, extra, redundant, skipped.")
    static final class Plan implements Callable<Integer> {
        @Mixin
        private IndexesOptions options;
        @Spec
        private CommandSpec spec;
        @Option(names = "--from-advice", paramLabel = "FILE", description = {"First merge the indexes of a "
                + "'queries advise --json' output into the --plan file (created when missing)."})
        private java.nio.file.Path fromAdvice;
        private final UnaryOperator<String> env;

        Plan(UnaryOperator<String> env) {
            this.env = env;
        }

        @Override
        public Integer call() throws Exception {
            options.validate(spec);
            if (fromAdvice != null) {
                AdviceMerge.into(spec, options.plan, fromAdvice);
            }
            try (IndexSession session = IndexSession.open(options, env.apply(PASSWORD_ENV))) {
                IndexDiff diff = session.service().diff(session.plan(), false);
                PrintWriter out = spec.commandLine().getOut();
                if (session.emptyStart()) {
                    // a note, not data: the JSON on stdout stays a list of rows
                    (options.json ? spec.commandLine().getErr() : out).println(IndexesOutput.emptyStartNote(
                            options.database));
                }
                out.print(options.json ? IndexesOutput.diffJson(diff) + "\n" : IndexesOutput.diffTable(diff));
                out.flush();
                return Cli.OK;
            }
        }
    }

    /** {@code indexes apply}: builds what the plan misses (or, with --dry-run, says what it would build). */
    @Command(name = "apply", mixinStandardHelpOptions = true,
            description = {"Builds the indexes the plan misses, one at a time, in the background on the server.",
                "Redundant planned indexes and those on missing collections are skipped; a second apply creates "
                        + "nothing."})
    static final class Apply implements Callable<Integer> {
        @Mixin
        private IndexesOptions options;
        @Spec
        private CommandSpec spec;
        @Option(names = "--dry-run", description = "Show what would be created; change nothing.")
        private boolean dryRun;
        @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "3600",
                description = "Give up waiting for the builds after this long (default: ${DEFAULT-VALUE}).")
        private long timeoutSeconds;
        @Option(names = "--window", paramLabel = "WINDOW", description = {"Build only in this window: a daily one, "
                + "local time (e.g. 02:00-04:00), or 'under N/s': once the server's request rate stayed under N per "
                + "second for 5 minutes, until it reaches N again (read from its metrics every 10 s). Waits for "
                + "it, and exits 1 if it closes before the builds finish (builds already started keep going on "
                + "the server)."})
        private String window;
        private final UnaryOperator<String> env;
        private final WindowClock clock;

        Apply(UnaryOperator<String> env, WindowClock clock) {
            this.env = env;
            this.clock = clock;
        }

        @Override
        public Integer call() throws Exception {
            options.validate(spec);
            if (timeoutSeconds <= 0) {
                throw new ParameterException(spec.commandLine(), "--timeout must be positive, not " + timeoutSeconds);
            }
            BuildWindow buildWindow = null;
            RequestRate rate = WindowedApply.rate(clock);
            if (window != null) {
                try {
                    buildWindow = WindowedApply.parse(window, clock, rate);
                } catch (IllegalArgumentException e) {
                    throw new ParameterException(spec.commandLine(), e.getMessage());
                }
            }
            PrintWriter out = spec.commandLine().getOut();
            try (IndexSession session = IndexSession.open(options, env.apply(PASSWORD_ENV))) {
                if (session.emptyStart()) {
                    spec.commandLine().getErr().println(IndexesOutput.emptyStartNote(options.database));
                }
                java.time.Duration timeout = java.time.Duration.ofSeconds(timeoutSeconds);
                ApplyResult result = dryRun ? IndexesOutput.dryRun(session.service().diff(session.plan(), false))
                        : buildWindow == null ? session.service().apply(session.plan(), timeout)
                        : WindowedApply.run(session, buildWindow, rate, clock, timeout,
                                options.json ? spec.commandLine().getErr() : out);
                out.print(options.json ? result.toJson() + "\n" : IndexesOutput.applyTable(result, dryRun));
                out.flush();
                if (!result.ok()) {
                    String closed = buildWindow == null ? null : WindowedApply.closedSentence(result, buildWindow);
                    throw new CliFailure(closed != null ? closed : IndexesOutput.failureSentence(result), null);
                }
                return Cli.OK;
            }
        }
    }
}
