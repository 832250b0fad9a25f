package io.arangoconsole.sandbox.control;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arangoconsole.sandbox.faults.Faults;
import io.arangoconsole.sandbox.store.Json;

/** What the faults API has set, to show it back (the {@link Faults} themselves only answer per request). */
public final class FaultSettings {
    private long latencyMillis;
    private double failShare;
    private Faults.Failure failure;
    private boolean refusing;
    /** Shared by every Coordinator's listener, like the rest. */
    final Hangs hangs = new Hangs();

    synchronized void latency(long millis) {
        latencyMillis = millis;
    }

    synchronized void fail(double share, Faults.Failure f) {
        failShare = share;
        failure = f;
    }

    synchronized void refuse(boolean on) {
        refusing = on;
    }

    synchronized void reset() {
        latencyMillis = 0;
        failShare = 0;
        failure = null;
        refusing = false;
        hangs.clear();
    }

    synchronized ObjectNode json() {
        ObjectNode out = Json.object();
        out.put("latencyMillis", latencyMillis);
        if (failure == null || failShare == 0) {
            out.putNull("fail");
        } else {
            out.putObject("fail").put("share", failShare).put("code", failure.code())
                    .put("errorNum", failure.errorNum()).put("message", failure.message());
        }
        out.put("refuseConnections", refusing);
        return out;
    }
}
