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

    private static SyncFailure failureOf(ArangoDBException e) {
        return assertThrows(SyncFailure.class, () -> SyncArango.call("import into t", () -> {
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
        assertEquals("import into t: collection or view not found: t", f.getMessage());
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
