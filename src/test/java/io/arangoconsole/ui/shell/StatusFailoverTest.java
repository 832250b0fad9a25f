package io.arangoconsole.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.arangoconsole.core.arango.ServerInfo;
import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.ui.common.ManualPoller;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The status bar marks a failover while a coordinator is down and clears the mark when it is back. */
class StatusFailoverTest {

    @Test
    void aDownCoordinatorIsMarkedUntilItIsBack() {
        AtomicReference<ServerInfo> answer = new AtomicReference<>(new ServerInfo("3.12.4", "COORDINATOR",
                Duration.ofMillis(3), 3, List.of("http://127.0.0.1:8531")));
        ManualPoller poller = new ManualPoller();
        StatusViewModel status = new StatusViewModel(target -> answer.get(), poller);
        status.connect(new ConnectionTarget("http://127.0.0.1:8530", "root", "", "demo",
                ConnectionTarget.Label.PRIMARY));
        status.activate();
        poller.tick();
        assertEquals("Failover: 127.0.0.1:8531 is down, on the other 2 coordinators",
                status.failoverProperty().get());
        answer.set(new ServerInfo("3.12.4", "COORDINATOR", Duration.ofMillis(3), 3, List.of()));
        poller.tick();
        assertEquals("", status.failoverProperty().get());
    }

    @Test
    void twoDownOfThreeLeaveOne() {
        assertEquals("Failover: a:1, b:2 are down, on the other 1 coordinator", StatusViewModel.failoverText(
                new ServerInfo("3.12.4", "COORDINATOR", Duration.ZERO, 3, List.of("http://a:1", "https://b:2"))));
    }
}
