package io.arangoconsole.sandbox.store;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads only the named top-level attributes of a stored document, skipping the rest without building nodes. Index
 * upkeep needs two or three values of a 60-attribute document; parsing the whole tree would cost several times more.
 */
final class FieldExtractor {
    private FieldExtractor() {
    }

    /** The top-level attribute names that index paths such as {@code a.b} or {@code status} start with. */
    static Set<String> topLevel(List<String> paths) {
        Set<String> out = new HashSet<>();
        for (String path : paths) {
            int dot = path.indexOf('.');
            out.add(dot < 0 ? path : path.substring(0, dot));
        }
        return out;
    }

    /** An object holding only {@code names} of the document (those it has). */
    static ObjectNode extract(byte[] json, Set<String> names) {
        ObjectNode out = Json.object();
        if (names.isEmpty()) {
            return out;
        }
        try (JsonParser parser = Json.MAPPER.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return out;
            }
            int found = 0;
            while (found < names.size() && parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                if (names.contains(name)) {
                    out.set(name, Json.MAPPER.readTree(parser));
                    found++;
                } else {
                    parser.skipChildren();
                }
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("stored document is not valid JSON", e);
        }
    }
}
