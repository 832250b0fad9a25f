package io.arangoconsole.sandbox.aql;

import io.arangoconsole.sandbox.aql.ast.Block;
import io.arangoconsole.sandbox.aql.ast.Expr;
import io.arangoconsole.sandbox.aql.ast.Op;
import io.arangoconsole.sandbox.aql.ast.Var;
import io.arangoconsole.sandbox.store.ApiError;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Parses AQL statements (FOR, LET, FILTER, SORT, LIMIT, COLLECT, RETURN, writes) into a {@link ParsedQuery}. */
final class Parser extends ExpressionParser {
    private boolean modification;

    private Parser(String query) {
        super(query);
    }

    /** Parses a whole query; 400/1502 when empty, 400/1501 with the position on a syntax error. */
    static ParsedQuery parse(String query) {
        if (query == null || query.isBlank()) {
            throw new ApiError(400, 1502, "query is empty");
        }
        try {
            return parseChecked(query);
        } catch (StackOverflowError tooDeep) {
            throw new ApiError(400, 1524, "too much nesting or too many objects");
        }
    }

    private static ParsedQuery parseChecked(String query) {
        Parser p = new Parser(query);
        if (p.peek().kind() == Token.Kind.END) {
            throw new ApiError(400, 1502, "query is empty");
        }
        if (p.peek().isKeyword("WITH")) {
            p.next();
            do {
                Token t = p.next();
                if (t.kind() == Token.Kind.IDENT || t.kind() == Token.Kind.STRING) {
                    p.collections.add((String) t.value());
                } else if (t.kind() != Token.Kind.DS_PARAM) {
                    throw p.unexpected(t);
                } else {
                    p.params.add((String) t.value());
                }
            } while (p.accept(","));
        }
        Block root = p.block(false);
        return new ParsedQuery(query, root, List.copyOf(p.params), List.copyOf(p.collections), p.slotCount(),
                p.modification, List.copyOf(p.variables));
    }

    @Override
    Block block(boolean subquery) {
        boolean saved = stopAtIn;
        stopAtIn = false;
        try {
            return operations(subquery);
        } finally {
            stopAtIn = saved;
        }
    }

    private Block operations(boolean subquery) {
        List<Op> ops = new ArrayList<>();
        while (true) {
            Token t = peek();
            boolean end = subquery ? t.is(")") : t.kind() == Token.Kind.END;
            if (end) {
                Op last = ops.isEmpty() ? null : ops.get(ops.size() - 1);
                if (!(last instanceof Op.Return) && !(last instanceof Op.Write)) {
                    throw unexpected(t);
                }
                return new Block(ops);
            }
            if (!ops.isEmpty() && ops.get(ops.size() - 1) instanceof Op.Return) {
                throw unexpected(t);
            }
            ops.add(operation(t));
        }
    }

    private Op operation(Token t) {
        if (t.kind() != Token.Kind.KEYWORD) {
            throw unexpected(t);
        }
        switch (t.text().toUpperCase(Locale.ROOT)) {
            case "FOR":
                return forOp();
            case "LET": {
                next();
                Token name = peek();
                String n = identifier();
                expect("=", "assignment");
                Expr value = expression();
                return new Op.Let(declare(n, name), value);
            }
            case "FILTER":
                next();
                return new Op.Filter(expression());
            case "SORT":
                return sortOp();
            case "LIMIT": {
                next();
                Expr first = expression();
                if (accept(",")) {
                    return new Op.Limit(first, expression());
                }
                return new Op.Limit(null, first);
            }
            case "COLLECT":
                return collectOp();
            case "RETURN": {
                next();
                boolean distinct = accept("DISTINCT");
                return new Op.Return(expression(), distinct);
            }
            case "INSERT":
            case "UPDATE":
            case "REPLACE":
            case "REMOVE":
            case "UPSERT":
                return writeOp(t.text().toUpperCase(Locale.ROOT));
            case "WINDOW":
                throw unsupported(t, "WINDOW");
            default:
                throw unexpected(t);
        }
    }

    private Op forOp() {
        next();
        Token nameToken = peek();
        String name = identifier();
        if (peek().is(",")) {
            throw unsupported(peek(), "graph traversal (FOR v, e, p IN ...)");
        }
        expect("IN", "IN keyword");
        Token at = peek();
        if (at.isKeyword("OUTBOUND") || at.isKeyword("INBOUND") || at.isKeyword("ANY")) {
            throw unsupported(at, "graph traversal");
        }
        Expr source = expression();
        Token after = peek();
        if (after.isKeyword("OUTBOUND") || after.isKeyword("INBOUND") || after.isKeyword("ANY")) {
            throw unsupported(after, "graph traversal");
        }
        if (after.isWord("SEARCH")) {
            throw unsupported(after, "SEARCH (ArangoSearch views)");
        }
        if (after.isWord("PRUNE")) {
            throw unsupported(after, "PRUNE");
        }
        Var v = declare(name, nameToken);
        Expr options = null;
        if (peek().isWord("OPTIONS")) {
            next();
            options = expression();
        }
        return new Op.For(v, source, options);
    }

