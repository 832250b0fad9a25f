package io.arangoconsole.cli;

import io.arangoconsole.sandbox.Sandbox;
import io.arangoconsole.sandbox.SandboxConfig;
import java.util.concurrent.CountDownLatch;

/** Starts a sandbox and keeps the process serving; a seam so CLI tests need not serve forever. */
public interface SandboxRunner {

    /** Starts serving and returns the sandbox's URL. */
    String start(SandboxConfig config) throws Exception;

    /** Blocks until the process is told to stop (e.g. killed). */
    void awaitShutdown() throws InterruptedException;

    /** The real one: serves until the JVM is killed, closing the sandbox in a shutdown hook. */
    static SandboxRunner serving() {
        return new SandboxRunner() {
            private final CountDownLatch forever = new CountDownLatch(1);

            @Override
            public String start(SandboxConfig config) {
                Sandbox sandbox = Sandbox.start(config);
                Runtime.getRuntime().addShutdownHook(new Thread(sandbox::close, "sandbox-shutdown"));
                return sandbox.url();
            }

            @Override
            public void awaitShutdown() throws InterruptedException {
                forever.await();
            }
        };
    }
}
