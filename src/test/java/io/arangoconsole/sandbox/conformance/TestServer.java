package io.arangoconsole.sandbox.conformance;

import com.arangodb.ArangoDB;
import com.arangodb.Protocol;
import com.arangodb.Request;
import com.arangodb.Response;
import com.arangodb.util.RawBytes;
import com.fasterxml.jackson.databind.JsonNode;
import io.arangoconsole.sandbox.Sandbox;
import io.arangoconsole.sandbox.SandboxConfig;
import io.arangoconsole.sandbox.store.Json;
import org.junit.jupiter.api.Assumptions;

import java.net.URI;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * The server the conformance tests talk to: a real ArangoDB when {@code ARANGODB_URL} is set (password from
 * {@code ARANGODB_PASSWORD}), otherwise a sandbox started for the test class on a free port with a little demo data.
 * One driver per protocol, shared by the tests of a class.
 */
public final class TestServer implements AutoCloseable {
    public static final String PASSWORD_FOR_SANDBOX = "conformance-pw";
    private final Sandbox sandbox;
    private final String host;
    private final int port;
    private final String password;
    private final Map<Protocol, ArangoDB> drivers = new EnumMap<>(Protocol.class);

    private TestServer(Sandbox sandbox, String host, int port, String password) {
        this.sandbox = sandbox;
        this.host = host;
        this.port = port;
        this.password = password;
    }

    /** Connects to {@code ARANGODB_URL} if set, else starts a sandbox with {@code records} demo records. */
    public static TestServer start(int records) {
        return start(records, UnaryOperator.identity());
    }

    /** As {@link #start(int)}, with a sandbox configured by {@code tune} (a real server is taken as it is). */
    public static TestServer start(int records, UnaryOperator<SandboxConfig> tune) {
        String url = System.getenv("ARANGODB_URL");
        if (url != null && !url.isBlank()) {
            URI uri = URI.create(url.trim());
            String pw = System.getenv("ARANGODB_PASSWORD");
            return new TestServer(null, uri.getHost(), uri.getPort() < 0 ? 8529 : uri.getPort(), pw == null ? "" : pw);
        }
        SandboxConfig config = new SandboxConfig("127.0.0.1", 0, records, SandboxConfig.DEFAULT_SEED, true,
                PASSWORD_FOR_SANDBOX);
        Sandbox sandbox = Sandbox.start(tune.apply(config));
        return new TestServer(sandbox, "127.0.0.1", sandbox.port(), PASSWORD_FOR_SANDBOX);
    }

    public boolean isSandbox() {
        return sandbox != null;
    }

    /** The sandbox, skipping the calling test when the tests run against a real server. */
    public Sandbox sandbox() {
        Assumptions.assumeTrue(sandbox != null, "needs the sandbox's fault control");
        return sandbox;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public String password() {
        return password;
    }

    /** The shared driver for {@code protocol}. */
    public synchronized ArangoDB driver(Protocol protocol) {
        return drivers.computeIfAbsent(protocol, p -> builder(p).build());
    }

    public ArangoDB.Builder builder(Protocol protocol) {
        return new ArangoDB.Builder().host(host, port).user("root").password(password).protocol(protocol);
    }

    /** A name no other test run uses, so tests against a shared real server do not collide. */
    public static String unique(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    /** A generic request answered as JSON (status and parsed body). */
    public static JsonResponse call(ArangoDB driver, Request<?> request) {
        Response<RawBytes> r = driver.execute(request, RawBytes.class);
        RawBytes body = r.getBody();
        JsonNode json = body == null || body.get().length == 0 ? null : Json.parse(body.get());
        return new JsonResponse(r.getResponseCode(), r.getHeaders(), json,
                body == null ? "" : new String(body.get(), java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Status, headers, parsed body and body text of a generic call. */
    public record JsonResponse(int status, Map<String, String> headers, JsonNode json, String text) {
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
