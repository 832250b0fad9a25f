package io.arangoconsole.core.indexes;

/**
 * A plan file the console refuses, with where and why: {@code index-plan.json line 7, column 12: "fields" must be a
 * non-empty array of attribute names}. Line and column are 1-based, as editors show them.
 */
public final class PlanFormatException extends IllegalArgumentException {
    private final String source;
    private final int line;
    private final int column;
    private final String problem;

    public PlanFormatException(String source, int line, int column, String problem) {
        super(source + " line " + line + ", column " + column + ": " + problem);
        this.source = source;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    /** The file name as shown in the message. */
    public String source() {
        return source;
    }

    /** 1-based line of the value at fault. */
    public int line() {
        return line;
    }

    /** 1-based column of the value at fault. */
    public int column() {
        return column;
    }

    /** The problem alone, without the location. */
    public String problem() {
        return problem;
    }
}
