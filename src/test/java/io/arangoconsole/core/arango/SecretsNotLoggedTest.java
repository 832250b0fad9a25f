package io.arangoconsole.core.arango;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.arangoconsole.core.connection.ActiveConnection;
import io.arangoconsole.core.connection.ConnectionProfile;
import io.arangoconsole.core.connection.ServerSpec;
import io.arangoconsole.core.routing.Operation;
import io.arangoconsole.sandbox.Sandbox;
import io.arangoconsole.sandbox.SandboxConfig;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Connecting, probing and failing with a password logs a lot, and never the password. */
class SecretsNotLoggedTest {

    private static final String SECRET = "pw-Secret-4711";

    @Test
    void passwordsAppearInNoLogLineNorInToString() {
        Logger console = (Logger) LoggerFactory.getLogger("io.arangoconsole");
        Level before = console.getLevel();
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        console.addAppender(appender);
        console.setLevel(Level.DEBUG);
        try (Sandbox primary = Sandbox.start(new SandboxConfig("127.0.0.1", 0, 5, 42, true, SECRET));
             Sandbox replica = Sandbox.start(new SandboxConfig("127.0.0.1", 0, 5, 42, true, SECRET));
             ArangoGateway gateway = new ArangoGateway(new ArangoClients())) {
            ArangoClients clients = new ArangoClients();
            ProfileConnector connector = new ProfileConnector(clients, new ArangoGateway(clients), null, 1);
            ConnectionProfile profile = ConnectionProfile.of("p", primary.url(), "demo")
                    .withSeparateReplica(List.of(replica.url()), "");
            try (ActiveConnection connection = connector.open(profile, SECRET, SECRET)) {
                connection.probe().probeOnce();
                assertEquals("SINGLE", gateway.probe(connection.route(Operation.READ).target()).role());
                replica.stop();
                connection.probe().probeOnce();
                assertFalse(connection.toString().contains(SECRET));
                assertFalse(connection.route(Operation.READ).toString().contains(SECRET));
            }
            ServerSpec wrong = ServerSpec.primary(profile, SECRET + "-wrong");
            assertFalse(wrong.toString().contains(SECRET));
            assertThrows(ConnectionFailure.class, () -> new ConnectionTester().test(wrong, "demo"));
            clients.close();
        } finally {
            console.detachAppender(appender);
            console.setLevel(before);
        }
        assertTrue(appender.list.size() > 0, "the connection was logged");
        for (ILoggingEvent event : appender.list) {
            assertFalse(event.getFormattedMessage().contains(SECRET), event.getFormattedMessage());
        }
    }
}
