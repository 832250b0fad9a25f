package io.arangoconsole.app;

import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.sandbox.Sandbox;
import io.arangoconsole.sandbox.SandboxConfig;
import io.arangoconsole.ui.shell.SandboxLauncher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The sandbox the console starts when the user has no saved connection; closed when the console exits. */
final class EmbeddedSandbox implements SandboxLauncher, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedSandbox.class);

    private final SandboxConfig config;
    private Sandbox sandbox;
    private boolean closed;

    EmbeddedSandbox(SandboxConfig config) {
        this.config = config;
    }

    @Override
    public ConnectionTarget start() {
        synchronized (this) {
            if (sandbox != null) {
                return target(sandbox);
            }
        }
        LOG.info("Starting the embedded sandbox with {} records", config.records());
        Sandbox started = Sandbox.start(config);
        synchronized (this) {
            if (closed) {
                // The console was closed while the demo data was being built.
                started.close();
                throw new IllegalStateException("the console is closing");
            }
            sandbox = started;
        }
        LOG.info("Embedded sandbox listening on {}", started.url());
        return target(started);
    }

    private ConnectionTarget target(Sandbox running) {
        return new ConnectionTarget(running.url(), "root", config.password(), config.dataset().database(),
                ConnectionTarget.Label.SANDBOX);
    }

    @Override
    public void close() {
        Sandbox running;
        synchronized (this) {
            closed = true;
            running = sandbox;
            sandbox = null;
        }
        if (running != null) {
            running.close();
            LOG.info("Embedded sandbox closed");
        }
    }
}
