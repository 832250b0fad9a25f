package io.arangoconsole.sandbox.conformance;

import com.arangodb.ArangoDB;
import com.arangodb.ArangoDBException;
import com.arangodb.Protocol;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.function.Executable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** One server per test class (a sandbox unless {@code ARANGODB_URL} is set), drivers per protocol. */
abstract class ConformanceBase {
    static TestServer server;

    @BeforeAll
    static void startServer() {
        server = TestServer.start(50);
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    static ArangoDB arango(Protocol protocol) {
        return server.driver(protocol);
    }

    /** Asserts the call fails as ArangoDB would: response code and errorNum from the error body. */
    static ArangoDBException assertArangoError(int code, int errorNum, Executable call) {
        ArangoDBException e = assertThrows(ArangoDBException.class, call);
        assertEquals(code, e.getResponseCode(), () -> "response code of " + e.getMessage());
        assertEquals(errorNum, e.getErrorNum(), () -> "errorNum of " + e.getMessage());
        return e;
    }
}
