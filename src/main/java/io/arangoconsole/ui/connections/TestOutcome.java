package io.arangoconsole.ui.connections;

import io.arangoconsole.core.FailureLog;
import io.arangoconsole.core.arango.ServerInfo;
import io.arangoconsole.core.connection.ConnectionProfile;
import io.arangoconsole.core.connection.ServerSpec;
import io.arangoconsole.ui.common.Formats;
import org.slf4j.LoggerFactory;

/** What "Test connection" found, as the sentence the pane and the dialog show. */
record TestOutcome(boolean ok, String text) {

    private static final FailureLog FAILURES = new FailureLog(LoggerFactory.getLogger(TestOutcome.class));

    /** Blocking: tests the primary, then the replica when the profile has one; the first failure is the answer. */
    static TestOutcome run(ProfileTester tester, ConnectionProfile profile, String secret, String replicaSecret) {
        ServerInfo primary = tester.test(ServerSpec.primary(profile, secret), profile.database());
        String text = describe(primary);
        ServerSpec replica = ServerSpec.replica(profile, secret, replicaSecret);
        if (replica != null) {
            try {
                text = "Primary: " + text + " Replica: " + describe(tester.test(replica, profile.database()));
            } catch (RuntimeException e) {
                FAILURES.warn("Testing the replica of '" + profile.name() + "'", e);
                return new TestOutcome(false, "Primary: " + text + " Replica: " + Formats.sentence(e));
            }
        }
        return new TestOutcome(true, text);
    }

    static TestOutcome failed(Throwable error) {
        return new TestOutcome(false, Formats.sentence(error));
    }

    private static String describe(ServerInfo info) {
        return "ArangoDB " + info.version() + ", role " + info.role() + ", latency "
                + Formats.latency(info.latency()) + ".";
    }
}
