package io.arangoconsole.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arangoconsole.core.cluster.ClusterNode;
import io.arangoconsole.core.cluster.ClusterReport;
import io.arangoconsole.core.cluster.ShardState;
import java.io.UncheckedIOException;
import java.util.Locale;

/** {@code cluster health}'s output: the JSON, or a table a person reads. */
final class ClusterOutput {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String NL = System.lineSeparator();

    private ClusterOutput() {
    }

    /**
     * {@code {"nodes": [{"id", "shortName", "role", "status", "syncStatus", "version", "endpoint"}], "shards":
     * {"total", "inSync", "outOfSync": [...]}, "coordinatorsReachable": n}}.
     */
    static String json(ClusterReport report) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ArrayNode nodes = root.putArray("nodes");
        for (ClusterNode n : report.nodes()) {
            nodes.addObject().put("id", n.id()).put("shortName", n.shortName()).put("role", n.role())
                    .put("status", n.status()).put("syncStatus", n.syncStatus()).put("version", n.version())
                    .put("endpoint", n.endpoint());
        }
        ObjectNode shards = root.putObject("shards");
        shards.put("total", report.shards().size());
        shards.put("inSync", report.shardsInSync());
        ArrayNode out = shards.putArray("outOfSync");
        for (ShardState s : report.outOfSync()) {
            ObjectNode o = out.addObject().put("database", s.database()).put("collection", s.collection())
                    .put("shard", s.shard()).put("leader", s.leader()).put("currentLeader", s.currentLeader());
            s.catchingUp().forEach(o.putArray("catchingUp")::add);
            if (s.progress() != null) {
                o.putObject("progress").put("current", s.progress().current()).put("total", s.progress().total());
            }
        }
        root.put("coordinatorsReachable", report.coordinatorsReachable());
        try {
            return MAPPER.writeValueAsString(root) + NL;
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String table(ClusterReport report) {
        if (!report.cluster()) {
            return "No coordinator answered: see below." + NL;
        }
        StringBuilder out = new StringBuilder();
        int width = report.nodes().stream().mapToInt(n -> n.name().length()).max().orElse(4);
        String format = "%-" + Math.max(4, width) + "s %-12s %-7s %-9s %-10s %s";
        line(out, String.format(Locale.ROOT, format, "node", "role", "status", "sync", "version", "endpoint"));
        for (ClusterNode n : report.nodes()) {
            line(out, String.format(Locale.ROOT, format, n.name(), n.roleLabel(), n.status(), n.syncStatus(),
                    n.version(), n.endpoint()));
        }
        line(out, report.summary() + "; " + report.coordinatorsReachable() + " coordinator"
                + (report.coordinatorsReachable() == 1 ? "" : "s") + " reachable");
        return out.toString();
    }

    private static void line(StringBuilder out, String text) {
        out.append(text.stripTrailing()).append(NL);
    }
}
