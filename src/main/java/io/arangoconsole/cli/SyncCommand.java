package io.arangoconsole.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arangoconsole.core.arango.ArangoClients;
import io.arangoconsole.core.arango.ArangoSyncConnector;
import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.core.sync.CsvOptions;
import io.arangoconsole.core.sync.CheckpointPlace;
import io.arangoconsole.core.sync.OnDuplicate;
import io.arangoconsole.core.sync.SyncHistory;
import io.arangoconsole.core.sync.SyncJobConfig;
import io.arangoconsole.core.sync.SyncJobs;
import io.arangoconsole.core.sync.SyncProgress;
import io.arangoconsole.core.sync.SyncResult;
import io.arangoconsole.core.sync.SyncSpec;
import io.arangoconsole.core.sync.SyncState;
import io.arangoconsole.settings.SyncDefaults;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code arango-console sync run}: one sync job, headless. Progress goes to stderr at most once a second; passwords
 * come from the environment ({@code ARANGO_PASSWORD}, {@code ARANGO_SOURCE_PASSWORD}), never from argv, where other
 * users of the machine could read them.
 */
@Command(name = "sync", mixinStandardHelpOptions = true,
        description = "Copies a collection or a JSONL/CSV file into a collection, incrementally and verified.")
final class SyncCommand implements Runnable {

