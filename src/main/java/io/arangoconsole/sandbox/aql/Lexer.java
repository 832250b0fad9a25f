package io.arangoconsole.sandbox.aql;

import io.arangoconsole.sandbox.aql.Token.Kind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits an AQL query into tokens; comments and whitespace are dropped. */
final class Lexer {
    private final String q;
    private final List<Token> out = new ArrayList<>();
    private int pos;
    private int line = 1;
    private int lineStart;

    private Lexer(String query) {
        this.q = query;
    }

    static List<Token> tokenize(String query) {
        Lexer lexer = new Lexer(query);
        lexer.run();
        return lexer.out;
    }

    private void run() {
        while (true) {
            skipSpaceAndComments();
            if (pos >= q.length()) {
                out.add(new Token(Kind.END, "", null, pos, line, pos - lineStart));
                return;
            }
            int start = pos;
            char c = q.charAt(pos);
            if (Character.isDigit(c) || (c == '.' && pos + 1 < q.length() && Character.isDigit(q.charAt(pos + 1))
                    && !previousIsValue())) {
                number(start);
            } else if (Character.isLetter(c) || c == '_' || c == '$') {
                while (pos < q.length() && (Character.isLetterOrDigit(q.charAt(pos)) || q.charAt(pos) == '_'
                        || q.charAt(pos) == '$')) {
                    pos++;
                }
                String word = q.substring(start, pos);
                boolean keyword = Token.KEYWORDS.contains(word.toUpperCase(Locale.ROOT));
                add(keyword ? Kind.KEYWORD : Kind.IDENT, word, word, start);
            } else if (c == '`' || c == '\u00b4') {
                int end = q.indexOf(c, pos + 1);
                if (end < 0) {
                    throw Parser.error("syntax error, unexpected illegal character", q, start, line, start - lineStart);
                }
                pos = end + 1;
                add(Kind.IDENT, q.substring(start, pos), q.substring(start + 1, end), start);
            } else if (c == '\'' || c == '"') {
                string(start, c);
            } else if (c == '@') {
                boolean ds = pos + 1 < q.length() && q.charAt(pos + 1) == '@';
                pos += ds ? 2 : 1;
                int nameStart = pos;
                while (pos < q.length() && (Character.isLetterOrDigit(q.charAt(pos)) || q.charAt(pos) == '_')) {
                    pos++;
                }
                String name = q.substring(nameStart, pos);
                add(ds ? Kind.DS_PARAM : Kind.PARAM, q.substring(start, pos), ds ? "@" + name : name, start);
            } else {
                operator(start);
            }
        }
    }

    private boolean previousIsValue() {
        if (out.isEmpty()) {
            return false;
        }
        Token t = out.get(out.size() - 1);
        return t.kind() == Kind.IDENT || t.is(")") || t.is("]");
    }

    private void add(Kind kind, String text, Object value, int start) {
        out.add(new Token(kind, text, value, start, line, start - lineStart));
    }

    private void skipSpaceAndComments() {
        while (pos < q.length()) {
            char c = q.charAt(pos);
            if (c == '\n') {
                pos++;
                newLine();
            } else if (c == '\r') {
                pos++;
                if (pos < q.length() && q.charAt(pos) == '\n') {
                    pos++;
                }
                newLine();
            } else if (Character.isWhitespace(c)) {
                pos++;
            } else if (q.startsWith("//", pos)) {
                while (pos < q.length() && q.charAt(pos) != '\n' && q.charAt(pos) != '\r') {
                    pos++;
                }
            } else if (q.startsWith("/*", pos)) {
                int end = q.indexOf("*/", pos + 2);
                int stop = end < 0 ? q.length() : end + 2;
                while (pos < stop) {
                    if (q.charAt(pos++) == '\n') {
                        newLine();
                    }
                }
            } else {
                return;
            }
        }
    }

    private void newLine() {
        line++;
        lineStart = pos;
    }

    private void number(int start) {
        boolean isDouble = false;
        while (pos < q.length() && Character.isDigit(q.charAt(pos))) {
            pos++;
        }
        if (pos + 1 < q.length() && q.charAt(pos) == '.' && Character.isDigit(q.charAt(pos + 1))) {
            isDouble = true;
            pos++;
            while (pos < q.length() && Character.isDigit(q.charAt(pos))) {
                pos++;
            }
        }
        if (pos < q.length() && (q.charAt(pos) == 'e' || q.charAt(pos) == 'E')) {
            int save = pos;
            pos++;
            if (pos < q.length() && (q.charAt(pos) == '+' || q.charAt(pos) == '-')) {
                pos++;
            }
            if (pos < q.length() && Character.isDigit(q.charAt(pos))) {
                isDouble = true;
                while (pos < q.length() && Character.isDigit(q.charAt(pos))) {
                    pos++;
                }
            } else {
                pos = save;
            }
        }
        String text = q.substring(start, pos);
        if (!isDouble) {
            try {
                add(Kind.INT, text, Long.parseLong(text), start);
                return;
            } catch (NumberFormatException tooBig) {
                // falls through to a double as ArangoDB does for huge integers
            }
        }
        add(Kind.DOUBLE, text, Double.parseDouble(text), start);
    }

    private void string(int start, char quote) {
        StringBuilder sb = new StringBuilder();
        pos++;
        while (true) {
            if (pos >= q.length()) {
                throw Parser.error("syntax error, unexpected unterminated string", q, start, line,
                        start - lineStart);
            }
            char c = q.charAt(pos++);
            if (c == quote) {
                break;
            }
            if (c == '\n') {
                sb.append(c);
                newLine();
                continue;
            }
            if (c != '\\' || pos >= q.length()) {
                sb.append(c);
                continue;
            }
            char e = q.charAt(pos++);
            switch (e) {
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'u' -> {
                    if (pos + 4 <= q.length()) {
                        try {
                            sb.append((char) Integer.parseInt(q.substring(pos, pos + 4), 16));
                            pos += 4;
                        } catch (NumberFormatException notHex) {
                            sb.append('u');
                        }
                    } else {
                        sb.append('u');
                    }
                }
                default -> sb.append(e);
            }
        }
        add(Kind.STRING, q.substring(start, pos), sb.toString(), start);
    }

    private static final String[] OPS = {"==", "!=", "<=", ">=", "&&", "||", "=~", "!~", "..", "::", "=", "<", ">",
        "!", "+", "-", "*", "/", "%", "?", ":", ",", "(", ")", "{", "}", "[", "]", "."};

    private void operator(int start) {
        for (String op : OPS) {
            if (q.startsWith(op, pos)) {
                pos += op.length();
                add(Kind.OP, op, op, start);
                return;
            }
        }
        throw Parser.error("syntax error, unexpected illegal character", q, start, line, start - lineStart);
    }
}
