package io.arangoconsole.sandbox;

import io.arangoconsole.sandbox.aql.QueryLogOptions;

/**
 * How to run a sandbox: {@code port} 0 picks a free one; {@code records} sizes the dataset's largest collection;
 * authentication on by default with user {@code root} and {@code password} (empty as in a fresh ArangoDB);
 * {@code dataset} the demo schema it holds; {@code queryMemoryLimit} the bytes one AQL query may hold unless it sets
 * its own {@code memoryLimit} ({@link #DEFAULT_QUERY_MEMORY_LIMIT} for a quarter of the heap, see decision 0019);
 * {@code maxBodySize} bytes at most in a request body (after gzip/deflate inflation) and {@code bodyTimeoutMillis}
 * at most between two pieces of a body before the request is dropped (docs/decisions/0022); {@code bodyRateGraceMillis}
 * how long a body may arrive before its average rate is judged (0: {@code bodyTimeoutMillis}, the default; tests set
 * it apart so that a slow body cannot also count as a stalled one); {@code queryLog} whether and how finished queries
 * are logged to {@code _system._queries} (off by default, as in ArangoDB; decision 0081).
 */
public record SandboxConfig(String host, int port, int records, long seed, boolean auth, String password,
                            Dataset dataset, long queryMemoryLimit, long maxBodySize, long bodyTimeoutMillis,
                            long bodyRateGraceMillis, QueryLogOptions queryLog) {
    public static final long DEFAULT_SEED = 42;
    /** A quarter of the JVM's maximum heap. */
    public static final long DEFAULT_QUERY_MEMORY_LIMIT = -1;
    /** 256 MiB: see docs/decisions/0022-request-body-limits.md for why not ArangoDB's 1 GiB. */
    public static final long DEFAULT_MAX_BODY_SIZE = 256L << 20;
    public static final long DEFAULT_BODY_TIMEOUT_MILLIS = 30_000;

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
        queryLog = queryLog == null ? QueryLogOptions.OFF : queryLog;
        if (maxBodySize <= 0) {
            throw new IllegalArgumentException("the maximum body size must be positive, not " + maxBodySize);
        }
        if (bodyTimeoutMillis <= 0) {
            throw new IllegalArgumentException("the body timeout must be positive, not " + bodyTimeoutMillis);
        }
        if (bodyRateGraceMillis < 0) {
            throw new IllegalArgumentException("the body rate grace must not be negative, not " + bodyRateGraceMillis);
        }
    }

    /** With the body's rate judged after {@code bodyTimeoutMillis}, the default. */
    public SandboxConfig(String host, int port, int records, long seed, boolean auth, String password,
                         Dataset dataset, long queryMemoryLimit, long maxBodySize, long bodyTimeoutMillis) {
        this(host, port, records, seed, auth, password, dataset, queryMemoryLimit, maxBodySize, bodyTimeoutMillis, 0,
                QueryLogOptions.OFF);
    }

    /** A sandbox with the survey dataset (database {@code demo}) and the default limits. */
    public SandboxConfig(String host, int port, int records, long seed, boolean auth, String password) {
        this(host, port, records, seed, auth, password, Dataset.SURVEY);
    }

    /** A sandbox holding {@code dataset}, with the default limits. */
    public SandboxConfig(String host, int port, int records, long seed, boolean auth, String password,
                         Dataset dataset) {
        this(host, port, records, seed, auth, password, dataset, DEFAULT_QUERY_MEMORY_LIMIT, DEFAULT_MAX_BODY_SIZE,
                DEFAULT_BODY_TIMEOUT_MILLIS);
    }

    /** A sandbox with the survey dataset, one query's memory limit and the default body limits. */
    public SandboxConfig(String host, int port, int records, long seed, boolean auth, String password,
                         long queryMemoryLimit) {
        this(host, port, records, seed, auth, password, Dataset.SURVEY, queryMemoryLimit, DEFAULT_MAX_BODY_SIZE,
                DEFAULT_BODY_TIMEOUT_MILLIS);
    }

    public static SandboxConfig defaults() {
        return new SandboxConfig("127.0.0.1", 0, 38_000, DEFAULT_SEED, true, "");
    }

    public SandboxConfig withPort(int port) {
        return new SandboxConfig(host, port, records, seed, auth, password, dataset, queryMemoryLimit, maxBodySize,
                bodyTimeoutMillis, bodyRateGraceMillis, queryLog);
    }

    public SandboxConfig withRecords(int records) {
        return new SandboxConfig(host, port, records, seed, auth, password, dataset, queryMemoryLimit, maxBodySize,
                bodyTimeoutMillis, bodyRateGraceMillis, queryLog);
    }

    public SandboxConfig withDataset(Dataset dataset) {
        return new SandboxConfig(host, port, records, seed, auth, password, dataset, queryMemoryLimit, maxBodySize,
                bodyTimeoutMillis, bodyRateGraceMillis, queryLog);
    }

    public SandboxConfig withQueryMemoryLimit(long bytes) {
        return new SandboxConfig(host, port, records, seed, auth, password, dataset, bytes, maxBodySize,
                bodyTimeoutMillis, bodyRateGraceMillis, queryLog);
    }

    public SandboxConfig withMaxBodySize(long bytes) {
        return new SandboxConfig(host, port, records, seed, auth, password, dataset, queryMemoryLimit, bytes,
                bodyTimeoutMillis, bodyRateGraceMillis, queryLog);
    }

    public SandboxConfig withBodyTimeoutMillis(long millis) {
        return new SandboxConfig(host, port, records, seed, auth, password, dataset, queryMemoryLimit, maxBodySize,
                millis, bodyRateGraceMillis, queryLog);
    }

    /** Judges a body's average rate after {@code millis} instead of after the body timeout (for tests). */
    public SandboxConfig withBodyRateGraceMillis(long millis) {
        return new SandboxConfig(host, port, records, seed, auth, password, dataset, queryMemoryLimit, maxBodySize,
                bodyTimeoutMillis, millis, queryLog);
    }

    /** The same sandbox logging its finished queries to {@code _system._queries} as {@code options} say. */
    public SandboxConfig withQueryLog(QueryLogOptions options) {
        return new SandboxConfig(host, port, records, seed, auth, password, dataset, queryMemoryLimit, maxBodySize,
                bodyTimeoutMillis, bodyRateGraceMillis, options);
    }

    /** The limit in bytes that applies: the configured one, or a quarter of the heap; 0 means none. */
    public long effectiveQueryMemoryLimit() {
        return queryMemoryLimit >= 0 ? queryMemoryLimit : Runtime.getRuntime().maxMemory() / 4;
    }
}
