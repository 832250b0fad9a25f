package io.arangoconsole.sandbox.aql.ast;

/** A variable: its name in the query and its slot in a row. User variables have names, temporaries numbers. */
public record Var(String name, int slot, boolean user) {
}
