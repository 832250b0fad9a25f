package io.arangoconsole.sandbox.aql;

import io.arangoconsole.sandbox.aql.ast.Var;
import io.arangoconsole.sandbox.store.ApiError;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Token cursor, error reporting in ArangoDB's words, variable scopes and what the query declares. */
abstract class ParserBase {
    private static final int SNIPPET = 32;

    protected final String query;
    protected final List<Token> tokens;
    protected int pos;
    protected final Deque<Map<String, Var>> scopes = new ArrayDeque<>();
    protected final Set<String> params = new LinkedHashSet<>();
    protected final Set<String> collections = new LinkedHashSet<>();
    protected final List<Var> variables = new ArrayList<>();
    private int slots;

    ParserBase(String query) {
        this.query = query;
        this.tokens = Lexer.tokenize(query);
        scopes.push(new HashMap<>());
    }

    /** 400/1501 with ArangoDB's message shape: {@code <message> near '<rest>' at position L:C}. */
    static ApiError error(String message, String query, int offset, int line, int column) {
        int end = query.offsetByCodePoints(offset, Math.min(SNIPPET, query.codePointCount(offset, query.length())));
        String near = query.substring(offset, end) + (end < query.length() ? "..." : "");
        return new ApiError(400, 1501, message + " near '" + near + "' at position " + line + ":" + (column + 1));
    }

    ApiError errorAt(Token t, String message) {
        return error(message, query, t.offset(), t.line(), t.column());
    }

    ApiError unexpected(Token t) {
        return errorAt(t, "syntax error, unexpected " + t.describe());
    }

    ApiError unexpected(Token t, String expecting) {
        return errorAt(t, "syntax error, unexpected " + t.describe() + ", expecting " + expecting);
    }

    /** A construct the sandbox does not run: still a 400/1501 that names it, never a 500. */
    ApiError unsupported(Token t, String what) {
        return errorAt(t, what + " is not supported by the sandbox's AQL");
    }

    Token peek() {
        return tokens.get(pos);
    }

    Token peek(int ahead) {
        return tokens.get(Math.min(pos + ahead, tokens.size() - 1));
    }

    Token next() {
        Token t = tokens.get(pos);
        if (pos < tokens.size() - 1) {
            pos++;
        }
        return t;
    }

    boolean accept(String opOrKeyword) {
        if (peek().is(opOrKeyword)) {
            next();
            return true;
        }
        return false;
    }

    Token expect(String opOrKeyword, String description) {
        Token t = peek();
        if (!t.is(opOrKeyword)) {
            throw unexpected(t, description);
        }
        return next();
    }

    String identifier() {
        Token t = peek();
        if (t.kind() != Token.Kind.IDENT) {
            throw unexpected(t);
        }
        next();
        return (String) t.value();
    }

    Var declare(String name, Token at) {
        for (Map<String, Var> scope : scopes) {
            if (scope.containsKey(name)) {
                throw new ApiError(400, 1511, "variable '" + name + "' is assigned multiple times");
            }
        }
        Var v = new Var(name, slots++, true);
        scopes.peek().put(name, v);
        variables.add(v);
        return v;
    }

    /** A fresh hidden variable for intermediate values (named by number, as ArangoDB names temporaries). */
    Var temporary() {
        int slot = slots++;
        Var v = new Var(Integer.toString(slot), slot, false);
        variables.add(v);
        return v;
    }

    Var lookup(String name) {
        for (Map<String, Var> scope : scopes) {
            Var v = scope.get(name);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** User variables visible now, outer scopes first. */
    List<Var> visibleVariables() {
        List<Var> out = new ArrayList<>();
        List<Map<String, Var>> outerFirst = new ArrayList<>(scopes);
        java.util.Collections.reverse(outerFirst);
        for (Map<String, Var> scope : outerFirst) {
            for (Var v : scope.values()) {
                if (v.user()) {
                    out.add(v);
                }
            }
        }
        out.sort(java.util.Comparator.comparingInt(Var::slot));
        return out;
    }

    int slotCount() {
        return slots;
    }
}
