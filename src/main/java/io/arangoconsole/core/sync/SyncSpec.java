package io.arangoconsole.core.sync;

import io.arangoconsole.core.connection.ConnectionTarget;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What a user asked to sync: where from, which collection of which endpoint to write to, and the job's settings.
 * Enough to run the job again or to verify it on demand later, without holding any connection.
 */
public record SyncSpec(Source source, ConnectionTarget target, String targetCollection, SyncJobConfig config) {

    /** Checks that every part is there. */
    public SyncSpec {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(config, "config");
        if (targetCollection == null || targetCollection.isBlank()) {
            throw new IllegalArgumentException("a sync needs a target collection");
        }
        refuseCredentials("target", target.endpoint());
        if (source instanceof ArangoCollection a) {
            refuseCredentials("source", a.endpoint().endpoint());
        }
    }

    /**
     * Refuses a URL carrying a user or password ({@code http://root:pw@host:8529}): it would end up in the job id,
     * the checkpoint's key, the history and the logs. Passwords go in their own field or environment variable.
     */
    static void refuseCredentials(String side, String url) {
        String text = url == null ? "" : url;
        int scheme = text.indexOf("://");
        String authority = text.substring(scheme < 0 ? 0 : scheme + 3);
        int slash = authority.indexOf('/');
        if ((slash < 0 ? authority : authority.substring(0, slash)).contains("@")) {
            throw new IllegalArgumentException("The " + side + " URL must not contain a user or password: give the "
                    + "user and password in their own fields (on the command line, the password in the environment "
                    + "variable).");
        }
    }

    /** Where the documents come from. */
    public sealed interface Source permits ArangoCollection, JsonlFile, CsvFile {
        /** For messages and job ids, e.g. {@code http://h:8529/demo/va_table} or the file path. */
        String describe();
    }

    /** A collection on another endpoint (another profile, or an endpoint typed in), read by a streaming cursor. */
    public record ArangoCollection(ConnectionTarget endpoint, String collection) implements Source {
        @Override
        public String describe() {
            return endpoint.endpoint() + "/" + endpoint.database() + "/" + collection;
        }
    }

    /** A JSONL file, one document per line. */
    public record JsonlFile(Path file) implements Source {
        @Override
        public String describe() {
            return file.toString();
        }
    }

    /** A CSV file with a header row, columns converted per {@code options}. */
    public record CsvFile(Path file, CsvOptions options) implements Source {
        @Override
        public String describe() {
            return file.toString();
        }
    }

    /** How messages and history name the target: {@code http://h:8529/demo/va_table}. */
    public String describeTarget() {
        return target.endpoint() + "/" + target.database() + "/" + targetCollection;
    }

    /**
     * A job id that stays the same for the same source and target, so the next run of the same sync resumes from
     * its checkpoint instead of starting over.
     */
    public static String jobIdFor(Source source, ConnectionTarget target, String targetCollection) {
        return source.describe() + " -> " + target.endpoint() + "/" + target.database() + "/" + targetCollection;
    }
}
