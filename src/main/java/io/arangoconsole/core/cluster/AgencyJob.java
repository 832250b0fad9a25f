package io.arangoconsole.core.cluster;

/**
 * One agency job as {@code GET /_admin/cluster/queryAgencyJob?id=} reports it: {@code status} is the server's word
 * (ToDo, Pending, Finished, Failed; anything else is kept as sent), {@code reason} why it failed (may be empty).
 */
public record AgencyJob(String id, String status, String reason) {

    public boolean finished() {
        return "Finished".equals(status);
    }

    public boolean failed() {
        return "Failed".equals(status);
    }

    /** Finished or failed: the agency will not change it again. */
    public boolean over() {
        return finished() || failed();
    }
}
