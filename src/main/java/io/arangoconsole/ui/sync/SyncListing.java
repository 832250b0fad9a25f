package io.arangoconsole.ui.sync;

import io.arangoconsole.core.FailureLog;
import io.arangoconsole.core.catalog.ServerCatalog;
import io.arangoconsole.core.catalog.ServerCatalog.Side;
import io.arangoconsole.core.connection.ConnectionTarget;
import io.arangoconsole.ui.common.Formats;
import java.util.List;

/** What one "connect" found; an error names its side, and the other side's lists still show. */
record SyncListing(List<String> sourceDatabases, List<String> sourceCollections, String sourceDatabase,
                   List<String> targetCollections, String targetDatabase, String error) {

    static SyncListing read(ServerCatalog catalog, ConnectionTarget source, ConnectionTarget target,
                            FailureLog failures) {
        List<String> databases = null;
        List<String> collections = List.of();
        String error = null;
        if (source != null) {
            try {
                databases = catalog.databases(source, Side.SOURCE);
                collections = catalog.collections(source, Side.SOURCE);
            } catch (RuntimeException e) {
                failures.warn("Listing the sync source " + source.endpoint(), e);
                error = Formats.sentence(e);
            }
        }
        List<String> into = List.of();
        try {
            into = catalog.collections(target, Side.TARGET);
        } catch (RuntimeException e) {
            failures.warn("Listing the sync target " + target.endpoint(), e);
            error = error == null ? Formats.sentence(e) : error + " " + Formats.sentence(e);
        }
        return new SyncListing(databases, collections, source == null ? null : source.database(), into,
                target.database(), error);
    }

    String describe() {
        String into = "the target database '" + targetDatabase + "' has " + count(targetCollections.size());
        if (sourceDatabases == null) {
            return "Connected: " + into + ".";
        }
        return "Connected: the source has " + sourceDatabases.size() + " database"
                + (sourceDatabases.size() == 1 ? "" : "s") + ", " + count(sourceCollections.size())
                + " in '" + sourceDatabase + "'; " + into + ".";
    }

    private static String count(int n) {
        return n + " collection" + (n == 1 ? "" : "s");
    }
}
