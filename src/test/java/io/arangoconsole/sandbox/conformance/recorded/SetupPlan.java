package io.arangoconsole.sandbox.conformance.recorded;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arangoconsole.sandbox.conformance.recorded.RecordedExample.Exchange;
import io.arangoconsole.sandbox.conformance.recorded.RecordedExample.Request;
import io.arangoconsole.sandbox.store.Json;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What must exist before an example runs, read from its own requests and recorded responses (the documentation's
 * setup scripts are not part of the record): the collections it names and does not create itself or expect missing,
 * edge collections where documents carry {@code _from}, the documents it reads or changes by key with the attributes
 * a later read shows, enough documents for the counts its queries report, the indexes its answers list or its
 * paths name, and the databases it drops.
 */
final class SetupPlan {
    private static final Pattern AQL_COLLECTION = Pattern.compile("\\b(?:IN|INTO)\\s+([A-Za-z_][A-Za-z0-9_]*)\\b(?!\\s*\\()");
    private static final Set<String> SYSTEM_ATTRIBUTES = Set.of("_key", "_id", "_rev", "_oldRev");

    /** A collection to create, with its documents (key to attributes) and the revisions the record knows them by. */
    static final class CollectionSeed {
        final String name;
        int type = 2;
        boolean waitForSync;
        final Map<String, ObjectNode> docs = new LinkedHashMap<>();
        final Map<String, String> recordedRevs = new LinkedHashMap<>();
        int atLeast;
        /** Where the first document a cursor batch shows stands among all (scans go in insertion order here). */
        int firstAt;

        CollectionSeed(String name) {
            this.name = name;
        }

        /** A document to make up a count: the attributes of the first known one, without its key. */
        ObjectNode filler() {
            ObjectNode f = docs.isEmpty() ? Json.object() : docs.values().iterator().next().deepCopy();
            f.remove("_key");
            return f;
        }
    }

    /** An index to create; {@code recordedId} is the numeric part of its id in the record, or null. */
    record IndexSeed(String collection, ObjectNode definition, String recordedId) {
    }

    final Map<String, CollectionSeed> collections = new LinkedHashMap<>();
    final Map<String, String> recordedCollectionIds = new LinkedHashMap<>();
    final List<IndexSeed> indexes = new ArrayList<>();
    final Set<String> databases = new LinkedHashSet<>();
    private String lastQuery;

    static SetupPlan derive(RecordedExample example) {
        SetupPlan plan = new SetupPlan();
        plan.read(example);
        return plan;
    }

    private void read(RecordedExample example) {
        Set<String> created = new HashSet<>();
        Set<String> absent = new HashSet<>();
        Set<String> touchedKeys = new HashSet<>();
        Map<String, ObjectNode> writtenAttributes = new LinkedHashMap<>();
        for (Exchange x : example.exchanges()) {
            Request r = x.request();
            JsonNode body = r.json();
            JsonNode recorded = x.recorded() == null ? null : x.recorded().json();
            int status = x.recorded() == null ? 0 : x.recorded().status();
            List<String> seg = segments(r.path());
            if (seg.size() >= 2 && seg.get(0).equals("_db")) {
                if (!seg.get(1).equals("_system")) {
                    databases.add(seg.get(1));
                }
                seg = seg.subList(2, seg.size());
            }
            if (r.path().endsWith("/_api/collection") && r.method().equals("POST") && body != null) {
                created.add(body.path("name").asText());
                continue;
            }
            if (r.path().endsWith("/_api/database") && r.method().equals("POST") && body != null) {
                created.add("db:" + body.path("name").asText());
                continue;
            }
            if (seg.size() == 3 && seg.get(1).equals("database") && r.method().equals("DELETE")
                    && !created.contains("db:" + seg.get(2))) {
                databases.add(seg.get(2));
            }
            boolean missing = status == 404 && recorded != null && recorded.path("errorNum").asInt() == 1203;
            for (String c : collectionsNamed(r, seg, recorded)) {
                if (missing && !collections.containsKey(c)) {
                    absent.add(c);
                }
                if (!created.contains(c) && !absent.contains(c)) {
                    CollectionSeed seed = collections.computeIfAbsent(c, CollectionSeed::new);
                    if ((r.body() != null && r.body().contains("_from"))
                            || (x.recorded() != null && x.recorded().body().contains("'_from'"))) {
                        seed.type = 3;
                    }
                }
            }
            if (body != null && body.isObject() && r.path().endsWith("/rename")) {
                created.add(body.path("name").asText());
            }
            if (seg.size() >= 3 && seg.get(1).equals("document") && collections.containsKey(seg.get(2))
                    && !r.method().equals("GET") && !r.method().equals("HEAD") && r.query("onlyget") == null
                    && r.query("waitForSync") == null && (status == 200 || status == 201)) {
                collections.get(seg.get(2)).waitForSync = true; // ArangoDB answers 201/200 only when it synced
            }
            if (r.path().endsWith("/_api/collection") && r.method().equals("GET") && recorded != null) {
                for (JsonNode c : recorded.path("result")) {
                    String name = c.path("name").asText("");
                    if (!name.isEmpty() && !name.startsWith("_")) {
                        collections.computeIfAbsent(name, CollectionSeed::new).type = c.path("type").asInt(2);
                    }
                }
            }
            if (body != null && body.path("query").isTextual() && r.path().endsWith("/_api/cursor")) {
                lastQuery = body.get("query").asText();
            }
            documents(r, seg, x, touchedKeys, writtenAttributes);
            queryResults(r, recorded);
            indexes(r, seg, recorded);
        }
    }

