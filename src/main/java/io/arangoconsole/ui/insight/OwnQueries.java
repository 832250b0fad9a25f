package io.arangoconsole.ui.insight;

import io.arangoconsole.core.insight.ObservedQuery;
import io.arangoconsole.core.insight.QueryPlan;

/** What the query pane learns about its own queries, for the shape history. Called on the FX thread. */
public interface OwnQueries {
    OwnQueries NONE = new OwnQueries() {
        @Override
        public void ran(ObservedQuery run, QueryPlan plan) {
        }

        @Override
        public void explained(ObservedQuery asked, QueryPlan plan) {
        }
    };

    /** A run finished; {@code plan} is the profile's plan, null for a plain run. */
    void ran(ObservedQuery run, QueryPlan plan);

    /** A query was explained (nothing ran: its runtime is 0, its peak memory -1). */
    void explained(ObservedQuery asked, QueryPlan plan);
}
