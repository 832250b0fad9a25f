package io.arangoconsole.core.indexes;

import io.arangoconsole.core.AtomicFiles;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

/**
 * Loads and saves index plans as JSON:
 * <pre>
 * {"version": 1, "collections": {"orders": [{"fields": ["placed_at"]}, {"fields": ["state"], "sparse": true}]}}
 * </pre>
 * Options left out take ArangoDB's defaults (unique false, sparse false, estimates true, cacheEnabled false, no
 * name, no storedValues); saving writes only the options that differ, one index per line, so files stay readable.
 */
public final class IndexPlanFile {
    /** Classpath location of the default plan (the user's list from the optimization plan). */
    public static final String DEFAULT_RESOURCE = "/io/arangoconsole/core/indexes/default-index-plan.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private IndexPlanFile() {
    }

    /**
     * Reads a plan file.
     *
     * @throws PlanFormatException naming the file, line, column and the field at fault when the plan is malformed
     * @throws IOException         when the file cannot be read
     */
    public static IndexPlan read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        return parse(String.valueOf(file.getFileName()), text);
    }

    /**
     * Parses plan text; {@code sourceName} is the file name the error messages show.
     *
     * @throws PlanFormatException when the plan is malformed
     */
    public static IndexPlan parse(String sourceName, String json) {
        return new PlanParser(sourceName, json).parse();
    }

    /** The default plan: the user's list as written in the optimization plan. */
    public static IndexPlan defaults() {
        try (InputStream in = IndexPlanFile.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("default index plan missing from the classpath: " + DEFAULT_RESOURCE);
            }
            return parse("default-index-plan.json", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves the plan through a temporary file and an atomic move, so a crash never leaves half a plan. */
    public static void write(Path file, IndexPlan plan) throws IOException {
        AtomicFiles.write(file, toJson(plan));
    }

    /** The plan as the JSON text {@link #parse} reads back to an equal plan. */
    public static String toJson(IndexPlan plan) {
        StringBuilder out = new StringBuilder("{\n  \"version\": ").append(PlanParser.VERSION)
                .append(",\n");
        if (plan.description() != null) {
            out.append("  \"description\": ").append(JSON.getNodeFactory().textNode(plan.description())).append(",\n");
        }
        out.append("  \"collections\": {");
        Iterator<CollectionPlan> collections = plan.collections().iterator();
        while (collections.hasNext()) {
            CollectionPlan c = collections.next();
            out.append("\n    ").append(JSON.getNodeFactory().textNode(c.collection())).append(": [");
            Iterator<PlannedIndex> indexes = c.indexes().iterator();
            while (indexes.hasNext()) {
                out.append("\n      ").append(spaced(node(indexes.next()).toString()));
                out.append(indexes.hasNext() ? "," : "\n    ");
            }
            out.append("]").append(collections.hasNext() ? "," : "\n  ");
        }
        return out.append("}\n}\n").toString();
    }

    private static ObjectNode node(PlannedIndex index) {
        ObjectNode node = JSON.createObjectNode();
        ArrayNode fields = node.putArray("fields");
        index.fields().forEach(fields::add);
        if (index.unique()) {
            node.put("unique", true);
        }
        if (index.sparse()) {
            node.put("sparse", true);
        }
        if (index.name() != null) {
            node.put("name", index.name());
        }
        if (!index.estimates()) {
            node.put("estimates", false);
        }
        if (index.cacheEnabled()) {
            node.put("cacheEnabled", true);
        }
        if (!index.storedValues().isEmpty()) {
            ArrayNode stored = node.putArray("storedValues");
            index.storedValues().forEach(stored::add);
        }
        return node;
    }

    /** {@code {"fields":["a","b"]}} to {@code {"fields": ["a", "b"]}}, outside of strings. */
    private static String spaced(String compact) {
        StringBuilder out = new StringBuilder();
        boolean inString = false;
        for (int i = 0; i < compact.length(); i++) {
            char ch = compact.charAt(i);
            out.append(ch);
            if (ch == '"' && !escaped(compact, i)) {
                inString = !inString;
            } else if (!inString && (ch == ':' || ch == ',')) {
                out.append(' ');
            }
        }
        return out.toString();
    }

    private static boolean escaped(String s, int quote) {
        int backslashes = 0;
        for (int i = quote - 1; i >= 0 && s.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }
}