    private List<String> collectionsNamed(Request r, List<String> seg, JsonNode recorded) {
        List<String> out = new ArrayList<>();
        if (seg.size() >= 3 && seg.get(0).equals("_api")
                && (seg.get(1).equals("collection") || seg.get(1).equals("document") || seg.get(1).equals("index")
                || seg.get(1).equals("edges"))) {
            String c = seg.get(2);
            if (seg.get(1).equals("collection") && c.matches("\\d+")) {
                String name = recorded != null && recorded.path("name").isTextual()
                        ? recorded.get("name").asText() : "seeded" + c;
                recordedCollectionIds.put(c, name);
                c = name;
            }
            out.add(c);
        }
        String qc = r.query("collection");
        if (qc != null) {
            out.add(qc);
        }
        JsonNode body = r.json();
        if (body != null && body.path("query").isTextual()
                && (r.path().endsWith("/_api/cursor") || r.path().endsWith("/_api/explain"))) {
            Matcher m = AQL_COLLECTION.matcher(body.get("query").asText());
            while (m.find()) {
                out.add(m.group(1));
            }
        }
        return out;
    }

    private void documents(Request r, List<String> seg, Exchange x, Set<String> touched,
                           Map<String, ObjectNode> written) {
        if (seg.size() < 3 || !seg.get(1).equals("document")) {
            return;
        }
        CollectionSeed seed = collections.get(seg.get(2));
        if (seed == null) {
            return;
        }
        JsonNode recorded = x.recorded() == null ? null : x.recorded().json();
        JsonNode body = r.json();
        if (seg.size() == 4) {
            String key = seg.get(3);
            boolean first = touched.add(seed.name + "/" + key);
            if (first && !r.method().equals("POST") && (x.recorded() == null || x.recorded().status() != 404)) {
                seed.docs.putIfAbsent(key, Json.object().put("_key", key));
                String rev = revisionOf(recorded, x);
                if (rev != null) {
                    seed.recordedRevs.putIfAbsent(key, rev);
                }
            }
            absorb(seed, key, recorded, r.method(), written);
            if (body != null && body.isObject()) {
                written.computeIfAbsent(key, k -> Json.object()).setAll((ObjectNode) body);
            }
            return;
        }
        if (body == null || !body.isArray() || r.method().equals("POST")) {
            return;
        }
        for (int i = 0; i < body.size(); i++) {
            JsonNode item = body.get(i);
            String ref = item.isTextual() ? item.asText() : item.path("_key").asText(null);
            if (ref == null) {
                continue;
            }
            if (ref.contains("/")) {
                if (!ref.startsWith(seed.name + "/")) {
                    continue;
                }
                ref = ref.substring(seed.name.length() + 1);
            }
            JsonNode result = recorded != null && recorded.isArray() && i < recorded.size() ? recorded.get(i) : null;
            if (result != null && result.path("errorNum").asInt() == 1202) {
                continue;
            }
            seed.docs.putIfAbsent(ref, Json.object().put("_key", ref));
            if (result != null && result.path("_rev").isTextual()) {
                seed.recordedRevs.putIfAbsent(ref, result.path("_oldRev").asText(result.get("_rev").asText()));
            }
            if (item.path("_rev").isTextual() && (result == null || !result.path("error").asBoolean())) {
                seed.recordedRevs.putIfAbsent(ref, item.get("_rev").asText());
            }
            absorb(seed, ref, result, r.method(), written);
        }
    }

    /** The revision the document had before the exchange, as the record shows it. */
    private static String revisionOf(JsonNode recorded, Exchange x) {
        if (recorded != null && recorded.isObject() && recorded.path("_rev").isTextual()) {
            return recorded.path("_oldRev").asText(recorded.get("_rev").asText());
        }
        String etag = x.recorded() == null ? null : x.recorded().headers().get("etag");
        return etag == null ? null : etag.replace("\"", "");
    }

