package io.arangoconsole.app;

import io.arangoconsole.core.arango.ArangoClients;
import io.arangoconsole.core.arango.InsightRuns;
import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.ui.common.TaskRunner;
import io.arangoconsole.ui.insight.WorkbenchViewModel;
import javafx.beans.value.ObservableValue;

/**
 * The query insight part of the composition root: the Workbench (query pane) runs on the database the console is
 * connected to.
 */
final class InsightWiring {
    final WorkbenchViewModel workbench;

    InsightWiring(ArangoClients clients, TaskRunner tasks, ObservableValue<ConnectionTarget> target) {
        this.workbench = new WorkbenchViewModel(tasks, () -> target.getValue() == null ? null
                : new InsightRuns(clients, target.getValue()));
    }
}
