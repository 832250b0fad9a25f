package io.arangoconsole.sandbox.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arangoconsole.sandbox.store.Json;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The stored form an import builds while parsing (members copied from the body) must be, byte for byte, what
 * serializing the parsed tree gives: whatever the spelling of the body, across read boundaries, in long bodies.
 */
class ImportObjectsTest {
    private static final String LONG = "x".repeat(20_000) + "é";

    private static final List<String> DOCS = List.of(
            "{\"_key\":\"a\",\"name\":\"Amina\",\"age\":31,\"big\":12345678901,\"ok\":true,\"no\":false,\"none\":null,"
                    + "\"lat\":-1.2921,\"gps\":{\"lat\":1.5,\"lon\":[2,3]},\"list\":[\"x\",1]}",
            "{ \"_key\" : \"b\" ,\n  \"spaced\" : \"v\" , \"n\" :  7 }",
            "{\"_id\":\"c/x\",\"_rev\":\"_r\",\"esc\":\"caf\\u00e9 \\\"q\\\" a\\/b\",\"raw\":\"café ☕\"}",
            "{\"d1\":1.50,\"d2\":1e3,\"d3\":-0,\"d4\":0,\"d5\":-12,\"d6\":123456789012345678901234567890,"
                    + "\"d7\":0.1,\"d8\":-0.0}",
            "{\"long\":\"" + LONG + "\",\"after\":1}",
            "{}",
            // escapes past a string's first eight bytes; names with an escaped quote, one also with a colon
            "{\"s\":\"abcdefghijklmnopq\\\\r\",\"t\":\"abcdefgh\\\"ij\",\"n\\\"m\":\"v\",\"m\\\":\":1,"
                    + "\"tail\":\"0123456789abcdefgh\",\"u\":-7,\"v\":true}",
            "{\"only\":\"one\"}");

    @Test
    void storedMembersEqualTheSerializedTreeWhateverTheSpelling() throws IOException {
        String body = "[" + String.join(",\n", DOCS) + "]";
        for (int chunk : new int[]{1, 7, 8192, Integer.MAX_VALUE}) {
            List<ImportObjects.Read> reads = readAll(body, chunk);
            assertEquals(DOCS.size(), reads.size());
            // name, age, big, ok, no, none, lat: copied; gps and list (containers) are written
            assertEquals(7, reads.get(0).copied(), "read " + chunk + " bytes at a time");
            assertEquals(0, reads.get(1).copied(), "spaced members are written");
            assertEquals(3, reads.get(6).copied(), "tail, u and v copied; escaped strings and names written");
            for (ImportObjects.Read r : reads) {
                assertNotNull(r.members(), r.doc()::toString);
                assertEquals(expected(r.doc()), new String(r.members(), StandardCharsets.UTF_8),
                        "read " + chunk + " bytes at a time");
            }
        }
    }

    @Test
    void aTreeOfTheKeptAttributesOnlyWithTheSameStoredMembers() throws IOException {
        String body = "[" + String.join(",\n", DOCS) + "]";
        for (int chunk : new int[]{1, 7, 8192, Integer.MAX_VALUE}) {
            List<ImportObjects.Read> whole = readAll(body, chunk);
            List<ImportObjects.Read> kept = readAll(body, chunk, Set.of("_key", "age", "gps"));
            for (int i = 0; i < DOCS.size(); i++) {
                ObjectNode tree = whole.get(i).doc();
                assertEquals(new String(whole.get(i).members(), StandardCharsets.UTF_8),
                        new String(kept.get(i).members(), StandardCharsets.UTF_8), "read " + chunk + " at a time");
                List<String> names = new ArrayList<>();
                kept.get(i).doc().fieldNames().forEachRemaining(names::add);
                List<String> expectedNames = new ArrayList<>();
                tree.fieldNames().forEachRemaining(n -> {
                    if (Set.of("_key", "_id", "_rev", "age", "gps").contains(n)) {
                        expectedNames.add(n);
                    }
                });
                assertEquals(expectedNames, names, "only the kept and system attributes are in the tree");
                ObjectNode partial = kept.get(i).doc();
                names.forEach(n -> assertEquals(tree.get(n), partial.get(n)));
                assertEquals(tree, io.arangoconsole.sandbox.store.RawMembers.wholeDocument(partial,
                        kept.get(i).members()), "the whole document is read back from the members");
            }
            // name, big, ok, no, none (plain scalars outside the tree), age and lat (written from their nodes)
            assertEquals(7, kept.get(0).copied());
        }
    }

