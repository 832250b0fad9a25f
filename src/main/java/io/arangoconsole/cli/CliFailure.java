package io.arangoconsole.cli;

/** A command failed; its message is the one sentence printed on stderr. */
final class CliFailure extends RuntimeException {
    CliFailure(String sentence, Throwable cause) {
        super(sentence, cause);
    }
}
