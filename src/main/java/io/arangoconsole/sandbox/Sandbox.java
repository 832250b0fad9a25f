package io.arangoconsole.sandbox;

import io.arangoconsole.sandbox.store.Store;

/**
 * A running ArangoDB-compatible sandbox: the store with demo data, the HTTP server (HTTP/1.1 and h2c on one port)
 * and its fault control. Stopping and starting again keeps the data and the port.
 */
public final class Sandbox implements AutoCloseable {

    /** Builds the demo data and starts serving; returns once the port is listening. */
    public static Sandbox start(SandboxConfig config) {
        throw new UnsupportedOperationException("sandbox server not built yet");
    }

    /** {@code http://host:port}. */
    public String url() {
        throw new UnsupportedOperationException();
    }

    public int port() {
        throw new UnsupportedOperationException();
    }

    public Store store() {
        throw new UnsupportedOperationException();
    }

    /** Stops listening (clients get connection refused); data is kept. */
    public void stop() {
        throw new UnsupportedOperationException();
    }

    /** Listens again on the same port. */
    public void restart() {
        throw new UnsupportedOperationException();
    }

    @Override
    public void close() {
    }
}
