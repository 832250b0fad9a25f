package io.arangoconsole.sandbox.demo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arangoconsole.sandbox.store.Collection;
import io.arangoconsole.sandbox.store.Json;
import io.arangoconsole.sandbox.store.WriteOptions;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * {@code ccva_results}: the computer-coded verbal autopsy of every processed or coded record, run in tasks of
 * {@value #BATCH} records as the user's application does (one {@code task_id} per batch, one algorithm per task).
 * Most tasks completed, a few results failed, and the newest, unfinished batch is still running.
 */
final class CcvaResults {
    static final int BATCH = 500;

    private record Cause(String name, int weight) {
    }

    private static final List<Cause> ADULT = List.of(
            new Cause("HIV/AIDS related death", 14), new Cause("Pulmonary tuberculosis", 10),
            new Cause("Malaria", 8), new Cause("Acute resp infect incl pneumonia", 8), new Cause("Stroke", 9),
            new Cause("Acute cardiac disease", 6), new Cause("Diabetes mellitus", 5),
            new Cause("Road traffic accident", 5), new Cause("Renal failure", 3), new Cause("Liver cirrhosis", 3),
            new Cause("Digestive neoplasms", 4), new Cause("Diarrhoeal diseases", 4),
            new Cause("Other and unspecified cardiac dis", 4), new Cause("Maternal haemorrhage", 2),
            new Cause("Assault", 2), new Cause("Other and unspecified NCD", 3));
    private static final List<Cause> CHILD = List.of(
            new Cause("Malaria", 20), new Cause("Acute resp infect incl pneumonia", 18),
            new Cause("Diarrhoeal diseases", 14), new Cause("Severe malnutrition", 8), new Cause("Measles", 3),
            new Cause("Meningitis and encephalitis", 5), new Cause("HIV/AIDS related death", 5),
            new Cause("Accidental drowning and submersion", 3), new Cause("Other and unspecified infect dis", 4));
    private static final List<Cause> NEONATE = List.of(
            new Cause("Prematurity", 25), new Cause("Birth asphyxia", 22), new Cause("Neonatal sepsis", 18),
            new Cause("Neonatal pneumonia", 10), new Cause("Congenital malformation", 6),
            new Cause("Other and unspecified neonatal CoD", 5));
    private static final String[] FAILURES = {
        "InterVA5: insufficient symptom data (fewer than 3 positive indicators)",
        "missing age and sex: cannot assign WHO age group",
        "worker lost: task exceeded its time limit of 600 s"};

    private final Collection collection;
    private final SplittableRandom random;
    private final List<SurveyRecords.Survey> batch = new ArrayList<>(BATCH);
    private long sequence;

    CcvaResults(Collection collection, SplittableRandom random) {
        this.collection = collection;
        this.random = random;
    }

    /** Queues a record for coding if its status says it has been processed. */
    void accept(SurveyRecords.Survey survey) {
        if (survey.status().equals("processed") || survey.status().equals("coded")) {
            batch.add(survey);
            if (batch.size() == BATCH) {
                flush(false);
            }
        }
    }

    /** Writes the last, partial batch as a task still running. */
    void finish() {
        if (!batch.isEmpty()) {
            flush(true);
        }
    }

    private void flush(boolean running) {
        String taskId = new UUID(random.nextLong(), random.nextLong()).toString();
        boolean interVa = random.nextInt(10) < 7;
        long last = batch.get(batch.size() - 1).submittedMillis();
        long startedAt = DemoClock.clamp(last + (3600L + random.nextInt(47 * 3600)) * 1000L);
        for (int i = 0; i < batch.size(); i++) {
            SurveyRecords.Survey s = batch.get(i);
            String status = running ? "running" : random.nextInt(100) < 4 ? "failed" : "completed";
            long createdAt = DemoClock.clamp(startedAt + i * (80L + random.nextInt(120)));
            collection.insert(result(s, taskId, interVa, status, createdAt), WriteOptions.DEFAULT);
        }
        batch.clear();
    }

    private ObjectNode result(SurveyRecords.Survey s, String taskId, boolean interVa, String status, long createdAt) {
        ObjectNode d = Json.object();
        d.put("_key", pad(++sequence));
        d.put("task_id", taskId);
        d.put("va_key", s.key());
        d.put("instanceid", s.key());
        d.put("algorithm", interVa ? "InterVA5" : "InSilicoVA");
        d.put("algorithm_version", interVa ? "5.1" : "1.4.0");
        d.put("hiv", "h");
        d.put("malaria", "l");
        d.put("created_at", DemoClock.iso(createdAt));
        d.put("status", status);
        d.put("age_group", s.ageGroup());
        d.put("sex", s.male() ? "male" : "female");
        if (status.equals("completed")) {
            List<Cause> causes = s.ageGroup().equals("adult") ? ADULT : s.ageGroup().equals("child") ? CHILD : NEONATE;
            double p1 = 0.30 + random.nextDouble() * 0.65;
            double p2 = (1 - p1) * random.nextDouble() * 0.7;
            double p3 = (1 - p1 - p2) * random.nextDouble() * 0.6;
            String c1 = draw(causes, null, null);
            String c2 = draw(causes, c1, null);
            putCause(d, 1, c1, p1);
            putCause(d, 2, c2, p2);
            putCause(d, 3, draw(causes, c1, c2), p3);
            d.put("indeterminate", round(Math.max(0, 1 - p1 - p2 - p3) * random.nextDouble()));
            d.putNull("error");
        } else {
            for (int i = 1; i <= 3; i++) {
                d.putNull("cause" + i);
                d.putNull("cause" + i + "_prob");
            }
            d.putNull("indeterminate");
            if (status.equals("failed")) {
                d.put("error", FAILURES[random.nextInt(FAILURES.length)]);
            } else {
                d.putNull("error");
            }
        }
        return d;
    }

    private static void putCause(ObjectNode d, int rank, String cause, double p) {
        d.put("cause" + rank, cause);
        d.put("cause" + rank + "_prob", round(p));
    }

    /** A weighted draw that avoids the causes already ranked above. */
    private String draw(List<Cause> causes, String not1, String not2) {
        int total = 0;
        for (Cause c : causes) {
            total += c.name.equals(not1) || c.name.equals(not2) ? 0 : c.weight;
        }
        int r = random.nextInt(total);
        for (Cause c : causes) {
            if (c.name.equals(not1) || c.name.equals(not2)) {
                continue;
            }
            r -= c.weight;
            if (r < 0) {
                return c.name;
            }
        }
        throw new IllegalStateException("unreachable: weights add up");
    }

    private static double round(double p) {
        return Math.round(p * 10_000) / 10_000.0;
    }

    /** Zero-padded numbers sort as they count, as the user's keys do. */
    private static String pad(long n) {
        String s = Long.toString(n);
        return "0".repeat(Math.max(0, 9 - s.length())) + s;
    }
}
