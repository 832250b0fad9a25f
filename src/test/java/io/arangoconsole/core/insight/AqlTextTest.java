package io.arangoconsole.core.insight;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AqlTextTest {

    @Test
    void modificationsAreFoundButNotInStringsCommentsOrAttributes() {
        assertTrue(AqlText.modifies("FOR d IN c FILTER d.x == 1 REMOVE d IN c"));
        assertTrue(AqlText.modifies("insert {a: 1} into c"));
        assertTrue(AqlText.modifies("UPSERT {k: 1} INSERT {k: 1} UPDATE {} IN c"));
        assertFalse(AqlText.modifies("FOR d IN c FILTER d.note == 'please REMOVE me' RETURN d"));
        assertFalse(AqlText.modifies("// UPDATE later\nFOR d IN c RETURN d /* INSERT */"));
        assertFalse(AqlText.modifies("FOR d IN c RETURN d.remove"));
        assertFalse(AqlText.modifies("FOR d IN c RETURN d . update"));
    }

    @Test
    void bindParametersAreListedAndCheckedAgainstTheGivenOnes() {
        String q = "FOR d IN @@coll FILTER d.a == @a AND d.b == '@notOne' RETURN d";
        assertEquals(Set.of("@coll", "a"), AqlText.parameters(q));
        assertNull(AqlText.bindProblems(q, Map.of("@coll", "c", "a", 1)));
        assertEquals("The query uses bind parameter @a but the bind variables do not give it.",
                AqlText.bindProblems(q, Map.of("@coll", "c")));
        assertEquals("The query uses bind parameters @@coll, @a but the bind variables do not give them. The bind "
                + "variables give @x, which the query does not use.", AqlText.bindProblems(q, Map.of("x", 1)));
    }

    @Test
    void theErrorPositionIsReadFromTheServersMessage() {
        assertArrayEquals(new int[] {2, 7}, AqlText.errorPosition("The server at http://h answered with error 1501:"
                + " AQL: syntax error, unexpected identifier near 'x' at position 2:7 (while parsing)."));
        assertNull(AqlText.errorPosition("Cannot reach http://h: connection refused."));
    }
}
