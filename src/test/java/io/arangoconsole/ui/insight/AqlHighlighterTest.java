package io.arangoconsole.ui.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;

class AqlHighlighterTest {

    /** The style classes of each character. */
    private static List<Collection<String>> perChar(StyleSpans<Collection<String>> spans) {
        List<Collection<String>> out = new ArrayList<>();
        for (StyleSpan<Collection<String>> span : spans) {
            for (int i = 0; i < span.getLength(); i++) {
                out.add(span.getStyle());
            }
        }
        return out;
    }

    @Test
    void tokensGetTheirClassesAndStringsHideKeywords() {
        String q = "FOR d IN c FILTER d.s == 'FOR' && LENGTH(d.x) > 12 RETURN @v // IN";
        List<Collection<String>> s = perChar(AqlHighlighter.highlight(q, -1, -1));
        assertEquals(q.length(), s.size());
        assertEquals(List.of(AqlHighlighter.KEYWORD), s.get(q.indexOf("FOR")));
        assertEquals(List.of(AqlHighlighter.KEYWORD), s.get(q.indexOf("FILTER")));
        assertEquals(List.of(AqlHighlighter.STRING), s.get(q.indexOf("'FOR'") + 1));
        assertEquals(List.of(AqlHighlighter.FUNCTION), s.get(q.indexOf("LENGTH")));
        assertEquals(List.of(AqlHighlighter.NUMBER), s.get(q.indexOf("12")));
        assertEquals(List.of(AqlHighlighter.BIND), s.get(q.indexOf("@v")));
        assertEquals(List.of(AqlHighlighter.COMMENT), s.get(q.lastIndexOf("IN")));
        assertEquals(List.of(), s.get(q.indexOf("d.s") + 2), "an attribute is plain text");
    }

    @Test
    void theBracketAtTheCaretAndItsPartnerAreMarkedSkippingStrings() {
        String q = "RETURN LENGTH((FOR x IN [1, ')'] RETURN x))";
        int open = q.indexOf('(');
        List<Collection<String>> s = perChar(AqlHighlighter.highlight(q, open + 1, -1));
        int close = q.length() - 1;
        assertTrue(s.get(open).contains(AqlHighlighter.BRACKET));
        assertTrue(s.get(close).contains(AqlHighlighter.BRACKET), "the partner, past the ')' in the string");
        assertEquals(2, s.stream().filter(c -> c.contains(AqlHighlighter.BRACKET)).count());
    }

    @Test
    void theTokenAnErrorPointsAtIsMarked() {
        String q = "FOR d IN c\nFILTR d.x RETURN d";
        int at = AqlHighlighter.offset(q, 2, 1);
        assertEquals(q.indexOf("FILTR"), at);
        List<Collection<String>> s = perChar(AqlHighlighter.highlight(q, -1, at));
        for (int i = at; i < at + 5; i++) {
            assertTrue(s.get(i).contains(AqlHighlighter.ERROR), "char " + i);
        }
        assertTrue(!s.get(at + 5).contains(AqlHighlighter.ERROR));
    }
}
