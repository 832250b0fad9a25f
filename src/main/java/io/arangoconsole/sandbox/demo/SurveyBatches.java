package io.arangoconsole.sandbox.demo;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Builds the survey records in batches on a few threads while the caller takes them in submission order (decision
 * 0086): building a record's document and inserting it cost about the same, so on two cores the two overlap. A
 * bounded number of batches is built ahead, so the documents waiting to be inserted stay a few thousand.
 */
final class SurveyBatches {
    private static final int BATCH = 500;

    private SurveyBatches() {
    }

    /**
     * Gives {@code take} the record submitted at {@code submitted[i]}, built from {@code streams[i]}, for each i in
     * order, on the calling thread; with {@code builders} 0 every record is built on the calling thread too.
     */
    static void build(long[] submitted, SplittableRandom[] streams, int builders,
                      Consumer<SurveyRecords.Survey> take) {
        if (builders <= 0) {
            for (int i = 0; i < submitted.length; i++) {
                take.accept(SurveyRecords.build(submitted[i], streams[i]));
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(builders, r -> {
            Thread t = new Thread(r, "sandbox-demo-builder");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<SurveyRecords.Survey[]>> ahead = new ArrayDeque<>();
            int next = 0;
            int aheadMax = 2 * builders + 1;
            while (next < submitted.length || !ahead.isEmpty()) {
                while (next < submitted.length && ahead.size() < aheadMax) {
                    int from = next;
                    int to = Math.min(submitted.length, from + BATCH);
                    ahead.add(pool.submit(() -> batch(submitted, streams, from, to)));
                    next = to;
                }
                for (SurveyRecords.Survey survey : ahead.poll().get()) {
                    take.accept(survey);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while generating the demo data", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r
                    : new IllegalStateException("the demo data could not be generated", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static SurveyRecords.Survey[] batch(long[] submitted, SplittableRandom[] streams, int from, int to) {
        SurveyRecords.Survey[] built = new SurveyRecords.Survey[to - from];
        for (int i = from; i < to; i++) {
            built[i - from] = SurveyRecords.build(submitted[i], streams[i]);
        }
        return built;
    }
}
