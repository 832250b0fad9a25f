package io.arangoconsole.sandbox;

/**
 * How to run a sandbox: {@code port} 0 picks a free one; {@code records} survey records in {@code demo.va_table};
 * authentication on by default with user {@code root} and {@code password} (empty as in a fresh ArangoDB);
 * {@code queryMemoryLimit} the bytes one AQL query may hold unless it sets its own {@code memoryLimit}
 * ({@link #DEFAULT_QUERY_MEMORY_LIMIT} for a quarter of the heap, see decision 0019).
 */
public record SandboxConfig(String host, int port, int records, long seed, boolean auth, String password,
                            long queryMemoryLimit) {
    public static final long DEFAULT_SEED = 42;
    /** A quarter of the JVM's maximum heap. */
    public static final long DEFAULT_QUERY_MEMORY_LIMIT = -1;

    public SandboxConfig(String host, int port, int records, long seed, boolean auth, String password) {
        this(host, port, records, seed, auth, password, DEFAULT_QUERY_MEMORY_LIMIT);
    }

    public static SandboxConfig defaults() {
        return new SandboxConfig("127.0.0.1", 0, 38_000, DEFAULT_SEED, true, "");
    }

    public SandboxConfig withPort(int port) {
        return new SandboxConfig(host, port, records, seed, auth, password, queryMemoryLimit);
    }

    public SandboxConfig withRecords(int records) {
        return new SandboxConfig(host, port, records, seed, auth, password, queryMemoryLimit);
    }

    public SandboxConfig withQueryMemoryLimit(long bytes) {
        return new SandboxConfig(host, port, records, seed, auth, password, bytes);
    }

    /** The limit in bytes that applies: the configured one, or a quarter of the heap; 0 means none. */
    public long effectiveQueryMemoryLimit() {
        return queryMemoryLimit >= 0 ? queryMemoryLimit : Runtime.getRuntime().maxMemory() / 4;
    }
}
