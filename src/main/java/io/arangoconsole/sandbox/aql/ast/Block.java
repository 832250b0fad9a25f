package io.arangoconsole.sandbox.aql.ast;

import java.util.List;

/** A query or subquery body: its operations in order. */
public record Block(List<Op> ops) {
}
