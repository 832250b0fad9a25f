package io.arangoconsole.sandbox.http;

/** All of the sandbox's routes, one handler class per area of the ArangoDB HTTP API. */
public final class Routes {
    /** The ArangoDB version the sandbox answers as. */
    public static final String SERVER_VERSION = ServerHandlers.VERSION;

    private Routes() {
    }

    public static Router build(Services s) {
        return build(s, new Router());
    }

    /** Registers the single server's routes into {@code r} (after whatever it already holds). */
    public static Router build(Services s, Router r) {
        new ServerHandlers(s).register(r);
        new DatabaseHandlers().register(r);
        new CollectionHandlers(s.metrics().documentCache()).register(r);
        new IndexHandlers(s.metrics().documentCache()).register(r);
        new DocumentHandlers(s.metrics().documentCache()).register(r);
        new ImportHandler(s.background()).register(r);
        QueryResultsCache results = new QueryResultsCache(s.queryCache());
        new CursorHandlers(s.engine(), s.cursors(), results).register(r);
        new QueryHandlers(s.engine(), s.queryCache(), s.metrics(), results).register(r);
        new AqlFunctionHandlers().register(r);
        return r;
    }
}
