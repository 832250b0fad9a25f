package io.arangoconsole.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arangoconsole.core.insight.AdvicePlans;
import io.arangoconsole.core.insight.AdviceReport;
import io.arangoconsole.core.insight.IndexAdvice;
import io.arangoconsole.core.insight.ShapeSummary;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@code queries advise}'s output, and reading it back for {@code indexes plan --from-advice}. */
final class AdviceOutput {
    private static final ObjectMapper JSON = new ObjectMapper();

    private AdviceOutput() {
    }

    /** {@code {"advice": [{"collection", "fields", "shape", "count", "p95Ms", "evidence"}], "shapes": n}}. */
    static String json(AdviceReport report) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode advice = root.putArray("advice");
        for (IndexAdvice a : report.advice()) {
            ObjectNode o = advice.addObject();
            o.put("collection", a.collection());
            a.fields().forEach(o.putArray("fields")::add);
            o.put("shape", a.shape());
            o.put("count", a.count());
            o.put("p95Ms", Math.round(a.p95Ms() * 10) / 10.0);
            o.put("evidence", a.evidence());
        }
        root.put("shapes", report.shapes().size());
        return root.toString();
    }

    static String table(AdviceReport report) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%d query shape%s seen, %d index%s advised.%n",
                report.shapes().size(), report.shapes().size() == 1 ? "" : "s", report.advice().size(),
                report.advice().size() == 1 ? "" : "es"));
        for (IndexAdvice a : report.advice()) {
            out.append(String.format(Locale.ROOT, "%nADD %s [%s]%n  %s%n  shape: %s%n", a.collection(),
                    String.join(", ", a.fields()), a.evidence(), a.shape()));
        }
        List<ShapeSummary> unhelped = report.shapes().stream().filter(s -> Boolean.TRUE.equals(s.fullScan()))
                .filter(s -> report.advice().stream().noneMatch(a -> a.shapeIds().contains(s.shape().id())))
                .toList();
        if (!unhelped.isEmpty()) {
            out.append(String.format("%nScanning shapes without advice (nothing to filter or sort by, only an OR, or an index exists):%n"));
            unhelped.forEach(s -> out.append(String.format(Locale.ROOT, "  %d run%s, p95 %.1f ms: %s%n", s.count(),
                    s.count() == 1 ? "" : "s", s.p95Ms(), s.shape().text())));
        }
        report.shapes().stream().filter(s -> s.explainError() != null).forEach(s -> out.append(String.format(
                "%nNot explained (%s): %s%n", s.explainError(), s.shape().text())));
        return out.toString();
    }

    /** The advised indexes of a {@link #json} text. */
    static List<AdvicePlans.Advised> read(String text) throws IOException {
        List<AdvicePlans.Advised> out = new ArrayList<>();
        var root = JSON.readTree(text);
        if (root == null || !root.path("advice").isArray()) {
            throw new IOException("it has no \"advice\" list");
        }
        for (var a : root.path("advice")) {
            List<String> fields = new ArrayList<>();
            a.path("fields").forEach(f -> fields.add(f.asText()));
            if (a.path("collection").asText("").isEmpty() || fields.isEmpty()) {
                throw new IOException("an entry lacks its collection or fields: " + a);
            }
            out.add(new AdvicePlans.Advised(a.path("collection").asText(), fields));
        }
        return out;
    }
}
