package io.arangoconsole.core.indexes;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a plan file token by token so that every refusal can point at the line and column of the value at fault
 * (a tree model forgets locations). Unknown keys are refused too: a misspelt {@code "uniqe"} would otherwise
 * silently build a non-unique index.
 */
final class PlanParser {
    static final int VERSION = 1;
    private static final int MAX_NAME = 256;
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final String FIELDS_RULE = "\"fields\" must be a non-empty array of attribute names";
    private final String source;
    private final String text;
    private JsonParser parser;

    PlanParser(String source, String text) {
        this.source = source;
        this.text = text;
    }

    IndexPlan parse() {
        try (JsonParser p = FACTORY.createParser(text)) {
            parser = p;
            return plan();
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String why = e.getOriginalMessage() == null ? "unreadable" : e.getOriginalMessage().lines().findFirst()
                    .orElse("unreadable");
            throw new PlanFormatException(source, at == null ? 1 : Math.max(1, at.getLineNr()),
                    at == null ? 1 : Math.max(1, at.getColumnNr()), "not valid JSON: " + why);
        } catch (IOException e) {
            throw new PlanFormatException(source, 1, 1, "cannot be read: " + e.getMessage());
        }
    }

    private IndexPlan plan() throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw fail(parser.currentToken() == null ? "the file is empty; expected an object with \"collections\""
                    : "the plan must be a JSON object with \"collections\"");
        }
        JsonLocation start = parser.currentTokenLocation();
        List<CollectionPlan> collections = null;
        String description = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            JsonLocation keyAt = parser.currentTokenLocation();
            parser.nextToken();
            switch (key) {
                case "version" -> {
                    if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT || parser.getIntValue() != VERSION) {
                        throw fail("\"version\" must be " + VERSION);
                    }
                }
                case "description" -> {
                    if (parser.currentToken() != JsonToken.VALUE_STRING) {
                        throw fail("\"description\" must be a string");
                    }
                    description = parser.getText();
                }
                case "collections" -> collections = collections();
                default -> throw failAt(keyAt, "unknown key \"" + key
                        + "\" (a plan has \"version\", \"description\" and \"collections\")");
            }
        }
        if (parser.nextToken() != null) {
            throw fail("unexpected content after the plan object");
        }
        if (collections == null) {
            throw failAt(start,
                    "\"collections\" is missing: it maps each collection name to its list of indexes");
        }
        return new IndexPlan(description, collections);
    }

    private List<CollectionPlan> collections() throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw fail("\"collections\" must be an object mapping collection names to arrays of indexes");
        }
        List<CollectionPlan> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            if (!validName(name)) {
                throw fail("\"" + name + "\" is not a valid collection name");
            }
            if (!seen.add(name)) {
                throw fail("collection \"" + name + "\" is listed twice");
            }
            parser.nextToken();
            out.add(new CollectionPlan(name, indexes(name)));
        }
        return out;
    }

    private List<PlannedIndex> indexes(String collection) throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw fail("the indexes of \"" + collection + "\" must be an array of index objects");
        }
        List<PlannedIndex> out = new ArrayList<>();
        Map<String, Integer> lines = new HashMap<>();
        Map<String, Integer> names = new HashMap<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            JsonLocation at = parser.currentTokenLocation();
            PlannedIndex index = index();
            String identity = index.fields() + "|" + index.unique() + "|" + index.sparse();
            Integer earlier = lines.putIfAbsent(identity, at.getLineNr());
            if (earlier != null) {
                throw failAt(at, "the index on "
                        + collection + " " + index.describeFields() + " repeats the one on line " + earlier);
            }
            Integer named = index.name() == null ? null : names.putIfAbsent(index.name(), at.getLineNr());
            if (named != null) {
                throw failAt(at, "the index name \"" + index.name() + "\" is already used on line " + named);
            }
            out.add(index);
        }
        return out;
    }

    private PlannedIndex index() throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw fail("an index must be an object such as {\"fields\": [\"status\"]}");
        }
        JsonLocation start = parser.currentTokenLocation();
        List<String> fields = null;
        List<String> stored = List.of();
        JsonLocation storedAt = null;
        boolean unique = false;
        boolean sparse = false;
        boolean estimates = true;
        boolean cache = false;
        String name = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            JsonLocation keyAt = parser.currentTokenLocation();
            parser.nextToken();
            switch (key) {
                case "fields" -> fields = names(FIELDS_RULE, true);
                case "storedValues" -> {
                    storedAt = parser.currentTokenLocation();
                    stored = names("\"storedValues\" must be an array of attribute names", false);
                }
                case "unique" -> unique = bool(key);
                case "sparse" -> sparse = bool(key);
                case "estimates" -> estimates = bool(key);
                case "cacheEnabled" -> cache = bool(key);
                case "name" -> name = indexName();
                case "type" -> {
                    if (parser.currentToken() != JsonToken.VALUE_STRING || !parser.getText().equals("persistent")) {
                        throw fail("\"type\" must be \"persistent\", the only index type a plan builds");
                    }
                }
                default -> throw failAt(keyAt, "unknown index option \"" + key + "\" (expected fields, unique, "
                        + "sparse, name, estimates, cacheEnabled, storedValues)");
            }
        }
        if (fields == null) {
            throw failAt(start, FIELDS_RULE);
        }
        for (String s : stored) {
            if (fields.contains(s)) {
                throw failAt(storedAt,
                        "\"storedValues\" must not repeat an indexed field (\"" + s + "\")");
            }
        }
        return new PlannedIndex(fields, unique, sparse, name, estimates, cache, stored);
    }

    private List<String> names(String rule, boolean nonEmpty) throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw fail(rule);
        }
        JsonLocation start = parser.currentTokenLocation();
        List<String> out = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (parser.currentToken() != JsonToken.VALUE_STRING || parser.getText().isBlank()
                    || !parser.getText().strip().equals(parser.getText())) {
                throw fail(rule);
            }
            if (out.contains(parser.getText())) {
                throw fail("attribute \"" + parser.getText() + "\" is listed twice");
            }
            out.add(parser.getText());
        }
        if (nonEmpty && out.isEmpty()) {
            throw failAt(start, rule);
        }
        return out;
    }

    private boolean bool(String key) throws IOException {
        JsonToken t = parser.currentToken();
        if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
            throw fail("\"" + key + "\" must be true or false");
        }
        return t == JsonToken.VALUE_TRUE;
    }

    private String indexName() throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        if (parser.currentToken() != JsonToken.VALUE_STRING || !validName(parser.getText())) {
            throw fail("\"name\" must be a non-empty string of at most " + MAX_NAME + " characters without '/'");
        }
        return parser.getText();
    }

    private static boolean validName(String name) {
        return !name.isBlank() && name.length() <= MAX_NAME && !name.contains("/")
                && name.strip().equals(name);
    }

    private PlanFormatException fail(String problem) {
        JsonLocation at = parser.currentTokenLocation();
        return failAt(at, problem);
    }

    private PlanFormatException failAt(JsonLocation at, String problem) {
        return new PlanFormatException(source, Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()), problem);
    }
}
