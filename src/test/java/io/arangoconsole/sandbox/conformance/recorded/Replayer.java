package io.arangoconsole.sandbox.conformance.recorded;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arangoconsole.sandbox.conformance.recorded.RecordedExample.Exchange;
import io.arangoconsole.sandbox.conformance.recorded.RecordedExample.Request;
import io.arangoconsole.sandbox.conformance.recorded.SetupPlan.CollectionSeed;
import io.arangoconsole.sandbox.conformance.recorded.SetupPlan.IndexSeed;
import io.arangoconsole.sandbox.store.Json;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replays one example against a server: creates what {@link SetupPlan} derived, sends each request with the record's
 * ids and revisions swapped for the ones this server gave out, and compares each recorded response with the answer:
 * status, shape ({@link Shapes}), {@code errorNum}, and the {@code location} / {@code etag} headers where recorded.
 */
final class Replayer {
    private static final Pattern TYPE_LINE = Pattern.compile("(?m)^# TYPE (\\S+)");
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String base;
    private final String auth;
    private final Map<String, String> revs = new HashMap<>();
    private final Map<String, String> collectionIds = new HashMap<>();
    private final Map<String, String> indexIds = new HashMap<>();
    private String cursorId;

    /** The answer to one request. */
    record Answer(int status, Map<String, List<String>> headers, String body) {
        JsonNode json() {
            return RecordedExample.tryParse(body);
        }
    }

    /** The outcome of one example: empty differences when it matches. */
    record Outcome(String example, List<String> differences) {
        boolean matches() {
            return differences.isEmpty();
        }
    }