    /** Takes the user attributes a read shows, except those the example wrote itself before. */
    private static void absorb(CollectionSeed seed, String key, JsonNode doc, String method,
                               Map<String, ObjectNode> written) {
        if (doc == null || !doc.isObject() || !(method.equals("GET") || method.equals("PUT") && doc.has("_key")
                && !doc.has("_oldRev"))) {
            return;
        }
        ObjectNode target = seed.docs.get(key);
        if (target == null) {
            return;
        }
        ObjectNode skip = written.getOrDefault(key, Json.object());
        Iterator<Map.Entry<String, JsonNode>> it = doc.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String f = e.getKey();
            if (SYSTEM_ATTRIBUTES.contains(f) || target.has(f) || f.equals("error") || f.equals("code")) {
                continue;
            }
            JsonNode wrote = skip.get(f);
            if (wrote == null) {
                target.set(f, e.getValue());
            } else if (wrote.isObject() && e.getValue().isObject()) {
                // a merge into an object the example found there: keep what it did not write itself
                ObjectNode before = ((ObjectNode) e.getValue()).deepCopy();
                before.remove(Set.copyOf(Shapes.allKeys(wrote)));
                target.set(f, before);
            }
        }
    }

    /** Documents a query answer shows, and as many as its counts say it met. */
    private void queryResults(Request r, JsonNode recorded) {
        JsonNode body = r.json();
        if (recorded == null || !r.path().contains("/_api/cursor")) {
            return;
        }
        int batch = recorded.path("nextBatchId").asInt(recorded.has("id") ? 2 : 1) - 1;
        int position = (batch - 1) * recorded.path("result").size();
        for (JsonNode doc : recorded.path("result")) {
            String id = doc.path("_id").asText("");
            int slash = id.indexOf('/');
            if (slash > 0 && collections.containsKey(id.substring(0, slash))) {
                CollectionSeed seed = collections.get(id.substring(0, slash));
                if (seed.docs.isEmpty()) {
                    seed.firstAt = position;
                }
                String key = doc.path("_key").asText();
                seed.docs.putIfAbsent(key, Json.object().put("_key", key));
                absorb(seed, key, doc, "GET", Map.of());
            }
        }
        String query = body != null && body.path("query").isTextual() ? body.get("query").asText() : lastQuery;
        if (query == null) {
            return;
        }
        Matcher m = AQL_COLLECTION.matcher(query);
        JsonNode stats = recorded.path("extra").path("stats");
        int n = Math.max(recorded.path("count").asInt(0), Math.max(stats.path("scannedFull").asInt(0),
                stats.path("writesExecuted").asInt(0)));
        while (m.find()) {
            CollectionSeed seed = collections.get(m.group(1));
            if (seed != null) {
                seed.atLeast = Math.max(seed.atLeast, n);
            }
        }
    }

    private void indexes(Request r, List<String> seg, JsonNode recorded) {
        if (recorded != null && r.method().equals("GET") && r.path().endsWith("/_api/index")
                && r.query("collection") != null) {
            for (JsonNode idx : recorded.path("indexes")) {
                String type = idx.path("type").asText();
                if (!type.equals("primary") && !type.equals("edge")) {
                    indexes.add(new IndexSeed(r.query("collection"), definition(idx), numericId(idx)));
                }
            }
        }
        if (seg.size() == 4 && seg.get(1).equals("index") && !seg.get(3).equals("0")) {
            boolean known = indexes.stream().anyMatch(i -> seg.get(3).equals(i.recordedId()));
            if (!known) {
                ObjectNode def = Json.object().put("type", "persistent").put("unique", true);
                def.putArray("fields").add("seeded");
                indexes.add(new IndexSeed(seg.get(2), def, seg.get(3)));
            }
        }
        if (recorded != null && r.path().endsWith("/_api/explain")) {
            JsonNode plans = recorded.has("plans") ? recorded.get("plans") : Json.MAPPER.createArrayNode()
                    .add(recorded.path("plan"));
            for (JsonNode plan : plans) {
                for (JsonNode node : plan.path("nodes")) {
                    for (JsonNode idx : node.path("indexes")) {
                        String c = node.path("collection").asText();
                        String type = idx.path("type").asText();
                        if (!type.equals("primary") && collections.containsKey(c)
                                && indexes.stream().noneMatch(i -> i.collection().equals(c)
                                && i.definition().get("fields").equals(idx.get("fields")))) {
                            indexes.add(new IndexSeed(c, definition(idx), numericId(idx)));
                        }
                    }
                }
            }
        }
    }

    private static ObjectNode definition(JsonNode idx) {
        ObjectNode def = Json.object();
        for (String f : List.of("type", "fields", "unique", "sparse", "expireAfter", "name", "geoJson")) {
            if (idx.has(f)) {
                def.set(f, idx.get(f));
            }
        }
        return def;
    }

    private static String numericId(JsonNode idx) {
        String id = idx.path("id").asText("");
        return id.contains("/") ? id.substring(id.indexOf('/') + 1) : id.isEmpty() ? null : id;
    }

    static List<String> segments(String path) {
        List<String> out = new ArrayList<>();
        for (String s : path.split("/")) {
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }
}
