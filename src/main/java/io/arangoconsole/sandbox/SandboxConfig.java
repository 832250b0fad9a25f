package io.arangoconsole.sandbox;

/**
 * How to run a sandbox: {@code port} 0 picks a free one; {@code records} survey records in {@code demo.va_table};
 * authentication on by default with user {@code root} and {@code password} (empty as in a fresh ArangoDB);
 * {@code queryMemoryLimit} the bytes one AQL query may hold unless it sets its own {@code memoryLimit}
 * ({@link #DEFAULT_QUERY_MEMORY_LIMIT} for a quarter of the heap, see decision 0019);
 * {@code maxBodySize} bytes at most in a request body (after gzip/deflate inflation) and {@code bodyTimeoutMillis}
 * at most between two pieces of a body before the request is dropped (docs/decisions/0022).
 */
public record SandboxConfig(String host, int port, int records, long seed, boolean auth, String password,
                            long queryMemoryLimit, long maxBodySize, long bodyTimeoutMillis) {
    public static final long DEFAULT_SEED = 42;
    /** A quarter of the JVM's maximum heap. */
    public static final long DEFAULT_QUERY_MEMORY_LIMIT = -1;
    /** 256 MiB: see docs/decisions/0022-request-body-limits.md for why not ArangoDB's 1 GiB. */
    public static final long DEFAULT_MAX_BODY_SIZE = 256L << 20;
    public static final long DEFAULT_BODY_TIMEOUT_MILLIS = 30_000;

    public SandboxConfig {
        if (maxBodySize <= 0) {
            throw new IllegalArgumentException("the maximum body size must be positive, not " + maxBodySize);
        }
        if (bodyTimeoutMillis <= 0) {
            throw new IllegalArgumentException("the body timeout must be positive, not " + bodyTimeoutMillis);
        }
    }

    public SandboxConfig(String host, int port, int records, long seed, boolean auth, String password) {
        this(host, port, records, seed, auth, password, DEFAULT_QUERY_MEMORY_LIMIT);
    }

    public SandboxConfig(String host, int port, int records, long seed, boolean auth, String password,
                         long queryMemoryLimit) {
        this(host, port, records, seed, auth, password, queryMemoryLimit, DEFAULT_MAX_BODY_SIZE,
                DEFAULT_BODY_TIMEOUT_MILLIS);
    }

    public static SandboxConfig defaults() {
        return new SandboxConfig("127.0.0.1", 0, 38_000, DEFAULT_SEED, true, "");
    }

    public SandboxConfig withPort(int port) {
        return new SandboxConfig(host, port, records, seed, auth, password, queryMemoryLimit, maxBodySize,
                bodyTimeoutMillis);
    }

    public SandboxConfig withRecords(int records) {
        return new SandboxConfig(host, port, records, seed, auth, password, queryMemoryLimit, maxBodySize,
                bodyTimeoutMillis);
    }

    public SandboxConfig withQueryMemoryLimit(long bytes) {
        return new SandboxConfig(host, port, records, seed, auth, password, bytes, maxBodySize, bodyTimeoutMillis);
    }

    public SandboxConfig withMaxBodySize(long bytes) {
        return new SandboxConfig(host, port, records, seed, auth, password, queryMemoryLimit, bytes,
                bodyTimeoutMillis);
    }

    public SandboxConfig withBodyTimeoutMillis(long millis) {
        return new SandboxConfig(host, port, records, seed, auth, password, queryMemoryLimit, maxBodySize, millis);
    }

    /** The limit in bytes that applies: the configured one, or a quarter of the heap; 0 means none. */
    public long effectiveQueryMemoryLimit() {
        return queryMemoryLimit >= 0 ? queryMemoryLimit : Runtime.getRuntime().maxMemory() / 4;
    }
}