    Replayer(String baseUrl, String user, String password) {
        this.base = baseUrl;
        this.auth = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    Outcome replay(RecordedExample example) throws IOException, InterruptedException {
        SetupPlan plan = SetupPlan.derive(example);
        setUp(plan);
        List<String> diffs = new ArrayList<>();
        int n = 0;
        for (Exchange x : example.exchanges()) {
            n++;
            Request r = x.request();
            Answer a = send(r.method(), target(r), headers(r), substitute(r.body()));
            if (r.path().endsWith("/_api/cursor") && r.method().equals("POST") && a.json() != null
                    && a.json().path("id").isTextual()) {
                cursorId = a.json().get("id").asText();
            }
            if (x.recorded() == null) {
                continue;
            }
            pairRevisions(x.recorded().json(), a.json());
            String etag = x.recorded().headers().get("etag");
            List<String> actualEtag = a.headers().getOrDefault("etag", List.of());
            if (etag != null && !actualEtag.isEmpty()) {
                revs.put(etag.replace("\"", ""), actualEtag.get(0).replace("\"", ""));
            }
            int before = diffs.size();
            compare("request " + n + " (" + r.method() + " " + r.path() + ")", x.recorded(), a, diffs);
            if (diffs.size() > before) {
                keep(example.name() + "-" + n, x.recorded().body(), a.body());
            }
        }
        return new Outcome(example.name(), diffs);
    }

    private static void compare(String where, RecordedExample.Response recorded, Answer a, List<String> out) {
        if (recorded.status() != a.status()) {
            out.add(where + ": status " + recorded.status() + " recorded, " + a.status() + " here"
                    + (a.json() != null && a.json().has("errorMessage") ? " (" + a.json().get("errorMessage").asText()
                    + ")" : ""));
            return;
        }
        for (String h : List.of("location", "etag")) {
            if (recorded.headers().containsKey(h) && !a.headers().containsKey(h)) {
                out.add(where + ": no " + h + " header");
            }
        }
        JsonNode rj = recorded.json();
        if (rj != null) {
            JsonNode aj = a.json();
            if (aj == null) {
                out.add(where + ": JSON recorded, none here");
                return;
            }
            Shapes.differences(rj, aj).forEach(d -> out.add(where + ": " + d));
        } else if (recorded.body().contains("# TYPE ")) {
            Set<String> missing = families(recorded.body());
            missing.removeAll(families(a.body()));
            missing.retainAll(MetricFamilies.EXPECTED);
            if (!missing.isEmpty()) {
                out.add(where + ": metric families missing " + missing);
            }
        }
    }

    /** Both answers of a differing exchange, under target/recorded-replay/, to read the difference in full. */
    private static void keep(String name, String recorded, String actual) throws IOException {
        java.nio.file.Path dir = java.nio.file.Path.of("target", "recorded-replay");
        java.nio.file.Files.createDirectories(dir);
        java.nio.file.Files.writeString(dir.resolve(name + ".recorded.txt"), recorded);
        java.nio.file.Files.writeString(dir.resolve(name + ".here.txt"), actual);
    }

    static Set<String> families(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = TYPE_LINE.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private void setUp(SetupPlan plan) throws IOException, InterruptedException {
        for (String db : plan.databases) {
            expect(send("POST", "/_api/database", Map.of(), Json.object().put("name", db).toString()), 201);
        }
        for (CollectionSeed c : plan.collections.values()) {
            ObjectNode def = Json.object().put("name", c.name).put("type", c.type);
            if (c.waitForSync) {
                def.put("waitForSync", true);
            }
            if (c.name.startsWith("_")) {
                def.put("isSystem", true);
            }
            Answer made = expect(send("POST", "/_api/collection", Map.of(), def.toString()), 200);
            collectionIds.put(c.name, made.json().get("id").asText());
            ArrayNode docs = Json.MAPPER.createArrayNode();
            int fillers = Math.max(0, c.atLeast - c.docs.size());
            int before = Math.min(fillers, c.firstAt);
            for (int i = 0; i < before; i++) {
                docs.add(c.filler());
            }
            c.docs.values().forEach(docs::add);
            for (int i = before; i < fillers; i++) {
                docs.add(c.filler());
            }
            if (!docs.isEmpty()) {
                Answer stored = expect(send("POST", "/_api/document/" + c.name, Map.of(), docs.toString()), 202);
                for (JsonNode meta : stored.json()) {
                    String recordedRev = c.recordedRevs.get(meta.path("_key").asText());
                    if (recordedRev != null) {
                        revs.put(recordedRev, meta.get("_rev").asText());
                    }
                }
            }
        }
        plan.recordedCollectionIds.forEach((id, name) -> {
            if (collectionIds.containsKey(name)) {
                collectionIds.put(id, collectionIds.get(name));
            }
        });
        for (IndexSeed idx : plan.indexes) {
            Answer made = send("POST", "/_api/index?collection=" + idx.collection(), Map.of(),
                    idx.definition().toString());
            if (made.status() < 300 && idx.recordedId() != null) {
                String id = made.json().get("id").asText();
                indexIds.put(idx.recordedId(), id.substring(id.indexOf('/') + 1));
            }
        }
    }

    private static Answer expect(Answer a, int status) {
        if (a.status() / 100 != status / 100) {
            throw new IllegalStateException("setup step answered " + a.status() + ": " + a.body());
        }
        return a;
    }

    /** The request target with recorded collection, index and cursor ids replaced by this server's. */
    private String target(Request r) {
        List<String> seg = SetupPlan.segments(r.path());
        for (int i = 0; i < seg.size(); i++) {
            if (i >= 2 && seg.get(i - 2).equals("_api")) {
                String kind = seg.get(i - 1);
                String v = seg.get(i);
                if (kind.equals("collection") && collectionIds.containsKey(v) && v.matches("\\d+")) {
                    seg.set(i, collectionIds.get(v));
                } else if (kind.equals("cursor") && cursorId != null) {
                    seg.set(i, cursorId);
                }
            }
            if (i >= 3 && seg.get(i - 3).equals("_api") && seg.get(i - 2).equals("index")
                    && indexIds.containsKey(seg.get(i))) {
                seg.set(i, indexIds.get(seg.get(i)));
            }
        }
        int q = r.target().indexOf('?');
        return "/" + String.join("/", seg) + (q < 0 ? "" : r.target().substring(q));
    }

    private Map<String, String> headers(Request r) {
        Map<String, String> out = new HashMap<>();
        r.headers().forEach((k, v) -> out.put(k, k.startsWith("if-") ? substitute(v) : v));
        return out;
    }

    private String substitute(String text) {
        if (text == null) {
            return null;
        }
        String out = text;
        for (Map.Entry<String, String> e : revs.entrySet()) {
            out = out.replace(e.getKey(), e.getValue());
        }
        return out;
    }

    /** Learns which revision here stands for which in the record, from answers of the same shape. */
    private void pairRevisions(JsonNode recorded, JsonNode actual) {
        if (recorded == null || actual == null) {
            return;
        }
        if (recorded.isObject() && actual.isObject()) {
            for (String f : List.of("_rev", "_oldRev")) {
                if (recorded.path(f).isTextual() && actual.path(f).isTextual()) {
                    revs.put(recorded.get(f).asText(), actual.get(f).asText());
                }
            }
            Iterator<String> it = recorded.fieldNames();
            while (it.hasNext()) {
                String f = it.next();
                pairRevisions(recorded.get(f), actual.get(f));
            }
        } else if (recorded.isArray() && actual.isArray() && recorded.size() == actual.size()) {
            for (int i = 0; i < recorded.size(); i++) {
                pairRevisions(recorded.get(i), actual.get(i));
            }
        }
    }

    private Answer send(String method, String target, Map<String, String> headers, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + target)).header("Authorization", auth);
        headers.forEach((k, v) -> {
            if (!k.equals("content-length") && !k.equals("host")) {
                b.header(k, v);
            }
        });
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> res = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(res.statusCode(), res.headers().map(), res.body());
    }
}
