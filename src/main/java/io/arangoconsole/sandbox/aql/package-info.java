/**
 * The sandbox's AQL engine.
 *
 * <p>{@code Lexer} and the recursive-descent {@code Parser} (statements) / {@code ExpressionParser} build the AST in
 * {@code ast}. The {@code Planner} turns each (sub)query block into a chain of {@code PlanNode}s: it compiles
 * expressions into {@code Ev} closures over row slots ({@code Compiler}), lets {@code IndexChooser} pick a persistent
 * or the primary index for a FOR over a collection followed by FILTER / SORT, and records the applied rules for
 * {@code Explain}. Nodes pull rows lazily, so LIMIT stops scans early and stream cursors never hold a whole result.
 * {@code QueryTracker} lists running and slow queries and kills them; a killed query fails at its next row.
 */
package io.arangoconsole.sandbox.aql;
