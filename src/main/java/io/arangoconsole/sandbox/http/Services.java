package io.arangoconsole.sandbox.http;

import io.arangoconsole.sandbox.aql.AqlEngine;
import io.arangoconsole.sandbox.metrics.Metrics;
import io.arangoconsole.sandbox.store.Store;

/** What the handlers share: the data, the AQL engine with its tracker, open cursors, metrics and authentication. */
public record Services(Store store, AqlEngine engine, Cursors cursors, QueryCacheSettings queryCache,
                       Metrics metrics, Auth auth) {
}
