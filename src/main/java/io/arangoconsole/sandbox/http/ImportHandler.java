package io.arangoconsole.sandbox.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arangoconsole.sandbox.store.ApiError;
import io.arangoconsole.sandbox.store.Collection;
import io.arangoconsole.sandbox.store.Edges;
import io.arangoconsole.sandbox.store.Json;
import io.arangoconsole.sandbox.store.PreparedDocument;
import io.arangoconsole.sandbox.store.WriteOptions;
import io.arangoconsole.sandbox.store.WriteResult;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;

/**
 * {@code POST /_api/import}: JSON lines ({@code type=documents}), a JSON array ({@code list}/{@code array}),
 * {@code auto} (either), or tabular lines (no type: a header array, then value arrays). Documents go straight into the
 * store as they are parsed; a bad one counts in {@code errors} and the rest goes on, unless {@code complete=true},
 * which undoes what was written and fails the whole request.
 */
final class ImportHandler {
    private static final int MAX_DETAIL_CONTEXT = 256;

    private final ExecutorService parsers;

    /** @param parsers threads that parse import bodies while the request's thread stores the documents */
    ImportHandler(ExecutorService parsers) {
        this.parsers = parsers;
    }

    void register(Router r) {
        r.post("/_api/import", this::handle);
    }

    /** Counters and undo log of one import. */
    private static final class Run {
        final Collection collection;
        final WriteOptions options;
        final boolean complete;
        final boolean details;
        final String onDuplicate;
        long created;
        long errors;
        long empty;
        long updated;
        long ignored;
        final ArrayNode detailList = Json.NODES.arrayNode();
        final List<WriteResult> undo = new ArrayList<>();

        Run(Collection collection, String onDuplicate, boolean complete, boolean details) {
            this.collection = collection;
            this.onDuplicate = onDuplicate;
            this.options = WriteOptions.overwrite(onDuplicate.equals("error") ? "conflict" : onDuplicate);
            this.complete = complete;
            this.details = details;
        }

        void insert(int position, JsonNode doc, String context) {
            insert(position, doc, null, null, context);
        }

        /** Stores {@code doc}; with {@code kept}, the tree holds only those attributes and the rest is in members. */
        void insert(int position, JsonNode doc, PreparedDocument members, Set<String> kept, String context) {
            if (!doc.isObject()) {
                fail(position, new ApiError(400, 1227, "invalid document type"),
                        "invalid JSON type (expecting object, probably parse error), offending context: " + context);
                return;
            }
            if (collection.type() == 3 && !Edges.valid(doc)) {
                fail(position, new ApiError(400, 1233, "edge attribute missing or invalid"),
                        "missing '_from' or '_to' attribute, offending document: "
                                + shorten(Json.text(whole(doc, members, kept))));
                return;
            }
            try {
                WriteResult w = collection.insert((ObjectNode) doc, members, kept, options);
                if (complete) {
                    undo.add(w);
                }
                if (w.ignored()) {
                    ignored++;
                } else if (w.previous() != null) {
                    updated++;
                } else {
                    created++;
                }
            } catch (ApiError e) {
                String reason = e.errorNum() == 1210 ? "unique constraint violated" : e.getMessage();
                fail(position, e, "creating document failed with error '" + reason + "', offending document: "
                        + shorten(Json.text(whole(doc, members, kept))));
            }
        }

        /** The document as the body gave it, for error details. */
        private static JsonNode whole(JsonNode doc, PreparedDocument members, Set<String> kept) {
            return kept == null ? doc : members.wholeDocument((ObjectNode) doc);
        }

        void fail(int position, ApiError cause, String detail) {
            if (complete) {
                rollback();
                throw cause.errorNum() == 1210 ? new ApiError(409, 1210, "unique constraint violated")
                        : new ApiError(400, cause.errorNum(), detail);
            }
            errors++;
            if (details) {
                detailList.add("at position " + position + ": " + detail);
            }
        }

        /** Puts back what this import changed, newest first. */
        void rollback() {
            for (int i = undo.size() - 1; i >= 0; i--) {
                WriteResult w = undo.get(i);
                try {
                    if (w.ignored()) {
                        continue;
                    }
                    if (w.previous() == null) {
                        collection.remove(w.current().key(), WriteOptions.DEFAULT);
                    } else {
                        collection.replace(w.current().key(), w.previous().node(), WriteOptions.DEFAULT);
                    }
                } catch (ApiError e) {
                    // changed by another client meanwhile; nothing more we can restore
                }
            }
            undo.clear();
        }
    }

    private Reply handle(Ctx ctx) throws IOException {
        Collection c = ctx.db().collection(ctx.requireQuery("collection"));
        String type = ctx.query("type") == null ? "" : ctx.query("type");
        String onDuplicate = ctx.query("onDuplicate") == null ? "error" : ctx.query("onDuplicate");
        if (!onDuplicate.matches("error|update|replace|ignore")) {
            throw ApiError.badParameter("invalid value for 'onDuplicate': " + onDuplicate);
        }
        if (!type.matches("documents|list|array|auto|")) {
            throw ApiError.badParameter("invalid value for 'type'");
        }
        Run run = new Run(c, onDuplicate, ctx.flag("complete", false), ctx.flag("details", false));
        if (ctx.flag("overwrite", false)) {
            c.truncate();
        }
        LineReader lines = new LineReader(ctx.bodyStream());
        switch (type) {
            case "documents" -> lines(lines, run);
            case "list", "array" -> array(lines.rest(), run);
            case "auto" -> {
                if (lines.peekNonSpace() == '[') {
                    array(lines.rest(), run);
                } else {
                    lines(lines, run);
                }
            }
            default -> tabular(lines, run);
        }
        ObjectNode answer = Json.object();
        answer.put("error", false);
        answer.put("created", run.created);
        answer.put("errors", run.errors);
        answer.put("empty", run.empty);
        answer.put("updated", run.updated);
        answer.put("ignored", run.ignored);
        if (run.details) {
            answer.set("details", run.detailList);
        }
        return Reply.json(201, answer);
    }

