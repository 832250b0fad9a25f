package io.arangoconsole.sandbox.http;

/** Serves one route. Runs on a worker thread; may block; throws {@code ApiError} for ArangoDB errors. */
@FunctionalInterface
public interface Handler {
    Reply handle(Ctx ctx) throws Exception;
}
