package io.arangoconsole.core.routing;

/**
 * Health of one endpoint from probe results: down after {@code failuresToMarkDown} consecutive failures, up again
 * after one success. Thread-safe.
 */
public final class EndpointHealth {
    private final int failuresToMarkDown;
    private int consecutiveFailures;
    private boolean up = true;
    private String lastError;

    public EndpointHealth(int failuresToMarkDown) {
        if (failuresToMarkDown < 1) {
            throw new IllegalArgumentException("failuresToMarkDown must be at least 1");
        }
        this.failuresToMarkDown = failuresToMarkDown;
    }

    public synchronized void success() {
        consecutiveFailures = 0;
        up = true;
        lastError = null;
    }

    public synchronized void failure(String error) {
        consecutiveFailures++;
        lastError = error;
        if (consecutiveFailures >= failuresToMarkDown) {
            up = false;
        }
    }

    public synchronized boolean isUp() {
        return up;
    }

    /** The error of the last failed probe, or null after a success. */
    public synchronized String lastError() {
        return lastError;
    }
}