    @Test
    void aRepeatedAttributeOutsideTheKeptOnesGivesTheWholeTree() throws IOException {
        String body = "[{\"_key\":\"k\",\"a\":1,\"b\":\"x\"},{\"_key\":\"k2\",\"a\":1,\"b\":\"x\",\"a\":3},"
                + "{\"_key\":\"k3\",\"a\":1,\"b\":\"y\"}]";
        List<ImportObjects.Read> reads = readAll(body, Integer.MAX_VALUE, Set.of("_key"));
        assertEquals("{\"_key\":\"k\"}", reads.get(0).doc().toString());
        assertNull(reads.get(1).members());
        assertNull(reads.get(1).kept());
        assertEquals("{\"_key\":\"k2\",\"a\":3,\"b\":\"x\"}", reads.get(1).doc().toString());
        assertEquals("\"a\":1,\"b\":\"y\"", new String(reads.get(2).members(), StandardCharsets.UTF_8));
    }

    @Test
    void plainMembersAreCopiedNotSerializedAgain() throws IOException {
        var members = new io.arangoconsole.sandbox.store.RawMembers();
        String text = "{\"name\":\"Amina\",\"age\":31,\"ok\":true,\"none\":null,\"lat\":-1.2921,\"sp\" : 1}";
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        ObjectNode tree = (ObjectNode) Json.parse(b);
        for (String name : List.of("name", "age", "ok", "none", "lat", "sp")) {
            int from = text.indexOf("\"" + name + "\"");
            int comma = text.indexOf(',', from);
            members.add(name, tree.get(name), b, from, comma < 0 ? text.length() - 1 : comma);
        }
        assertEquals(5, members.copied(), "five spelled as the generator spells them; the spaced one is written");
        assertEquals(expected(tree), new String(members.bytes(), StandardCharsets.UTF_8));
    }

    @Test
    void aRepeatedAttributeFallsBackToTheTree() throws IOException {
        List<ImportObjects.Read> reads = readAll("[{\"a\":1,\"b\":2,\"a\":3}]", Integer.MAX_VALUE);
        assertNull(reads.get(0).members());
        assertEquals("{\"a\":3,\"b\":2}", reads.get(0).doc().toString());
    }

    @Test
    void manyDocumentsKeepOnlyTheCurrentOneInMemory() throws IOException {
        StringBuilder body = new StringBuilder("[");
        for (int i = 0; i < 2_000; i++) {
            body.append(i == 0 ? "" : ",").append("{\"_key\":\"k").append(i).append("\",\"text\":\"")
                    .append("y".repeat(i % 300)).append("\",\"n\":").append(i).append('}');
        }
        CapturingInputStream raw = new CapturingInputStream(new ByteArrayInputStream(
                body.append(']').toString().getBytes(StandardCharsets.UTF_8)));
        try (JsonParser p = Json.MAPPER.getFactory().createParser(raw)) {
            p.nextToken();
            int n = 0;
            while (p.nextToken() == JsonToken.START_OBJECT) {
                ImportObjects.Read r = ImportObjects.object(p, raw);
                assertEquals(expected(r.doc()), new String(r.members(), StandardCharsets.UTF_8));
                n++;
            }
            assertEquals(2_000, n);
            assertTrue(raw.buffer().length <= 64 * 1024, "kept " + raw.buffer().length + " bytes");
        }
    }

    private static List<ImportObjects.Read> readAll(String body, int chunk) throws IOException {
        return readAll(body, chunk, null);
    }

    private static List<ImportObjects.Read> readAll(String body, int chunk, Set<String> kept) throws IOException {
        InputStream in = new FilterInputStream(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.min(len, chunk));
            }
        };
        CapturingInputStream raw = new CapturingInputStream(in);
        List<ImportObjects.Read> out = new ArrayList<>();
        try (JsonParser p = Json.MAPPER.getFactory().createParser(raw)) {
            assertEquals(JsonToken.START_ARRAY, p.nextToken());
            ImportObjects objects = new ImportObjects(raw, kept, null);
            while (p.nextToken() == JsonToken.START_OBJECT) {
                out.add(objects.read(p));
            }
        }
        return out;
    }

    /** The members as serializing the tree writes them, without braces and system attributes. */
    private static String expected(ObjectNode doc) {
        ObjectNode user = doc.deepCopy();
        user.remove(Arrays.asList("_key", "_id", "_rev"));
        String all = Json.text(user);
        return all.substring(1, all.length() - 1);
    }
}
