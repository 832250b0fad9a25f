package io.arangoconsole.sandbox.conformance;

import com.arangodb.ArangoDB;
import com.arangodb.Protocol;
import com.arangodb.Request;
import com.arangodb.entity.ServerRole;
import io.arangoconsole.sandbox.Sandbox;
import io.arangoconsole.sandbox.SandboxConfig;
import io.arangoconsole.sandbox.SandboxMode;
import io.arangoconsole.sandbox.cluster.ClusterOptions;
import org.junit.jupiter.api.Assumptions;

import java.net.URI;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The cluster the cluster conformance tests talk to: a real Coordinator when {@code ARANGODB_URL} is set and answers
 * as one (the tests are skipped, saying why, when it is a single server), otherwise a sandbox cluster of three
 * Coordinators and three DB-Servers with the supervision's timings scaled down tenfold, so failover tests take
 * about a second instead of ten.
 */
final class ClusterServer implements AutoCloseable {
    static final int TIME_SCALE = 10;
    private final Sandbox sandbox;
    private final List<URI> coordinators;
    private final String password;
    private final Map<Protocol, ArangoDB> drivers = new EnumMap<>(Protocol.class);

    private ClusterServer(Sandbox sandbox, List<URI> coordinators, String password) {
        this.sandbox = sandbox;
        this.coordinators = coordinators;
        this.password = password;
    }

    static ClusterServer start(int records) {
        String url = System.getenv("ARANGODB_URL");
        if (url != null && !url.isBlank()) {
            List<URI> uris = new ArrayList<>();
            for (String u : url.split(",")) {
                uris.add(URI.create(u.trim()));
            }
            String pw = System.getenv("ARANGODB_PASSWORD");
            ClusterServer real = new ClusterServer(null, uris, pw == null ? "" : pw);
            ServerRole role = real.driver(Protocol.HTTP_JSON).getRole();
            if (role != ServerRole.COORDINATOR) {
                real.close();
                Assumptions.abort("ARANGODB_URL points at a server whose role is " + role
                        + ", not a cluster Coordinator: the cluster conformance tests need one");
            }
            return real;
        }
        SandboxConfig config = new SandboxConfig("127.0.0.1", 0, records, SandboxConfig.DEFAULT_SEED, true,
                TestServer.PASSWORD_FOR_SANDBOX);
        ClusterOptions options = ClusterOptions.defaults()
                .withTimings(ClusterOptions.Timings.REFERENCE.scaledDown(TIME_SCALE));
        Sandbox sandbox = Sandbox.start(config, SandboxMode.cluster(options).withFaultsApi());
        return new ClusterServer(sandbox, sandbox.urls().stream().map(URI::create).toList(),
                TestServer.PASSWORD_FOR_SANDBOX);
    }

    boolean isSandbox() {
        return sandbox != null;
    }

    /** The sandbox, skipping the calling test against a real cluster. */
    Sandbox sandbox() {
        Assumptions.assumeTrue(sandbox != null, "needs the sandbox's fault control");
        return sandbox;
    }

    List<URI> coordinators() {
        return coordinators;
    }

    String password() {
        return password;
    }

    /** A driver for the first Coordinator only. */
    synchronized ArangoDB driver(Protocol protocol) {
        return drivers.computeIfAbsent(protocol, p -> builder(p, 0).build());
    }

    /** A driver builder for Coordinator {@code index}. */
    ArangoDB.Builder builder(Protocol protocol, int index) {
        URI uri = coordinators.get(index);
        return new ArangoDB.Builder().host(uri.getHost(), uri.getPort()).user("root").password(password)
                .protocol(protocol);
    }

    TestServer.JsonResponse call(Protocol p, Request<?> request) {
        return TestServer.call(driver(p), request);
    }

    @Override
    public void close() {
        drivers.values().forEach(ArangoDB::shutdown);
        drivers.clear();
        if (sandbox != null) {
            sandbox.close();
        }
    }
}
