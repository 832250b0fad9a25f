package io.arangoconsole.sandbox.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.NullNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static io.arangoconsole.sandbox.store.TestDocs.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ValueOrderTest {
    private static final ValueOrder ORDER = ValueOrder.INSTANCE;

    private static int compare(String a, String b) {
        return Integer.signum(ORDER.compare(value(a), value(b)));
    }

    @Test
    void typesSortNullBoolNumberStringArrayObject() {
        List<String> expected = List.of("null", "false", "true", "-5", "0", "1.5", "2", "''", "'0'", "'a'", "[]",
                "[null]", "[1]", "{}", "{'a':1}");
        List<JsonNode> shuffled = new ArrayList<>();
        expected.forEach(v -> shuffled.add(value(v)));
        Collections.shuffle(shuffled, new java.util.Random(7));
        shuffled.sort(ORDER);
        List<JsonNode> wanted = new ArrayList<>();
        expected.forEach(v -> wanted.add(value(v)));
        assertEquals(wanted, shuffled);
    }

    @Test
    void integersAndDoublesCompareByValue() {
        assertEquals(0, ORDER.compare(IntNode.valueOf(1), DoubleNode.valueOf(1.0)));
        assertTrue(ValueOrder.equal(LongNode.valueOf(1), DoubleNode.valueOf(1.0)));
        assertEquals(-1, compare("1", "1.5"));
        assertEquals(1, compare("2", "1.5"));
        assertEquals(-1, compare("-0.5", "0"));
        assertEquals(1, compare("9007199254740993", "9007199254740992"), "large integers stay exact");
        assertFalse(ValueOrder.equal(value("1"), value("'1'")), "no conversion between types");
    }

    @Test
    void missingCountsAsNull() {
        assertEquals(0, ORDER.compare(null, NullNode.getInstance()));
        assertEquals(0, ORDER.compare(MissingNode.getInstance(), NullNode.getInstance()));
        assertEquals(-1, Integer.signum(ORDER.compare(null, value("false"))));
    }

    @Test
    void arraysCompareElementByElementWithNullForMissing() {
        assertEquals(-1, compare("[1,2]", "[1,3]"));
        assertEquals(1, compare("[2]", "[1,5]"));
        assertEquals(-1, compare("[1]", "[1,2]"));
        assertEquals(0, compare("[1]", "[1,null]"), "the shorter array is padded with null");
        assertEquals(0, compare("[1,[2,'x']]", "[1.0,[2,'x']]"));
        assertEquals(-1, compare("[1,'a']", "[1,{}]"));
    }

    @Test
    void objectsCompareBySortedAttributeNamesThenValues() {
        assertEquals(0, compare("{'a':1,'b':2}", "{'b':2,'a':1}"), "attribute order does not matter");
        assertEquals(-1, compare("{'a':1}", "{'a':2}"));
        assertEquals(1, compare("{'a':1}", "{'b':1}"), "a:1 against a:null decides first");
        assertEquals(-1, compare("{'a':1}", "{'a':1,'b':0}"));
        assertEquals(0, compare("{'a':1}", "{'a':1,'b':null}"));
        assertEquals(-1, compare("{'x':{'y':1}}", "{'x':{'y':2}}"));
    }

    @Test
    void stringsCompareByValue() {
        assertEquals(-1, compare("'abc'", "'abd'"));
        assertEquals(-1, compare("'ab'", "'abc'"));
        assertEquals(0, compare("'2023-04-17T09:12:44.000Z'", "'2023-04-17T09:12:44.000Z'"));
        assertEquals(-1, compare("'2023-04-17T09:12:44.000Z'", "'2023-04-17T10:00:00.000Z'"));
    }
}
