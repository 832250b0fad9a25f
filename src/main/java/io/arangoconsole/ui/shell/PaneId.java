package io.arangoconsole.ui.shell;

/** The panes of the navigation list, in display order, each with what it will do once built. */
public enum PaneId {
    OVERVIEW("Overview", "it will show the server's health, the size of each collection and the slowest queries at "
            + "a glance."),
    INDEXES("Indexes", "it will list the recommended indexes against what exists, and build the missing ones in the "
            + "background while showing their progress."),
    QUERIES("Queries", "it will list running and slow queries, explain them, and kill a runaway one."),
    CACHES("Caches", "it will show the query results cache and the RocksDB block cache with their hit rates."),
    SYNC("Sync", "it will copy collections from the primary to the replica and verify them with checksums."),
    JOBS("Jobs", "it will show every background job, syncs and index builds, with its progress."),
    CONNECTIONS("Connections", "it will let you add, test and switch between primary, replica and sandbox "
            + "connections."),
    WORKBENCH("Workbench", "it will run, explain and profile any AQL query."),
    CLUSTER("Cluster", "it will show a cluster's servers and shards.");

    private final String title;
    private final String plan;

    PaneId(String title, String plan) {
        this.title = title;
        this.plan = plan;
    }

    public String title() {
        return title;
    }

    /** The honest text a pane shows until it is built: says so, shows no fake data. */
    public String placeholder() {
        return "The " + title + " pane is not built yet: " + plan;
    }
}
