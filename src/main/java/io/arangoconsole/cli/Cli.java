package io.arangoconsole.cli;

import io.arangoconsole.core.sync.SyncHistory;
import io.arangoconsole.settings.AppDirs;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code arango-console}: the headless commands. Exit codes: 0 done, 1 failed (one sentence on stderr), 2 bad usage
 * (the problem and the usage on stderr).
 */
@Command(name = "arango-console", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = {"A desktop console for the DBAs who run ArangoDB.",
            "Without arguments it opens the console; with a command it runs headless."})
public final class Cli implements Runnable {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    @Spec
    private CommandSpec spec;

    /** Runs the command line against the real sandbox, printing to stdout/stderr; returns the exit code. */
    public static int run(String... args) {
        SyncCommand.Env syncEnv = new SyncCommand.Env(System::getenv,
                new SyncHistory(AppDirs.forCurrentUser().dataDir().resolve(SyncHistory.FILE_NAME)));
        return execute(SandboxRunner.serving(), syncEnv, new PrintWriter(System.out, true),
                new PrintWriter(System.err, true), args);
    }

    /** Runs the command line with the given sandbox runner and streams; returns the exit code. */
    static int execute(SandboxRunner runner, PrintWriter out, PrintWriter err, String... args) {
        return execute(runner, System::getenv, out, err, args);
    }

    /** As above, with the environment the commands read secrets from ({@code ARANGO_PASSWORD}). */
    static int execute(SandboxRunner runner, java.util.function.UnaryOperator<String> env, PrintWriter out,
                       PrintWriter err, String... args) {
        SyncCommand.Env syncEnv = new SyncCommand.Env(env,
                new SyncHistory(AppDirs.forCurrentUser().dataDir().resolve(SyncHistory.FILE_NAME)));
        return execute(runner, syncEnv, out, err, args);
    }

    /** As above, with the environment and history the sync command uses. */
    static int execute(SandboxRunner runner, SyncCommand.Env syncEnv, PrintWriter out, PrintWriter err,
                       String... args) {
        return execute(runner, syncEnv, WindowClock.SYSTEM, out, err, args);
    }

    /** As above, with the clock {@code indexes apply --window} waits by. */
    static int execute(SandboxRunner runner, SyncCommand.Env syncEnv, WindowClock clock, PrintWriter out,
                       PrintWriter err, String... args) {
        java.util.function.UnaryOperator<String> env = name -> syncEnv.variables().apply(name);
        IndexesCommand indexes = new IndexesCommand(env, clock);
        CommandLine indexesLine = new CommandLine(indexes);
        for (Object sub : indexes.subcommands()) {
            indexesLine.addSubcommand(sub);
        }
        CommandLine commandLine = new CommandLine(new Cli())
                .addSubcommand(new SandboxCommand(runner, env))
                .addSubcommand(indexesLine)
                .addSubcommand(new StatsCommand(env))
                .addSubcommand(new LagCommand(env))
                .addSubcommand("cluster", new CommandLine(new ClusterCommand())
                        .addSubcommand(new ClusterCommand.Health(env)))
                .addSubcommand("queries", new CommandLine(new QueriesCommand())
                        .addSubcommand(new QueriesCommand.Advise(env, java.time.Clock.systemUTC()))
                        .addSubcommand(new QueriesCommand.Usage(env, java.time.Clock.systemUTC())))
                .addSubcommand("sync", new CommandLine(new SyncCommand())
                        .addSubcommand(new SyncCommand.Run(syncEnv)))
                .setOut(out)
                .setErr(err)
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    String sentence = e instanceof CliFailure ? e.getMessage() : sentence(e);
                    cmd.getErr().println(sentence);
                    cmd.getErr().flush();
                    return FAILED;
                });
        return commandLine.execute(args);
    }

    @Override
    public void run() {
        // Reached only with options but no command (no arguments at all opens the GUI instead).
        throw new ParameterException(spec.commandLine(),
                "Missing command: use 'sandbox', 'stats', 'indexes', 'queries advise' or 'sync run', or no arguments for the GUI");
    }

    /** The first line of an error's message, ending with a full stop. */
    static String sentence(Throwable error) {
        Throwable t = error;
        while (t.getMessage() == null && t.getCause() != null) {
            t = t.getCause();
        }
        String text = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage().strip();
        int newline = text.indexOf('\n');
        if (newline > 0) {
            text = text.substring(0, newline).strip();
        }
        return text.endsWith(".") ? text : text + ".";
    }

    /** The version from the jar's manifest; a development build when run from classes. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Cli.class.getPackage().getImplementationVersion();
            return new String[] {"arango-console " + (version == null ? "(development build)" : version)};
        }
    }
}
