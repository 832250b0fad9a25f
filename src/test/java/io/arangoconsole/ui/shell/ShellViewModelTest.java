package io.arangoconsole.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.arangoconsole.core.arango.ConnectionFailure;
import io.arangoconsole.core.arango.ServerInfo;
import io.arangoconsole.core.arango.ServerProbe;
import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.settings.Settings;
import io.arangoconsole.settings.Theme;
import io.arangoconsole.ui.common.InlineTaskRunner;
import io.arangoconsole.ui.common.ManualPoller;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ShellViewModelTest {

    private static final ConnectionTarget SANDBOX = new ConnectionTarget("http://127.0.0.1:40001", "root", "",
            "demo", ConnectionTarget.Label.SANDBOX);
    private static final ConnectionTarget PRIMARY = new ConnectionTarget("http://db1:8529", "root", "pw",
            "prod", ConnectionTarget.Label.PRIMARY);

    private final Settings settings = new Settings();
    private final ManualPoller poller = new ManualPoller();
    private final List<ConnectionTarget> probed = new ArrayList<>();
    private ServerProbe probe = target -> {
        probed.add(target);
        return new ServerInfo("3.12.4", "SINGLE", Duration.ofMillis(3));
    };
    private int sandboxStarts;

    private ShellViewModel shell(SandboxLauncher launcher) {
        StatusViewModel status = new StatusViewModel(target -> probe.probe(target), poller);
        return new ShellViewModel(settings, new InlineTaskRunner(), launcher, status);
    }

    private SandboxLauncher countingSandbox() {
        return () -> {
            sandboxStarts++;
            return SANDBOX;
        };
    }

    @Test
    void withoutSavedConnectionStartsTheSandboxAndShowsItsServer() {
        ShellViewModel shell = shell(countingSandbox());
        shell.activate();
        shell.start(Optional.empty());

        StatusViewModel status = shell.status();
        assertEquals(1, sandboxStarts);
        assertEquals(SANDBOX, shell.targetProperty().get());
        assertEquals("http://127.0.0.1:40001", status.endpointProperty().get());
        assertEquals("sandbox", status.labelProperty().get());
        assertTrue(status.sandboxProperty().get(), "the sandbox badge must show");
        assertEquals("ArangoDB 3.12.4", status.versionProperty().get());
        assertEquals("SINGLE", status.roleProperty().get());
        assertEquals("3.0 ms", status.latencyProperty().get());
        assertFalse(status.busyProperty().get());
        assertEquals("", status.errorProperty().get());
    }

    @Test
    void savedConnectionIsUsedWithoutStartingTheSandbox() {
        ShellViewModel shell = shell(countingSandbox());
        shell.activate();
        shell.start(Optional.of(PRIMARY));

        assertEquals(0, sandboxStarts);
        assertEquals(List.of(PRIMARY), probed);
        assertEquals("primary", shell.status().labelProperty().get());
        assertFalse(shell.status().sandboxProperty().get(), "no sandbox badge on a real server");
    }

    @Test
    void sandboxThatCannotStartIsOneSentenceInTheStatusBar() {
        ShellViewModel shell = shell(() -> {
            throw new UnsupportedOperationException("sandbox server not built yet");
        });
        shell.activate();
        shell.start(Optional.empty());

        StatusViewModel status = shell.status();
        assertEquals("The sandbox could not start: sandbox server not built yet.", status.errorProperty().get());
        assertFalse(status.busyProperty().get(), "the progress indicator must stop");
        assertEquals("", status.busyTextProperty().get());
        assertEquals("not connected", status.endpointProperty().get());
    }

    @Test
    void sandboxStartShowsProgressUntilItListens() {
        List<String> busyTexts = new ArrayList<>();
        ShellViewModel[] holder = new ShellViewModel[1];
        holder[0] = shell(() -> {
            busyTexts.add(holder[0].status().busyTextProperty().get());
            return SANDBOX;
        });
        holder[0].start(Optional.empty());

        assertEquals(List.of("Starting the sandbox..."), busyTexts);
        assertFalse(holder[0].status().busyProperty().get());
    }

    @Test
    void probeFailureShowsTheSentenceAndRecoveryClearsIt() {
        ShellViewModel shell = shell(countingSandbox());
        shell.activate();
        probe = target -> {
            throw new ConnectionFailure(ConnectionFailure.Reason.UNREACHABLE,
                    "Cannot reach http://db1:8529: connection refused or no server listening.", null);
        };
        shell.start(Optional.of(PRIMARY));
        StatusViewModel status = shell.status();
        assertEquals("Cannot reach http://db1:8529: connection refused or no server listening.",
                status.errorProperty().get());
        assertFalse(status.connectedProperty().get());

        probe = target -> new ServerInfo("3.11.8", "SINGLE", Duration.ofMillis(40));
        poller.tick();
        assertEquals("", status.errorProperty().get());
        assertTrue(status.connectedProperty().get());
        assertEquals("ArangoDB 3.11.8", status.versionProperty().get());
        assertEquals("40 ms", status.latencyProperty().get());
    }

    @Test
    void probingRunsOnlyWhileTheWindowIsShown() {
        ShellViewModel shell = shell(countingSandbox());
        shell.start(Optional.of(PRIMARY));
        assertEquals(0, probed.size(), "no probe before the window is shown");

        shell.activate();
        poller.tick();
        assertEquals(2, probed.size());

        shell.deactivate();
        poller.tick();
        assertEquals(2, probed.size(), "a hidden window polls nothing");
        assertEquals(0, poller.running());
    }

    @Test
    void listsTheEightPanesAndEachPlaceholderSaysItIsNotBuilt() {
        ShellViewModel shell = shell(countingSandbox());
        assertEquals(List.of("Overview", "Indexes", "Queries", "Caches", "Sync", "Jobs", "Connections", "Workbench",
                "Cluster"),
                shell.panes().stream().map(PaneId::title).toList());
        assertEquals(PaneId.OVERVIEW, shell.selectedPaneProperty().get());
        assertTrue(PaneId.INDEXES.placeholder().startsWith("The Indexes pane is not built yet: it will list the "
                + "recommended indexes against what exists"));
    }

    @Test
    void themeToggleIsStoredInTheSettings() {
        ShellViewModel shell = shell(countingSandbox());
        assertEquals(Theme.LIGHT, shell.themeProperty().get());
        shell.toggleTheme();
        assertEquals(Theme.DARK, settings.themeProperty().get());
        shell.toggleTheme();
        assertEquals(Theme.LIGHT, settings.themeProperty().get());
    }
}