    private static String text(LineReader lines) {
        return shorten(new String(lines.buffer(), lines.from(), lines.to() - lines.from(), StandardCharsets.UTF_8));
    }

    /** Stores one parsed item, or counts it as empty or bad. */
    private static void store(Run run, ImportPipeline.Item item) {
        if (item.empty()) {
            run.empty++;
        } else if (item.doc() == null) {
            run.fail(item.position(), new ApiError(400, 600, "invalid JSON"),
                    "invalid JSON type (expecting object, probably parse error), offending context: " + item.bad());
        } else {
            run.insert(item.position(), item.doc(), item.members(), item.kept(), item.bad());
        }
    }

    private void lines(LineReader lines, Run run) throws IOException {
        ImportPipeline.run(parsers, out -> {
            int position = 0;
            while (lines.next()) {
                int at = position++;
                if (lines.from() == lines.to()) {
                    out.accept(new ImportPipeline.Item(at, null, null, true));
                    continue;
                }
                JsonNode doc;
                try {
                    doc = Json.MAPPER.readTree(lines.buffer(), lines.from(), lines.to() - lines.from());
                } catch (IOException e) {
                    doc = null;
                }
                if (doc != null && doc.isMissingNode()) {
                    doc = null;
                }
                out.accept(new ImportPipeline.Item(at, doc, doc != null && doc.isObject() ? "" : text(lines), false));
            }
        }, item -> store(run, item));
    }

    private void array(InputStream body, Run run) throws IOException {
        try {
            ImportPipeline.run(parsers, out -> {
                CapturingInputStream raw = new CapturingInputStream(body);
                // a whole tree when an existing document may be replaced or updated from it
                ImportObjects objects = new ImportObjects(raw, run.onDuplicate.equals("update")
                        || run.onDuplicate.equals("replace") ? null : run.collection.attributesReadOnInsert(),
                        run.collection.name());
                try (JsonParser p = Json.MAPPER.getFactory().createParser(raw)) {
                    if (p.nextToken() != JsonToken.START_ARRAY) {
                        throw new ApiError(400, 400, "expecting a JSON array in the request");
                    }
                    int position = 0;
                    JsonToken t;
                    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                        if (t == null) {
                            throw new ApiError(400, 600, "unexpected end of the JSON array");
                        }
                        if (t == JsonToken.START_OBJECT) {
                            ImportObjects.Read read = objects.read(p);
                            out.accept(new ImportPipeline.Item(position++, read.doc(), "", false, read.prepared(),
                                    read.kept()));
                            continue;
                        }
                        JsonNode doc = p.readValueAsTree();
                        raw.release(p.currentLocation().getByteOffset());
                        boolean empty = doc == null || doc.isNull();
                        out.accept(new ImportPipeline.Item(position++, empty ? null : doc,
                                empty || doc.isObject() ? "" : shorten(Json.text(doc)), empty));
                    }
                }
            }, item -> store(run, item));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            if (run.complete) {
                run.rollback();
            }
            throw new ApiError(400, 600, "invalid JSON in import body: " + e.getOriginalMessage());
        } catch (ApiError e) {
            if (run.complete) {
                run.rollback();
            }
            throw e;
        }
    }

    private static void tabular(LineReader lines, Run run) throws IOException {
        List<String> header = new ArrayList<>();
        int position = 0;
        while (lines.next()) {
            int at = position++;
            if (lines.from() == lines.to()) {
                run.empty++;
                continue;
            }
            JsonNode row;
            try {
                row = Json.MAPPER.readTree(lines.buffer(), lines.from(), lines.to() - lines.from());
            } catch (IOException e) {
                row = null;
            }
            if (header.isEmpty()) {
                if (row == null || !row.isArray() || row.isEmpty()) {
                    throw new ApiError(400, 400, "no JSON array found in second line");
                }
                row.forEach(h -> header.add(h.asText()));
                continue;
            }
            if (row == null || !row.isArray() || row.size() != header.size()) {
                run.fail(at, new ApiError(400, 400, "wrong number of JSON values"),
                        "wrong number of JSON values (got " + (row == null ? 0 : row.size()) + ", expected "
                                + header.size() + "), offending context: " + text(lines));
                continue;
            }
            ObjectNode doc = Json.object();
            for (int i = 0; i < header.size(); i++) {
                if (!row.get(i).isNull()) {
                    doc.set(header.get(i), row.get(i));
                }
            }
            run.insert(at, doc, "");
        }
    }

    private static String shorten(String s) {
        return s.length() <= MAX_DETAIL_CONTEXT ? s : s.substring(0, MAX_DETAIL_CONTEXT) + "...";
    }
}
