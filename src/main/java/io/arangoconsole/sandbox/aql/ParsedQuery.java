package io.arangoconsole.sandbox.aql;

import io.arangoconsole.sandbox.aql.ast.Block;
import io.arangoconsole.sandbox.aql.ast.Var;

import java.util.List;

/** The outcome of parsing: the AST, the bind parameters and collection names it mentions, its variable slots. */
record ParsedQuery(String text, Block root, List<String> params, List<String> collectionNames, int slots,
                   boolean modification, List<Var> variables) {
}
