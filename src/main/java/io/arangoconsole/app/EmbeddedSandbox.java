package io.arangoconsole.app;

import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.sandbox.Sandbox;
import io.arangoconsole.sandbox.SandboxConfig;
import io.arangoconsole.ui.shell.SandboxLauncher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;

/**
 * The sandbox the console starts when the user has no saved connection; closed when the console exits. Its generated
 * demo data is kept in the console's data directory and read back on the next start (decision 0034). Public for the
 * start-to-data benchmark, which starts it exactly as the console does.
 */
public final class EmbeddedSandbox implements SandboxLauncher, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedSandbox.class);

    private final SandboxConfig config;
    private final Path dataDir;
    private Sandbox sandbox;
    private boolean closed;

    /** @param dataDir where the demo data is kept between starts; null keeps it nowhere */
    public EmbeddedSandbox(SandboxConfig config, Path dataDir) {
        this.config = config;
        this.dataDir = dataDir;
    }

    @Override
    public ConnectionTarget start() {
        synchronized (this) {
            if (sandbox != null) {
                return target(sandbox);
            }
        }
        LOG.info("Starting the embedded sandbox with {} records", config.records());
        Sandbox started = Sandbox.start(config, dataDir);
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
