package io.arangoconsole.sandbox.conformance;

import com.arangodb.ArangoCollection;
import com.arangodb.ArangoDatabase;
import com.arangodb.Protocol;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInfo;

import java.util.Locale;

/**
 * A conformance test class with a database of its own, named after the class, created before its tests and dropped
 * after them, so that what they create never meets another class's collections, functions or settings.
 */
abstract class OwnDatabaseConformanceBase extends ConformanceBase {
    static String dbName;

    @BeforeAll
    static void createOwnDatabase(TestInfo info) {
        String className = info.getTestClass().map(Class::getSimpleName).orElse("conformance");
        dbName = TestServer.unique(className.replace("ConformanceTest", "").toLowerCase(Locale.ROOT));
        server.driver(Protocol.HTTP_JSON).createDatabase(dbName);
    }

    @AfterAll
    static void dropOwnDatabase() {
        if (server != null && dbName != null) {
            server.driver(Protocol.HTTP_JSON).db(dbName).drop();
        }
        dbName = null;
    }

    static ArangoDatabase db(Protocol p) {
        return arango(p).db(dbName);
    }

    /** A new collection {@code prefix_protocol}, so the same test over both protocols does not collide. */
    static ArangoCollection fresh(Protocol p, String prefix) {
        ArangoCollection c = db(p).collection(prefix + "_" + p.name().toLowerCase(Locale.ROOT));
        c.create();
        return c;
    }
}
