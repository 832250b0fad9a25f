package io.arangoconsole.sandbox;

/**
 * How to run a sandbox: {@code port} 0 picks a free one; {@code records} survey records in {@code demo.va_table};
 * authentication on by default with user {@code root} and {@code password} (empty as in a fresh ArangoDB).
 */
public record SandboxConfig(String host, int port, int records, long seed, boolean auth, String password) {
    public static final long DEFAULT_SEED = 42;

    public static SandboxConfig defaults() {
        return new SandboxConfig("127.0.0.1", 0, 38_000, DEFAULT_SEED, true, "");
    }

    public SandboxConfig withPort(int port) {
        return new SandboxConfig(host, port, records, seed, auth, password);
    }

    public SandboxConfig withRecords(int records) {
        return new SandboxConfig(host, port, records, seed, auth, password);
    }
}
