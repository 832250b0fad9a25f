package io.arangoconsole.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arangoconsole.core.indexes.ApplyEntry;
import io.arangoconsole.core.indexes.ApplyResult;
import io.arangoconsole.core.indexes.DiffRow;
import io.arangoconsole.core.indexes.DiffStatus;
import io.arangoconsole.core.indexes.IndexDiff;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** How {@code indexes plan|apply} print: an aligned table for people, one JSON value for scripts. */
final class IndexesOutput {
    private static final ObjectMapper JSON = new ObjectMapper();

    private IndexesOutput() {
    }

    /** What the empty start means and how to begin a plan, for a database the shipped plan does not fit. */
    static String emptyStartNote(String database) {
        return "No index plan for database " + database + " yet (the shipped plan names collections it does not "
                + "have): start one from the index advice with 'indexes plan --plan FILE --from-advice ADVICE' "
                + "(ADVICE: the output of 'queries advise --json'), or pass --plan FILE.";
    }

    static String diffTable(IndexDiff diff) {
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"COLLECTION", "FIELDS", "STATUS", "TYPE", "SELECTIVITY", "REASON"});
        for (DiffRow r : diff.rows()) {
            lines.add(new String[] {r.collection(), fields(r.fields()), r.status().name(),
                r.status() == DiffStatus.SKIPPED ? "-" : r.type(),
                r.selectivity() == null ? "-" : String.format(Locale.ROOT, "%.3f", r.selectivity()),
                r.reason() == null ? "" : r.reason()});
        }
        return align(lines) + summary(diff);
    }

    /** The diff as a JSON array of rows, each naming collection, fields and status. */
    static String diffJson(IndexDiff diff) {
        ArrayNode rows = JSON.createArrayNode();
        for (DiffRow r : diff.rows()) {
            ObjectNode row = rows.addObject();
            row.put("collection", r.collection());
            r.fields().forEach(row.putArray("fields")::add);
            row.put("status", r.status().name());
            row.put("type", r.type());
            if (r.name() != null) {
                row.put("name", r.name());
            }
            if (r.selectivity() != null) {
                row.put("selectivity", r.selectivity());
            }
            if (r.size() >= 0) {
                row.put("size", r.size());
            }
            if (r.reason() != null) {
                row.put("reason", r.reason());
            }
        }
        return rows.toString();
    }

    /** What apply would do, without doing it: "created" lists the builds it would start. */
    static ApplyResult dryRun(IndexDiff diff) {
        List<ApplyEntry> wouldCreate = new ArrayList<>();
        List<ApplyEntry> existing = new ArrayList<>();
        List<ApplyEntry> skipped = new ArrayList<>();
        for (DiffRow r : diff.rows()) {
            if (r.planned() == null) {
                continue;
            }
            ApplyEntry entry = new ApplyEntry(r.collection(), r.fields(), r.name(), r.reason());
            if (r.status() == DiffStatus.MISSING && !r.servedByPlannedCover()) {
                wouldCreate.add(entry);
            } else if (r.exists()) {
                existing.add(entry);
            } else {
                skipped.add(entry);
            }
        }
        return new ApplyResult(wouldCreate, existing, List.of(), skipped);
    }

    static String applyTable(ApplyResult result, boolean dryRun) {
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"RESULT", "COLLECTION", "FIELDS", "NOTE"});
        add(lines, dryRun ? "would create" : "created", result.created());
        add(lines, "existing", result.existing());
        add(lines, "failed", result.failed());
        add(lines, "skipped", result.skipped());
        return align(lines) + String.format(Locale.ROOT, "%d %s, %d existing, %d failed, %d skipped%n",
                result.created().size(), dryRun ? "would be created" : "created", result.existing().size(),
                result.failed().size(), result.skipped().size());
    }

    /** The one sentence on stderr when builds failed: how many, and the first reason. */
    static String failureSentence(ApplyResult result) {
        ApplyEntry first = result.failed().get(0);
        String why = first.message() == null ? "no reason given" : first.message();
        return result.failed().size() == 1 ? why
                : result.failed().size() + " index builds failed; the first: " + why;
    }

    private static void add(List<String[]> lines, String what, List<ApplyEntry> entries) {
        for (ApplyEntry e : entries) {
            String note = e.message() != null ? e.message() : e.name() != null ? e.name() : "";
            lines.add(new String[] {what, e.collection(), fields(e.fields()), note});
        }
    }

    private static String summary(IndexDiff diff) {
        var counts = diff.counts();
        return String.format(Locale.ROOT, "%d present, %d missing, %d redundant, %d extra, %d skipped%n",
                counts.get(DiffStatus.PRESENT), counts.get(DiffStatus.MISSING), counts.get(DiffStatus.REDUNDANT),
                counts.get(DiffStatus.EXTRA), counts.get(DiffStatus.SKIPPED));
    }

    private static String fields(List<String> fields) {
        return "[" + String.join(", ", fields) + "]";
    }

    /** Pads every column but the last to its widest cell. */
    private static String align(List<String[]> lines) {
        int columns = lines.get(0).length;
        int[] width = new int[columns];
        for (String[] line : lines) {
            for (int i = 0; i < columns - 1; i++) {
                width[i] = Math.max(width[i], line[i].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] line : lines) {
            StringBuilder row = new StringBuilder();
            for (int i = 0; i < columns; i++) {
                row.append(i < columns - 1 ? String.format(Locale.ROOT, "%-" + width[i] + "s  ", line[i]) : line[i]);
            }
            out.append(row.toString().stripTrailing()).append(System.lineSeparator());
        }
        return out.toString();
    }
}