    private Op sortOp() {
        next();
        List<Op.Sort.SortKey> keys = new ArrayList<>();
        do {
            Expr e = expression();
            boolean asc = true;
            if (accept("DESC")) {
                asc = false;
            } else {
                accept("ASC");
            }
            keys.add(new Op.Sort.SortKey(e, asc));
        } while (accept(","));
        return new Op.Sort(keys);
    }

    private Op collectOp() {
        next();
        List<Var> visible = visibleVariables();
        List<Op.Assign> groups = new ArrayList<>();
        List<Op.Assign> aggregates = new ArrayList<>();
        Map<String, Token> newNames = new java.util.LinkedHashMap<>();
        List<Expr> groupExprs = new ArrayList<>();
        List<String> groupNames = new ArrayList<>();
        if (peek().kind() == Token.Kind.IDENT) {
            do {
                newNames.put(peek().text(), peek());
                groupNames.add(identifier());
                expect("=", "assignment");
                groupExprs.add(expression());
            } while (accept(","));
        }
        List<String> aggNames = new ArrayList<>();
        List<Expr> aggExprs = new ArrayList<>();
        if (accept("AGGREGATE")) {
            do {
                Token n = peek();
                newNames.put(n.text(), n);
                aggNames.add(identifier());
                expect("=", "assignment");
                Expr e = expression();
                if (!(e instanceof Expr.Call call) || !Aggregates.isAggregate(call.name())) {
                    throw new ApiError(400, 1574, "invalid aggregate expression");
                }
                aggExprs.add(e);
            } while (accept(","));
        }
        String intoName = null;
        Expr intoExpr = null;
        Token intoToken = null;
        if (accept("INTO")) {
            intoToken = peek();
            intoName = identifier();
            if (accept("=")) {
                intoExpr = expression();
            } else if (peek().isWord("KEEP")) {
                throw unsupported(peek(), "COLLECT ... INTO ... KEEP");
            }
        }
        String countName = null;
        Token countToken = null;
        if (peek().isKeyword("WITH")) {
            next();
            if (!peek().isWord("COUNT")) {
                throw unexpected(peek(), "COUNT");
            }
            next();
            expect("INTO", "INTO keyword");
            countToken = peek();
            countName = identifier();
        }
        if (peek().isWord("OPTIONS")) {
            next();
            expression();
        }
        if (groupNames.isEmpty() && aggNames.isEmpty() && countName == null && intoName == null) {
            throw unexpected(peek());
        }
        // COLLECT hides the variables of the current block: only what it introduces (and outer ones) stay visible
        scopes.pop();
        scopes.push(new HashMap<>());
        for (int i = 0; i < groupNames.size(); i++) {
            groups.add(new Op.Assign(declare(groupNames.get(i), newNames.get(groupNames.get(i))), groupExprs.get(i)));
        }
        for (int i = 0; i < aggNames.size(); i++) {
            aggregates.add(new Op.Assign(declare(aggNames.get(i), newNames.get(aggNames.get(i))), aggExprs.get(i)));
        }
        Var into = intoName == null ? null : declare(intoName, intoToken);
        Var count = countName == null ? null : declare(countName, countToken);
        return new Op.Collect(groups, aggregates, into, intoExpr, count, visible);
    }

    private Op writeOp(String kind) {
        next();
        modification = true;
        Expr doc = writeOperand();
        Expr with = null;
        Expr insert = null;
        boolean replace = false;
        Var oldVar = null;
        if (kind.equals("UPSERT")) {
            expect("INSERT", "INSERT command");
            insert = writeOperand();
            Token mode = next();
            if (!mode.isKeyword("UPDATE") && !mode.isKeyword("REPLACE")) {
                throw unexpected(mode, "UPDATE command or REPLACE command");
            }
            replace = mode.isKeyword("REPLACE");
            oldVar = declareImplicit("OLD");
            with = writeOperand();
        } else if ((kind.equals("UPDATE") || kind.equals("REPLACE")) && accept("WITH")) {
            with = writeOperand();
        }
        Token in = next();
        if (!in.isKeyword("IN") && !in.isKeyword("INTO")) {
            throw unexpected(in, kind.equals("INSERT") ? "INTO keyword" : "IN keyword");
        }
        Token c = next();
        Expr collection;
        if (c.kind() == Token.Kind.IDENT || c.kind() == Token.Kind.STRING) {
            collections.add((String) c.value());
            collection = new Expr.CollectionName((String) c.value());
        } else if (c.kind() == Token.Kind.DS_PARAM) {
            params.add((String) c.value());
            collection = new Expr.CollectionParam((String) c.value());
        } else {
            throw unexpected(c);
        }
        Expr options = null;
        if (peek().isWord("OPTIONS")) {
            next();
            options = expression();
        }
        if (oldVar == null && !kind.equals("INSERT")) {
            oldVar = declareImplicit("OLD");
        }
        Var newVar = kind.equals("REMOVE") ? null : declareImplicit("NEW");
        return new Op.Write(kind, doc, with, insert, replace, collection, options, oldVar, newVar);
    }

    private Var declareImplicit(String name) {
        Var existing = scopes.peek().get(name);
        return existing != null ? existing : declare(name, peek());
    }
}
