package io.arangoconsole.ui.jobs;

import io.arangoconsole.core.cluster.AgencyJob;

/** How a shard move's agency job reads in the Jobs pane. */
final class ShardMoveRows {

    private ShardMoveRows() {
    }

    /** ToDo: queued; Pending: under way (no percentage: the agency gives none); Finished or Failed: ended. */
    static void show(JobItem item, AgencyJob job) {
        boolean todo = "ToDo".equals(job.status());
        item.queued.set(todo);
        item.active.set(!job.over());
        item.fraction.set(job.finished() ? 1 : todo ? 0 : job.failed() ? 0 : -1);
        item.progress.set(job.finished() ? io.arangoconsole.ui.common.Formats.progress(100) : "");
        String state = switch (job.status()) {
            case "ToDo" -> "to do";
            case "Pending" -> "under way";
            case "Finished" -> "finished";
            case "Failed" -> "failed";
            default -> job.status().isEmpty() ? "unknown" : job.status().toLowerCase(java.util.Locale.ROOT);
        };
        item.state.set(job.reason().isBlank() ? state : state + ": " + job.reason());
    }
}
