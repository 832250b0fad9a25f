package io.arangoconsole.core.arango;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arangoconsole.core.connection.AuthMethod;
import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.core.connection.ServerSpec;
import io.arangoconsole.core.connection.WireProtocol;
import io.arangoconsole.core.indexes.IndexGateway;
import io.arangoconsole.core.indexes.IndexSpec;
import io.arangoconsole.sandbox.Sandbox;
import io.arangoconsole.sandbox.SandboxConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A DBA connected through a profile (here: JWT over HTTP/2) builds an index from the Indexes pane: the build goes
 * through the profile's settings like every other call, not through a plain user/password client of its own.
 */
class IndexConnectionsProfileTest {

    private Sandbox sandbox;
    private ArangoClients clients;

    @BeforeEach
    void start() {
        sandbox = Sandbox.start(SandboxConfig.defaults().withRecords(200));
        clients = new ArangoClients();
    }

    @AfterEach
    void stop() {
        clients.close();
        sandbox.close();
    }

    @Test
    void buildsAndListsThroughAJwtProfile() throws Exception {
        ServerSpec spec = new ServerSpec(List.of(sandbox.url()), "root", jwt(), AuthMethod.JWT, false, "", false,
                WireProtocol.HTTP2, 4, 10, false);
        ConnectionTarget primary = spec.target("demo", ConnectionTarget.Label.PRIMARY);
        clients.register(primary, spec);
        try (IndexConnections connections = new IndexConnections(clients)) {
            IndexGateway gateway = connections.gateway(primary);

            IndexGateway.CreatedIndex created = gateway.create(IndexSpec.of("va_table", "status"));

            assertTrue(created.created(), "the build went through the profile's JWT");
            assertTrue(gateway.list("va_table", false).stream().anyMatch(i -> i.id().equals(created.id())));
        }
    }

    /** A token from the server's login endpoint, as a DBA would paste into the profile. */
    private String jwt() throws Exception {
        HttpResponse<String> reply = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(sandbox.url() + "/_open/auth"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"root\",\"password\":\"\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"jwt\"\\s*:\\s*\"([^\"]+)\"").matcher(reply.body());
        assertTrue(m.find(), "login answered " + reply.body());
        return m.group(1);
    }
}
