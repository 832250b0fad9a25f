package io.arangoconsole.core.arango;

import com.arangodb.ArangoDBException;
import com.arangodb.entity.ErrorEntity;
import io.arangoconsole.core.sync.ImportResult;
import io.arangoconsole.core.sync.SyncFailure;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SyncArangoErrorsTest {

    static final SyncSide TARGET = new SyncSide("target", "http://db.example:8529", "root", "demo", "t", 10);
    static final SyncSide SOURCE = new SyncSide("source", "http://src.example:8529", "reader", "shop", "orders", 10);

    private static SyncFailure failureOf(ArangoDBException e) {
        return failureOf(TARGET, e);
    }

    private static SyncFailure failureOf(SyncSide side, ArangoDBException e) {
        return assertThrows(SyncFailure.class, () -> SyncArango.call(side, "import documents", () -> {
            throw e;
        }));
    }

    @Test
    void unavailableRefusedAndLostCursorsAreTransient() {
        assertTrue(failureOf(new ArangoDBException("service unavailable", 503)).isTransient());
        assertTrue(failureOf(ArangoDBException.of(new ConnectException("Connection refused"))).isTransient());
        assertTrue(failureOf(new ArangoDBException("Cannot contact any host!")).isTransient());
        ErrorEntity lostCursor = SyncJsonTestEntities.error(404, 1600, "cursor not found");
        assertTrue(failureOf(new ArangoDBException(lostCursor)).isTransient());
    }

    @Test
    void aMissingCollectionIsPermanentAndSaysSo() {
        SyncFailure f = failureOf(new ArangoDBException(SyncJsonTestEntities.error(404, 1203,
                "collection or view not found: t")));
        assertFalse(f.isTransient());
        assertEquals("The target database 'demo' has no collection 't'.", f.getMessage());
        assertEquals("The source database 'shop' has no collection 'orders'.", failureOf(SOURCE,
                new ArangoDBException(SyncJsonTestEntities.error(404, 1203, "collection or view not found"))
        ).getMessage());
    }

    @Test
    void eachMessageNamesItsSideAndNoDriverTextReachesIt() {
        ArangoDBException unauthorized = new ArangoDBException(SyncJsonTestEntities.error(401, 11,
                "not authorized to execute this request"));
        assertEquals("The target at http://db.example:8529 refused user 'root': wrong password (401).",
                failureOf(unauthorized).getMessage());
        assertEquals("The source at http://src.example:8529 refused user 'reader': wrong password (401).",
                failureOf(SOURCE, unauthorized).getMessage());
        assertFalse(failureOf(unauthorized).isTransient());
        assertEquals("The source database 'shop' does not exist at http://src.example:8529.", failureOf(SOURCE,
                new ArangoDBException(SyncJsonTestEntities.error(404, 1228, "database not found"))).getMessage());
        SyncFailure timeout = failureOf(ArangoDBException.of(new java.util.concurrent.TimeoutException(
                "The timeout period of 10000ms has been exceeded while executing POST /_api/import for server null")));
        assertEquals("Timed out after 10 s waiting for the target http://db.example:8529", timeout.getMessage());
        assertTrue(timeout.isTransient());
        SyncFailure unreachable = failureOf(new ArangoDBException("Cannot contact any host!"));
        assertFalse(unreachable.getMessage().contains("Cannot contact"), unreachable.getMessage());
        assertTrue(unreachable.getMessage().startsWith("Cannot reach the target at http://db.example:8529"));
    }

    @Test
    void importDetailsNameTheRefusedDocumentsPosition() {
        assertEquals(new ImportResult.DocumentError(3, "creating document failed with error 'unique constraint "
                        + "violated'"),
                SyncArangoTarget.parseDetail("at position 3: creating document failed with error 'unique "
                        + "constraint violated', offending document: {\"_key\":\"p4\"}"));
        assertEquals(new ImportResult.DocumentError(-1, "something else"), SyncArangoTarget.parseDetail(
                "something else"));
    }
}
