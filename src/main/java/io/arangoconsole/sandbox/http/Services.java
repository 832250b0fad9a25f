package io.arangoconsole.sandbox.http;

import io.arangoconsole.sandbox.aql.AqlEngine;
import io.arangoconsole.sandbox.metrics.Metrics;
import io.arangoconsole.sandbox.store.Store;

import java.util.concurrent.ExecutorService;

/**
 * What the handlers share: the data, the AQL engine with its tracker, open cursors, metrics, authentication, and
 * {@code background} threads for work a handler splits off (parsing a bulk import while it is stored).
 */
public record Services(Store store, AqlEngine engine, Cursors cursors, QueryCacheSettings queryCache,
                       Metrics metrics, Auth auth, ExecutorService background) {
}
