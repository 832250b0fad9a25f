package io.arangoconsole.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arangoconsole.core.indexes.ExistingIndex;
import io.arangoconsole.core.insight.IndexUsage;
import io.arangoconsole.core.insight.ShapeStats;
import java.util.List;
import java.util.Locale;

/** {@code queries usage}'s output: every index with the observed shapes reading it, or unused since when. */
final class UsageOutput {
    private static final ObjectMapper JSON = new ObjectMapper();

    private UsageOutput() {
    }

    /**
     * {@code {"since": ISO, "shapes": n, "unexplained": n, "indexes": [{"collection", "name", "type", "fields",
     * "runs", "lastSeen", "unused", "shapes": [{"shape", "count", "lastSeen"}]}]}}.
     */
    static String json(IndexUsage usage, List<ExistingIndex> indexes) {
        ObjectNode root = JSON.createObjectNode();
        root.put("since", usage.observedSince().toString());
        root.put("shapes", usage.shapes().size());
        root.put("unexplained", usage.unexplained());
        ArrayNode list = root.putArray("indexes");
        for (ExistingIndex ix : indexes) {
            IndexUsage.Use use = usage.of(ix.collection(), ix.name());
            ObjectNode o = list.addObject();
            o.put("collection", ix.collection());
            o.put("name", ix.name());
            o.put("type", ix.type());
            ix.fields().forEach(o.putArray("fields")::add);
            o.put("runs", use.runs());
            o.put("lastSeen", use.lastSeen() == null ? null : use.lastSeen().toString());
            o.put("unused", use.unused());
            ArrayNode shapes = o.putArray("shapes");
            for (ShapeStats s : use.shapes()) {
                shapes.addObject().put("shape", s.text()).put("count", s.count()).put("lastSeen",
                        s.lastSeen().toString());
            }
        }
        return root.toString();
    }

    static String table(IndexUsage usage, List<ExistingIndex> indexes) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%d index%s, %d query shape%s observed "
                + "since %s%s.%n", indexes.size(), indexes.size() == 1 ? "" : "es", usage.shapes().size(),
                usage.shapes().size() == 1 ? "" : "s", usage.observedSince(), usage.unexplained() == 0 ? ""
                        : " (" + usage.unexplained() + " not explained)"));
        for (ExistingIndex ix : indexes) {
            IndexUsage.Use use = usage.of(ix.collection(), ix.name());
            out.append(String.format(Locale.ROOT, "%n%s %s %s [%s]: %s%n", ix.collection(), ix.type(), ix.name(),
                    String.join(", ", ix.fields()), use.unused() ? "unused by the observed workload since "
                            + use.since() : use.shapes().size() + " shape" + (use.shapes().size() == 1 ? "" : "s")
                            + ", " + use.runs() + " run" + (use.runs() == 1 ? "" : "s") + ", last " + use.lastSeen()));
            use.shapes().forEach(s -> out.append(String.format(Locale.ROOT, "  %d run%s, last %s: %s%n", s.count(),
                    s.count() == 1 ? "" : "s", s.lastSeen(), s.text())));
        }
        return out.toString();
    }
}
