package io.arangoconsole.sandbox.http;

import java.io.IOException;

/**
 * A streamed body the event loop has stopped reading (too large, stalled) and already answered: the handler reading
 * it ends here, and nothing more is sent or logged as a server failure.
 */
final class BodyRefused extends IOException {
    BodyRefused(String message) {
        super(message);
    }
}
