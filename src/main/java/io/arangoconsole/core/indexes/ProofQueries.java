package io.arangoconsole.core.indexes;

import com.fasterxml.jackson.databind.JsonNode;
import io.arangoconsole.core.FailureLog;
import org.slf4j.LoggerFactory;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * The optimization plan's key queries: latest and earliest {@code submissiondate}, a date range, a {@code status}
 * filter, a {@code task_id} lookup. The bind values can be picked from the data with {@link #sample}.
 */
public final class ProofQueries {
    private static final FailureLog FAILURES = new FailureLog(LoggerFactory.getLogger(ProofQueries.class));
    private ProofQueries() {
    }

    /** Values the filters look for: a date range {@code [from, to)}, a status and a task id. */
    public record Values(String from, String to, String status, String taskId) {
    }

    /** The key queries with the given values. */
    public static List<ProofQuery> defaults(Values v) {
        return List.of(
                new ProofQuery("latest submissiondate", "va_table",
                        "FOR d IN va_table SORT d.submissiondate DESC LIMIT 1 RETURN d.submissiondate", Map.of()),
                new ProofQuery("earliest submissiondate", "va_table",
                        "FOR d IN va_table FILTER d.submissiondate > null SORT d.submissiondate ASC LIMIT 1 "
                                + "RETURN d.submissiondate", Map.of()),
                new ProofQuery("submissiondate range", "va_table",
                        "FOR d IN va_table FILTER d.submissiondate >= @from AND d.submissiondate < @to RETURN d._key",
                        Map.of("from", v.from(), "to", v.to())),
                new ProofQuery("status filter", "va_table",
                        "FOR d IN va_table FILTER d.status == @s RETURN d._key", Map.of("s", v.status())),
                new ProofQuery("task_id lookup", "ccva_results",
                        "FOR r IN ccva_results FILTER r.task_id == @t RETURN r._key", Map.of("t", v.taskId())));
    }

    /**
     * Picks values that exist in the data from one document of each collection ({@code LIMIT 1} without a sort
     * reads one document, never the collection): the month of that document's {@code submissiondate}, its status,
     * one task id. Falls back to the current month and fixed values where a collection is empty or missing.
     */
    public static Values sample(ProofSource source) {
        JsonNode survey = first(source, "FOR d IN va_table LIMIT 1 RETURN {s: d.submissiondate, st: d.status}");
        JsonNode task = first(source, "FOR r IN ccva_results LIMIT 1 RETURN r.task_id");
        String date = survey == null ? "" : survey.path("s").asText("");
        String[] range = monthOf(date, YearMonth.now(ZoneOffset.UTC));
        String status = survey == null || !survey.path("st").isTextual() ? "pending" : survey.path("st").asText();
        String taskId = task == null || task.isNull() ? "task-1" : task.asText();
        return new Values(range[0], range[1], status, taskId);
    }

    /**
     * {@code 2024-03-17T10:00:00Z} becomes {@code [2024-03, 2024-04)}: a month of ISO dates, compared as strings.
     * A date that is not ISO (or none) gives the {@code fallback} month, the current one when sampling.
     */
    static String[] monthOf(String date, YearMonth fallback) {
        YearMonth month;
        try {
            month = YearMonth.parse(date.length() >= 7 ? date.substring(0, 7) : date);
        } catch (DateTimeParseException e) {
            month = fallback;
        }
        return new String[] {month.toString(), month.plusMonths(1).toString()};
    }

    private static JsonNode first(ProofSource source, String query) {
        try {
            List<JsonNode> rows = source.query(query, Map.of());
            return rows.isEmpty() ? null : rows.get(0);
        } catch (RuntimeException e) {
            // The proof then shows no sample value; the reason is in the log.
            FAILURES.warn("Proof sample query", e);
            return null;
        }
    }
}
