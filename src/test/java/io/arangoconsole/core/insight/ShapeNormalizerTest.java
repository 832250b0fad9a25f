package io.arangoconsole.core.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class ShapeNormalizerTest {

    private static String shape(String query) {
        return ShapeNormalizer.normalize(query);
    }

    @Test
    void stringAndNumberLiteralsBecomePlaceholders() {
        assertEquals("FOR d IN c FILTER d.state == ? AND d.n > ? RETURN d",
                shape("FOR d IN c FILTER d.state == 'open' AND d.n > 42 RETURN d"));
        assertEquals(shape("FOR d IN c FILTER d.x == \"a \\\" b\" RETURN d"),
                shape("FOR d IN c FILTER d.x == 'zz' RETURN d"), "escaped quotes stay inside the string");
        assertEquals("FOR d IN c FILTER d.x == ? RETURN d", shape("FOR d IN c FILTER d.x == -1.5e-3 RETURN d"));
        assertEquals("FOR d IN c FILTER d.a == ? OR d.b == ? RETURN d",
                shape("FOR d IN c FILTER d.a == true OR d.b == null RETURN d"));
    }

    @Test
    void subtractionIsKeptButASignFolds() {
        assertEquals("RETURN d.a - ?", shape("RETURN d.a - 5"));
        assertEquals("RETURN ?", shape("RETURN -5"));
    }

    @Test
    void literalArraysFoldWhateverTheirLength() {
        assertEquals(shape("FOR d IN c FILTER d.s IN ['a', 'b'] RETURN d"),
                shape("FOR d IN c FILTER d.s IN ['x', 'y', 'z'] RETURN d"));
        assertEquals("FOR d IN c FILTER d.s IN [?] RETURN d", shape("FOR d IN c FILTER d.s IN [1,2,3] RETURN d"));
        assertEquals("RETURN d.tags[?]", shape("RETURN d.tags[0]"), "an index access is not an array");
        assertEquals("RETURN [d.a, ?]", shape("RETURN [d.a, 1]"), "an array with an expression keeps its form");
    }

    @Test
    void bindParametersKeepTheirNames() {
        assertEquals("FOR d IN @@coll FILTER d.k == @key LIMIT @n RETURN d",
                shape("FOR d IN @@coll FILTER d.k == @key LIMIT @n RETURN d"));
        assertNotEquals(shape("FOR d IN c FILTER d.k == @a RETURN d"), shape("FOR d IN c FILTER d.k == @b RETURN d"));
    }

    @Test
    void whitespaceCommentsAndKeywordCaseFold() {
        String tidy = "FOR d IN c SORT d.t DESC LIMIT ? RETURN d";
        assertEquals(tidy, shape("for d in c\n\tsort d.t desc   limit 1\r\n return d"));
        assertEquals(tidy, shape("FOR d IN c // newest first\n SORT d.t DESC /* only one */ LIMIT 1 RETURN d"));
        assertEquals("RETURN LENGTH(c)", shape("return length( c )"));
        assertEquals("FOR d IN c RETURN d.count", shape("FOR d IN c RETURN d.count"),
                "an attribute named like a keyword is not upper-cased");
    }

    @Test
    void nestedSubqueriesKeepTheirStructureAndLoseTheirLiterals() {
        String q = "LET n = LENGTH(FOR d IN c FILTER d.x == 3 RETURN 1) "
                + "FOR o IN other FILTER o.k IN (FOR i IN c FILTER i.y > 'a' LIMIT 10 RETURN i._key) RETURN [n, o]";
        assertEquals("LET n = LENGTH(FOR d IN c FILTER d.x == ? RETURN ?) FOR o IN other FILTER o.k IN "
                + "(FOR i IN c FILTER i.y > ? LIMIT ? RETURN i._key) RETURN [n, o]", shape(q));
    }

    @Test
    void sameQueryWithOtherValuesHasTheSameIdAndAnotherQueryDoesNot() {
        QueryShape a = QueryShape.of("FOR d IN c FILTER d.k == 'a' RETURN d");
        QueryShape b = QueryShape.of("for d in c  filter d.k == 'bbb' return d");
        assertEquals(a, b);
        assertEquals(12, a.id().length());
        assertNotEquals(a.id(), QueryShape.of("FOR d IN c FILTER d.j == 'a' RETURN d").id());
    }

    @Test
    void brokenTextStillHasAShape() {
        assertEquals("FOR d IN c FILTER d.x == 'open", shape("for d in c filter d.x == 'open"));
        assertEquals("", shape(null));
        assertEquals("", shape("  // only a comment"));
    }

    @Test
    void quotedNamesAndRangesStay() {
        assertEquals("FOR d IN `my coll` RETURN d.`a b`", shape("FOR d IN `my coll` RETURN d.`a b`"));
        assertEquals("FOR i IN ? .. ? RETURN i", shape("FOR i IN 1..10 RETURN i"));
    }
}
