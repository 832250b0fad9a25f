package io.arangoconsole.sandbox;

/**
 * How to run a sandbox: {@code port} 0 picks a free one; {@code records} sizes the dataset's largest collection;
 * authentication on by default with user {@code root} and {@code password} (empty as in a fresh ArangoDB).
 */
public record SandboxConfig(String host, int port, int records, long seed, boolean auth, String password,
                            Dataset dataset) {
    public static final long DEFAULT_SEED = 42;

    /** Which demo schema the sandbox holds: the survey records in {@code demo}, or a shop in {@code shop}. */
    public enum Dataset {
        SURVEY("demo"), SHOP("shop");

        private final String database;

        Dataset(String database) {
            this.database = database;
        }

        /** The database the dataset lives in. */
        public String database() {
            return database;
        }
    }

    public SandboxConfig {
        dataset = dataset == null ? Dataset.SURVEY : dataset;
    }

    /** A sandbox with the survey dataset (database {@code demo}). */
    public SandboxConfig(String host, int port, int records, long seed, boolean auth, String password) {
        this(host, port, records, seed, auth, password, Dataset.SURVEY);
    }

    public static SandboxConfig defaults() {
        return new SandboxConfig("127.0.0.1", 0, 38_000, DEFAULT_SEED, true, "");
    }

    public SandboxConfig withPort(int port) {
        return new SandboxConfig(host, port, records, seed, auth, password, dataset);
    }

    public SandboxConfig withRecords(int records) {
        return new SandboxConfig(host, port, records, seed, auth, password, dataset);
    }

    public SandboxConfig withDataset(Dataset dataset) {
        return new SandboxConfig(host, port, records, seed, auth, password, dataset);
    }
}
