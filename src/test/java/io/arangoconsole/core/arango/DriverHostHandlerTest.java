package io.arangoconsole.core.arango;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.arangodb.ArangoDB;
import io.arangoconsole.core.connection.AuthMethod;
import io.arangoconsole.core.connection.ServerSpec;
import io.arangoconsole.core.connection.WireProtocol;
import io.arangoconsole.sandbox.Sandbox;
import io.arangoconsole.sandbox.SandboxConfig;
import io.arangoconsole.testing.TcpForwarder;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The skipping of a hanging coordinator (decision 0065) rests on driver internals: the driver's public API has no
 * way to choose or exclude a host per request (7.26.0: the builder offers only a load-balancing strategy and host
 * list acquisition; {@code Request} carries no host), so {@link SkippingHostHandler} implements the internal
 * {@code com.arangodb.internal.net.HostHandler} and is installed through the protected
 * {@code ArangoDB.Builder.createHostHandler(HostResolver)}. These tests fail loudly, naming both, when a driver
 * upgrade may have broken that, rather than leaving {@code CoordinatorHangTest} to fail on a timeout.
 */
class DriverHostHandlerTest {

    /** The driver version SkippingHostHandler was checked against (decision 0065). */
    private static final String CHECKED_DRIVER = "7.26.0";
    private static final String WHAT_TO_CHECK = "SkippingHostHandler implements the driver-internal "
            + "com.arangodb.internal.net.HostHandler, installed by ClientFactory through the protected "
            + "ArangoDB.Builder.createHostHandler(HostResolver). After a driver upgrade check that build() still calls "
            + "createHostHandler for every client, that HostHandler.get(HostHandle, AccessType) still picks the host of "
            + "each new request and keeps a HostHandle's host (a cursor's next batch), and that checkNext/fail still "
            + "move past a refused host; then run CoordinatorHangTest and CoordinatorFailoverTest, and update "
            + "CHECKED_DRIVER here and decision 0065.";

    @Test
    void theDriverIsTheVersionTheHostHandlerWasCheckedAgainst() {
        String version = ArangoDB.class.getPackage().getImplementationVersion();
        assertEquals(CHECKED_DRIVER, version, "The ArangoDB driver is " + version + ", not " + CHECKED_DRIVER + ". "
                + WHAT_TO_CHECK);
    }

    @Test
    void aSkippedHostGetsNoRequestFromAClientClientFactoryBuilt() throws Exception {
        try (Sandbox sandbox = Sandbox.start(new SandboxConfig("127.0.0.1", 0, 10, SandboxConfig.DEFAULT_SEED, true,
                     "pw", SandboxConfig.Dataset.SURVEY));
             TcpForwarder skipped = new TcpForwarder(sandbox.port());
             TcpForwarder used = new TcpForwarder(sandbox.port())) {
            ServerSpec spec = new ServerSpec(List.of(skipped.url(), used.url()), "root", "pw", AuthMethod.PASSWORD,
                    false, "", true, WireProtocol.HTTP1, 5, 5, false);
            String skippedHost = skipped.url().replaceFirst("^http://", "");
            ArangoDB client = ClientFactory.build(spec, null, skippedHost::equals, 5_000);
            try {
                for (int i = 0; i < 10; i++) {
                    client.getVersion();
                }
            } finally {
                client.shutdown();
            }
            assertEquals(0, skipped.bytesForwarded(), "A host the probe named still got requests: the driver no "
                    + "longer routes through SkippingHostHandler. " + WHAT_TO_CHECK);
            assertTrue(used.bytesForwarded() > 0, "the other host served the requests");
        }
    }
}
