package io.arangoconsole.sandbox.aql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arangoconsole.sandbox.store.ApiError;
import org.junit.jupiter.api.Test;

/** Errors exactly as ArangoDB words them, and never a 500 for bad input. */
class AqlErrorTest extends AqlTestBase {

    @Test
    void parseErrorsNameTheTokenAndPosition() {
        assertError(400, 1501, "syntax error, unexpected assignment near '= 1 LIMIT 2 RETURN i * 3' at position 1:26",
                error("FOR i IN 1..100 FILTER i = 1 LIMIT 2 RETURN i * 3", null));
        assertError(400, 1501, "syntax error, unexpected identifier near 'RETRN d' at position 2:1",
                error("FOR d IN [1]\nRETRN d", null));
        assertError(400, 1501, "syntax error, unexpected end of query string near '' at position 1:13",
                error("FOR d IN [1]", null));
        assertError(400, 1501, "syntax error, unexpected integer number, expecting IN keyword near"
                + " '1..2 RETURN x' at position 1:7", error("FOR x 1..2 RETURN x", null));
        ApiError longRest = error("RETURN ) + 'this is a rather long rest of the query text'", null);
        assertEquals("syntax error, unexpected ) near ') + 'this is a rather long rest ...' at position 1:8",
                longRest.getMessage());
    }

    @Test
    void emptyQuery() {
        assertError(400, 1502, "query is empty", error("", null));
        assertError(400, 1502, "query is empty", error("  // nothing\n", null));
    }

    @Test
    void bindParameterErrors() {
        assertError(400, 1551, "no value specified for declared bind parameter 'x' (while parsing)",
                error("RETURN @x", null));
        assertError(400, 1552, "bind parameter 'y' was not declared in the query (while parsing)",
                error("RETURN @x", binds("{'x':1,'y':2}")));
        assertError(400, 1553, "bind parameter '@c' has an invalid value or type",
                error("FOR d IN @@c RETURN d", binds("{'@c':5}")));
    }

    @Test
    void unknownCollectionIsRefusedBeforeRunning() {
        assertError(404, 1203, "collection or view not found: nope", error("FOR d IN nope RETURN d", null));
        assertError(404, 1203, "collection or view not found: gone",
                assertThrows(ApiError.class, () -> engine.explain(db, "FOR d IN gone RETURN d", null, false)));
        assertEquals(0, tracker.current(null).size());
    }

    @Test
    void unknownFunctionAndWrongArgumentCount() {
        assertError(400, 1540, "usage of unknown function 'NOPE()'", error("RETURN nope(1)", null));
        assertError(400, 1541, "invalid number of arguments for function 'LENGTH()', expected number of arguments:"
                + " minimum: 1, maximum: 1", error("RETURN LENGTH(1, 2)", null));
    }

    @Test
    void unsupportedConstructsAreParseErrorsNamingThem() {
        collection("c");
        for (String q : new String[] {"FOR v, e IN 1..2 OUTBOUND 'c/1' edges RETURN v",
            "FOR v IN OUTBOUND 'c/1' edges RETURN v", "FOR d IN c SEARCH d.a == 1 RETURN d",
            "FOR d IN c WINDOW { preceding: 1 } AGGREGATE s = SUM(d.a) RETURN s",
            "FOR d IN c RETURN d[*].a", "FOR d IN c FILTER d.a =~ 'x' RETURN d"}) {
            ApiError e = error(q, null);
            assertEquals(1501, e.errorNum(), q);
            assertTrue(e.getMessage().contains("not supported"), e.getMessage());
        }
    }

    @Test
    void unknownVariablesAndCollectionsInExpressions() {
        collection("c");
        assertError(400, 1568, "collection 'c' used as expression operand", error("RETURN c", null));
        assertError(404, 1203, "collection or view not found: undefinedThing", error("RETURN undefinedThing", null));
    }

    @Test
    void runtimeFailureUnregistersTheQuery() {
        collection("c");
        ApiError e = error("FOR x IN 1..3 INSERT {_key: 'same'} INTO c", null);
        assertEquals(1210, e.errorNum());
        assertEquals(0, tracker.current(null).size());
        assertEquals(1, finished.size());
    }
}