    static final String PASSWORD_ENV = "ARANGO_PASSWORD";
    static final String SOURCE_PASSWORD_ENV = "ARANGO_SOURCE_PASSWORD";

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: use 'sync run'");
    }

    /** The seams a test replaces: the environment and where history goes. */
    record Env(Function<String, String> variables, SyncHistory history) {
    }

    @Command(name = "run", mixinStandardHelpOptions = true,
            description = {"Runs one sync job to its end; a second run copies only what is new.",
                "Passwords: ARANGO_PASSWORD (target), ARANGO_SOURCE_PASSWORD (source, default: the target's)."})
    static final class Run implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @ArgGroup(exclusive = true, multiplicity = "1")
        private From from;

        static final class From {
            @Option(names = "--source-url", paramLabel = "URL", description = "ArangoDB endpoint to read from.")
            String url;

            @Option(names = "--source-file", paramLabel = "FILE",
                    description = "JSONL file, or CSV (.csv) with a header row.")
            Path file;
        }

        @Option(names = "--source-database", paramLabel = "D", description = "Source database (default: --database).")
        private String sourceDatabase;

        @Option(names = "--source-user", paramLabel = "U", description = "Source user (default: --user).")
        private String sourceUser;

        @Option(names = "--target-url", paramLabel = "URL", required = true, description = "ArangoDB to write to.")
        private String targetUrl;

        @Option(names = "--user", paramLabel = "U", defaultValue = "root",
                description = "Target user (default: ${DEFAULT-VALUE}).")
        private String user;

        @Option(names = "--database", paramLabel = "D", required = true, description = "Target database.")
        private String database;

        @Option(names = "--collection", paramLabel = "C", required = true,
                description = "Source collection, and the target's unless --target-collection.")
        private String collection;

        @Option(names = "--target-collection", paramLabel = "C2", description = "Target collection (created if missing).")
        private String targetCollection;

        @Option(names = "--watermark", paramLabel = "ATTR", defaultValue = "submissiondate",
                description = "Incremental attribute, _key breaks ties (default: ${DEFAULT-VALUE}).")
        private String watermark;

        @Option(names = "--batch-size", paramLabel = "N", defaultValue = "1000",
                description = "Documents per import (default: ${DEFAULT-VALUE}).")
        private int batchSize;

        @Option(names = "--on-duplicate", paramLabel = "MODE", defaultValue = "update",
                description = {"What a document whose _key is already there does, in the target and within a "
                    + "file: update or replace (the later one wins), ignore or error (the first one wins; error "
                    + "makes the later one a reject) (default: ${DEFAULT-VALUE})."})
        private String onDuplicate;

        @Option(names = "--checkpoint-collection", paramLabel = "C", defaultValue = SyncDefaults.CHECKPOINT_COLLECTION,
                description = "Collection of the target database for the job's checkpoint, created if missing "
                        + "(default: ${DEFAULT-VALUE}).")
        private String checkpointCollection;

        @Option(names = "--checkpoint-date-attribute", paramLabel = "ATTR",
                defaultValue = SyncDefaults.CHECKPOINT_DATE_ATTRIBUTE,
                description = "Attribute of the checkpoint document holding the time of the last sync "
                        + "(default: ${DEFAULT-VALUE}).")
        private String checkpointDateAttribute;

        @Option(names = "--full", description = "Ignore the checkpoint and copy everything again.")
        private boolean full;

        @Option(names = "--rejects", paramLabel = "FILE", description = {"JSONL file for rejected records (its "
            + "directory must exist).", "Default: a new file under rejects/ in the data directory."})
        private Path rejects;

        @Option(names = "--no-auto-resync", description = "When the checkpoint no longer matches the target, stop "
                + "(exit 1) instead of copying everything missing again.")
        private boolean noAutoResync;

        @Option(names = "--json", description = "Print the result as one JSON object on stdout.")
        private boolean json;

        private final Env env;

        Run(Env env) {
            this.env = env;
        }

        @Override
        public Integer call() throws Exception {
            SyncSpec syncSpec = syncSpec();
            PrintWriter err = spec.commandLine().getErr();
            ProgressLine progress = new ProgressLine(err);
            try (ArangoClients clients = new ArangoClients();
                 SyncJobs jobs = new SyncJobs(new ArangoSyncConnector(clients), env.history(), c -> { }, 1)) {
                SyncResult result;
                try {
                    result = jobs.start(syncSpec, progress::offer).result().get();
                } catch (ExecutionException e) {
                    throw new CliFailure("The sync failed: " + Cli.sentence(e.getCause()), e.getCause());
                }
                progress.end();
                if (json) {
                    spec.commandLine().getOut().println(toJson(result));
                    spec.commandLine().getOut().flush();
                }
                if (result.state() != SyncState.SUCCEEDED) {
                    throw new CliFailure("The sync " + result.state().name().toLowerCase(Locale.ROOT) + ": "
                            + Cli.sentence(new RuntimeException(result.message())) + rejectsNote(result), null);
                }
                if (result.verification() != null && !result.verification().equal()) {
                    throw new CliFailure("The sync finished but verification found " + result.verification()
                            .describe() + "." + rejectsNote(result), null);
                }
                if (!json) {
                    spec.commandLine().getOut().println(summary(result));
                    spec.commandLine().getOut().flush();
                }
                return Cli.OK;
            }
        }

        private SyncSpec syncSpec() {
            if (batchSize < 1) {
                throw new ParameterException(spec.commandLine(), "--batch-size must be at least 1, not " + batchSize);
            }
            OnDuplicate mode;
            try {
                mode = OnDuplicate.valueOf(onDuplicate.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(),
                        "--on-duplicate must be update, replace, ignore or error, not "
                        + onDuplicate);
            }
            String password = orEmpty(env.variables().apply(PASSWORD_ENV));
            ConnectionTarget target = endpoint(targetUrl, user, password, database, "--target-url", PASSWORD_ENV);
            SyncSpec.Source source;
            if (from.url != null) {
                String sourcePassword = env.variables().apply(SOURCE_PASSWORD_ENV);
                source = new SyncSpec.ArangoCollection(endpoint(from.url, sourceUser == null ? user : sourceUser,
                        sourcePassword == null ? password : sourcePassword,
                        sourceDatabase == null ? database : sourceDatabase, "--source-url", SOURCE_PASSWORD_ENV),
                        collection);
            } else {
                if (!Files.isReadable(from.file)) {
                    throw new ParameterException(spec.commandLine(), "--source-file " + from.file
                            + " is not a readable file");
                }
                source = from.file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")
                        ? new SyncSpec.CsvFile(from.file, CsvOptions.defaults())
                        : new SyncSpec.JsonlFile(from.file);
            }
            String into = targetCollection == null ? collection : targetCollection;
            SyncJobConfig config;
            try {
                config = SyncJobConfig.defaults(SyncSpec.jobIdFor(source, target, into), watermark,
                                new CheckpointPlace(checkpointCollection, checkpointDateAttribute))
                        .withBatchSize(batchSize).withOnDuplicate(mode).withFull(full)
                        .withRejectsFile(rejectsFile()).withAutoResync(!noAutoResync);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
            return new SyncSpec(source, target, into, config);
        }

        private ConnectionTarget endpoint(String url, String who, String password, String db, String option,
                                          String passwordEnv) {
            return new ConnectionTarget(Endpoints.check(spec, option, url, passwordEnv), who, password, db,
                    ConnectionTarget.Label.PRIMARY);
        }

        /**
         * The user's {@code --rejects} file, whose directory must exist (it is never created: a typo must not leave
         * directories behind); else null: {@link SyncJobs} gives the run a new file under {@code rejects/} in the
         * data directory.
         */
        private Path rejectsFile() {
            if (rejects != null) {
                Path parent = rejects.toAbsolutePath().getParent();
                if (parent != null && Files.exists(parent) && !Files.isDirectory(parent)) {
                    throw new ParameterException(spec.commandLine(), "--rejects " + rejects + ": " + parent
                            + " is a file, not a directory");
                }
                if (parent != null && !Files.isDirectory(parent)) {
                    throw new ParameterException(spec.commandLine(), "--rejects " + rejects + ": the directory "
                            + parent + " does not exist (it is not created for you)");
                }
                if (Files.isDirectory(rejects)) {
                    throw new ParameterException(spec.commandLine(), "--rejects " + rejects
                            + " is a directory; give a file name");
                }
                return rejects;
            }
            return null; // SyncJobs gives the run its own file under rejects/ in the data directory
        }

        private static String orEmpty(String value) {
            return value == null ? "" : value;
        }
    }

    static String toJson(SyncResult r) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode o = mapper.createObjectNode();
        o.put("read", r.read());
        o.put("written", r.written());
        o.put("rejected", r.rejected());
        o.put("duplicates", r.duplicates());
        o.put("unchanged", r.unchanged());
        o.put("verified", r.verified());
        o.put("rejectsFile", r.rejectsFile());
        o.put("state", r.state().name().toLowerCase(Locale.ROOT));
        o.put("message", r.message());
        o.put("verification", r.verification() == null ? null : r.verification().describe());
        o.put("resumed", r.resumed());
        o.put("durationMillis", r.durationMillis());
        o.put("docsPerSecond", Math.round(r.docsPerSecond()));
        o.put("source", r.source());
        o.put("target", r.target());
        o.put("jobId", r.jobId());
        return o.toString();
    }

    static String summary(SyncResult r) {
        return String.format(Locale.ROOT, "Read %,d: wrote %,d, rejected %,d, duplicates %,d, unchanged %,d in "
                        + "%.1f s (%,.0f docs/s): %s.%s", r.read(), r.written(), r.rejected(), r.duplicates(),
                r.unchanged(), r.durationMillis() / 1000.0, r.docsPerSecond(), r.message(), rejectsNote(r));
    }

    /** " 3 rejected and 2 duplicate lines are in /path/rejects.jsonl." when there are any, else empty. */
    static String rejectsNote(SyncResult r) {
        return r.rejectsNote();
    }

    /** Prints progress at most once a second, so logs stay readable. */
    static final class ProgressLine {
        private final PrintWriter err;
        private long lastPrinted;
        private SyncState lastState;

        ProgressLine(PrintWriter err) {
            this.err = err;
        }

        synchronized void offer(SyncProgress p) {
            long now = System.nanoTime();
            if (lastState != null && now - lastPrinted < 1_000_000_000L) {
                return;
            }
            lastPrinted = now;
            lastState = p.state();
            if (p.state().isFinal()) {
                return;
            }
            String total = p.estimatedTotal() < 0 ? "?" : String.format(Locale.ROOT, "%,d", p.estimatedTotal());
            String eta = p.eta() == null ? "" : ", ETA " + p.eta().toSeconds() + " s";
            err.println(String.format(Locale.ROOT, "sync: %,d of %s, %,.0f docs/s%s, %d errors, %s%s", p.done(), total,
                    p.docsPerSecond(), eta, p.errors(), p.state().name().toLowerCase(Locale.ROOT),
                    p.message() == null ? "" : ": " + p.message()));
            err.flush();
        }

        synchronized void end() {
            err.flush();
        }
    }
}
