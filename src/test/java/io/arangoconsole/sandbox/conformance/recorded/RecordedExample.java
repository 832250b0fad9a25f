package io.arangoconsole.sandbox.conformance.recorded;

import com.fasterxml.jackson.databind.JsonNode;
import io.arangoconsole.sandbox.store.Json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One example of ArangoDB's documentation as recorded against a live 3.12.10: its curl requests and the raw HTTP
 * responses. When fewer responses than requests were recorded, they belong to the last requests (the documentation
 * shows only those); the earlier requests are replayed without comparison.
 */
record RecordedExample(String name, String page, List<Exchange> exchanges) {
    private static final Pattern URL = Pattern.compile("'http://localhost:8529([^']*)'");
    private static final Pattern METHOD = Pattern.compile(" -X (\\w+)");
    private static final Pattern HEADER = Pattern.compile("--header '([^:']+):\\s*([^']*)'");
    private static final Pattern STATUS_LINE = Pattern.compile("(?m)^HTTP/1\\.1 (\\d{3})[^\\n]*\\n");

    /** A request as curl sent it. */
    record Request(String method, String target, Map<String, String> headers, String body) {
        String path() {
            int q = target.indexOf('?');
            return q < 0 ? target : target.substring(0, q);
        }

        /** The query parameter {@code name}, or null. */
        String query(String name) {
            int q = target.indexOf('?');
            if (q < 0) {
                return null;
            }
            for (String pair : target.substring(q + 1).split("&")) {
                int eq = pair.indexOf('=');
                if ((eq < 0 ? pair : pair.substring(0, eq)).equals(name)) {
                    return eq < 0 ? "" : pair.substring(eq + 1);
                }
            }
            return null;
        }

        JsonNode json() {
            return body == null ? null : tryParse(body);
        }
    }

    /** A recorded response: status, lower-case headers, body text. */
    record Response(int status, Map<String, String> headers, String body) {
        JsonNode json() {
            return tryParse(body);
        }
    }

    /** A request and its recorded response (null when the documentation did not record it). */
    record Exchange(Request request, Response recorded) {
    }

    static RecordedExample parse(String line) {
        JsonNode row = Json.parse(line);
        List<Request> requests = requests(row.get("requests").asText());
        List<Response> responses = responses(row.get("responses").asText());
        List<Exchange> exchanges = new ArrayList<>();
        int j = 0;
        for (int i = 0; i < requests.size(); i++) {
            boolean spare = requests.size() - i > responses.size() - j;
            if (j < responses.size() && !(spare && !answers(requests.get(i), responses.get(j)))) {
                exchanges.add(new Exchange(requests.get(i), responses.get(j++)));
            } else {
                exchanges.add(new Exchange(requests.get(i), null));
            }
        }
        return new RecordedExample(row.get("example").asText(), row.get("page").asText(), exchanges);
    }

    /**
     * Whether a response can be the answer to a request, for the examples whose record leaves some answers out: a
     * new cursor is created with 201, a read of a document shows no {@code _oldRev}, a change of one does.
     */
    private static boolean answers(Request r, Response a) {
        if (r.path().endsWith("/_api/cursor") && r.method().equals("POST")) {
            return a.status() != 200;
        }
        if (r.path().contains("/_api/document/") && a.status() < 300) {
            boolean change = a.body().contains("\"_oldRev\"");
            return r.method().equals("GET") != change;
        }
        return true;
    }

    private static List<Request> requests(String text) {
        List<Request> out = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (!line.startsWith("curl ")) {
                continue;
            }
            Matcher m = METHOD.matcher(line);
            String method = m.find() ? m.group(1) : "GET";
            Matcher u = URL.matcher(line);
            if (!u.find()) {
                throw new IllegalArgumentException("no URL in " + line);
            }
            Map<String, String> headers = new LinkedHashMap<>();
            Matcher h = HEADER.matcher(line);
            while (h.find()) {
                headers.put(h.group(1).toLowerCase(Locale.ROOT), h.group(2));
            }
            String body = null;
            if (line.endsWith("<<'EOF'")) {
                StringBuilder b = new StringBuilder();
                while (!lines[++i].equals("EOF")) {
                    b.append(b.length() == 0 ? "" : "\n").append(lines[i]);
                }
                body = b.toString();
            } else if (line.contains("--data-binary @-")) {
                body = "";
            }
            out.add(new Request(method, u.group(1), headers, body));
        }
        return out;
    }

    private static List<Response> responses(String text) {
        List<Response> out = new ArrayList<>();
        Matcher m = STATUS_LINE.matcher(text);
        List<int[]> starts = new ArrayList<>();
        while (m.find()) {
            starts.add(new int[]{m.start(), m.end(), Integer.parseInt(m.group(1))});
        }
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : text.length();
            String rest = text.substring(starts.get(i)[1], end);
            int blank = rest.indexOf("\n\n");
            String head = blank < 0 ? rest : rest.substring(0, blank);
            String body = blank < 0 ? "" : rest.substring(blank + 2).strip();
            Map<String, String> headers = new LinkedHashMap<>();
            for (String h : head.split("\n")) {
                int colon = h.indexOf(':');
                if (colon > 0) {
                    headers.put(h.substring(0, colon).trim().toLowerCase(Locale.ROOT), h.substring(colon + 1).trim());
                }
            }
            out.add(new Response(starts.get(i)[2], headers, body));
        }
        return out;
    }

    static JsonNode tryParse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Json.MAPPER.readTree(text);
        } catch (Exception e) {
            return null;
        }
    }
}
