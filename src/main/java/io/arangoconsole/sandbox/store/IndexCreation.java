package io.arangoconsole.sandbox.store;

/** The answer to a create-index call: the index and whether it is new (201) or already existed (200). */
public record IndexCreation(Index index, boolean created) {
}
