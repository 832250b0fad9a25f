package io.arangoconsole.sandbox.cluster;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arangoconsole.sandbox.store.Json;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The agency's jobs (moveShard, cleanOutServer, resignLeadership): each waits one job step in {@code ToDo}, one in
 * {@code Pending}, then does its work and is {@code Finished}, or {@code Failed} with a reason. The supervision
 * advances them; {@code queryAgencyJob} reads them.
 */
public final class AgencyJobs {
    private final ClusterState cluster;
    private final Map<String, Job> jobs = new LinkedHashMap<>();
    private long nextId = 8_010_123;

    AgencyJobs(ClusterState cluster) {
        this.cluster = cluster;
    }

    /** What a job does when it finishes; an {@code IllegalStateException} fails it with its message as reason. */
    @FunctionalInterface
    interface Work {
        void run();
    }

    private static final class Job {
        final ObjectNode fields;
        final Work work;
        final long created;
        long started;
        String status = "ToDo";

        Job(ObjectNode fields, Work work, long created) {
            this.fields = fields;
            this.work = work;
            this.created = created;
        }
    }

    /** Registers a job of {@code type} with its {@code fields}; returns its id. */
    synchronized String add(String type, ObjectNode fields, Work work) {
        String id = Long.toString(nextId++);
        long now = ClusterState.now();
        ObjectNode f = Json.object().put("type", type);
        f.setAll(fields);
        f.put("jobId", id).put("creator", cluster.coordinators().get(0).id())
                .put("timeCreated", CoordinatorRoutes.iso(now));
        jobs.put(id, new Job(f, work, now));
        return id;
    }

    /** The job as {@code queryAgencyJob} shows it, or null. */
    synchronized ObjectNode get(String id) {
        Job j = jobs.get(id);
        if (j == null) {
            return null;
        }
        ObjectNode out = j.fields.deepCopy();
        out.put("error", false).put("job", id).put("status", j.status);
        return out;
    }

    /** Cancels a job still in ToDo or Pending: true if it was. */
    synchronized boolean cancel(String id) {
        Job j = jobs.get(id);
        if (j == null || !(j.status.equals("ToDo") || j.status.equals("Pending"))) {
            return false;
        }
        finish(j, "Failed", "aborted", ClusterState.now());
        return true;
    }

    synchronized boolean exists(String id) {
        return jobs.containsKey(id);
    }

    /** Jobs in ToDo and Pending, for the rebalance counters. */
    synchronized int[] openCounts(String type) {
        int todo = 0;
        int pending = 0;
        for (Job j : jobs.values()) {
            if (j.fields.path("type").asText().equals(type)) {
                todo += j.status.equals("ToDo") ? 1 : 0;
                pending += j.status.equals("Pending") ? 1 : 0;
            }
        }
        return new int[] {todo, pending};
    }

    /** One supervision round: jobs move on when their step has passed. */
    synchronized void advance(long now) {
        long step = cluster.timings().jobStep();
        for (Job j : jobs.values()) {
            if (j.status.equals("ToDo") && now - j.created >= step) {
                j.status = "Pending";
                j.started = now;
                j.fields.put("timeStarted", CoordinatorRoutes.iso(now));
            } else if (j.status.equals("Pending") && now - j.started >= step) {
                try {
                    j.work.run();
                    finish(j, "Finished", null, now);
                } catch (IllegalStateException e) {
                    finish(j, "Failed", e.getMessage(), now);
                }
            }
        }
    }

    private static void finish(Job j, String status, String reason, long now) {
        j.status = status;
        j.fields.put("timeFinished", CoordinatorRoutes.iso(now));
        if (reason != null) {
            j.fields.put("reason", reason);
        }
    }
}
