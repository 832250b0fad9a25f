package io.arangoconsole.cli;

import io.arangoconsole.sandbox.Sandbox;
import io.arangoconsole.sandbox.SandboxConfig;
import io.arangoconsole.sandbox.SandboxMode;
import java.util.concurrent.CountDownLatch;

/** Starts a sandbox and keeps the process serving; a seam so CLI tests need not serve forever. */
public interface SandboxRunner {

    /** Starts serving and returns the sandbox's URL. */
    String start(SandboxConfig config) throws Exception;

    /** Starts serving in {@code mode} (a cluster, the faults API) and returns the URLs, the first Coordinator's first. */
    default java.util.List<String> start(SandboxConfig config, SandboxMode mode) throws Exception {
        if (mode.isCluster() || mode.faultsApi()) {
            throw new UnsupportedOperationException("this runner serves single servers only");
        }
        return java.util.List.of(start(config));
    }

    /** Blocks until the process is told to stop (e.g. killed). */
    void awaitShutdown() throws InterruptedException;

    /** The real one: serves until the JVM is killed, closing the sandbox in a shutdown hook. */
    static SandboxRunner serving() {
        return new SandboxRunner() {
            private final CountDownLatch forever = new CountDownLatch(1);

            @Override
            public String start(SandboxConfig config) {
                return start(config, SandboxMode.single()).get(0);
            }

            @Override
            public java.util.List<String> start(SandboxConfig config, SandboxMode mode) {
                Sandbox sandbox = Sandbox.start(config, mode);
                Runtime.getRuntime().addShutdownHook(new Thread(sandbox::close, "sandbox-shutdown"));
                return sandbox.urls();
            }

            @Override
            public void awaitShutdown() throws InterruptedException {
                forever.await();
            }
        };
    }
}
