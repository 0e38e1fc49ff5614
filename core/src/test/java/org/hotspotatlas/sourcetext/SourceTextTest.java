package org.hotspotatlas.sourcetext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.hotspotatlas.core.model.Locator;
import org.hotspotatlas.sourcetext.SourceText.Directive;
import org.hotspotatlas.sourcetext.SourceText.Span;
import org.junit.jupiter.api.Test;

/**
 * The test-side text fragment matcher against the WICG draft's own examples and edge cases, on
 * made-up text, so the tests that rely on it can be trusted.
 */
class SourceTextTest {

    private static final String ARTICLE = String.join("\n",
            "A Title Line",
            "",
            "This is an example text fragment. Here is an example text.",
            "Caption of a photo, May 1, 2014. (Credit Line)",
            "Caption of a photo, May 1, 2014. (Credit Line)",
            "The mountain range is by the forest ranger’s hut. Nicolás said “yes” in color orange.",
            "PHOTO: Caption of a photo, May 1, 2014. (Credit Line)\u00A0");

    private static final String NUMBERED = String.join("\n",
            "¶1  A Title Line",
            "¶2.1  This is an example text fragment.",
            "¶2.2  Here is an example text.",
            "¶3.1  Caption of a photo, May 1, 2014.",
            "¶3.2  (Credit Line)",
            "¶4.1  Caption of a photo, May 1, 2014.",
            "¶4.2  (Credit Line)",
            "¶5.1  The mountain range is by the forest ranger’s hut.",
            "¶5.2  Nicolás said “yes” in color orange.",
            "¶6.1  PHOTO: Caption of a photo, May 1, 2014.",
            "¶6.2  (Credit Line)");

    private final SourceText source = new SourceText(ARTICLE, NUMBERED);

    private Optional<String> found(String prefix, String start, String end, String suffix, boolean fold) {
        return source.find(new Directive(prefix, start, end, suffix), fold)
                .map(s -> source.text().substring(s.start(), s.end()));
    }

    private Locator where(String prefix, String start, String end, String suffix) {
        Span s = source.find(new Directive(prefix, start, end, suffix), false).orElseThrow();
        for (String l : List.of("¶1", "¶2.1", "¶2.2", "¶3.1", "¶3.2", "¶4.1", "¶4.2", "¶5.1", "¶5.2", "¶6.1")) {
            if (source.span(Locator.parse(l)).orElseThrow().contains(s)) {
                return Locator.parse(l);
            }
        }
        throw new AssertionError("match " + s + " is in no sentence");
    }

    @Test
    void contextPicksTheRightInstanceAsInTheDraftsExample() {
        assertEquals(Optional.of("an example"), found("this is", "an example", null, "text fragment", false));
        assertEquals(Locator.of(2, 1), where("this is", "an example", null, "text fragment"));
        assertEquals(Locator.of(2, 2), where("here is", "an example", null, "text."));
        assertEquals(Optional.empty(), found("this is", "an example", null, "text.", false));
    }

    @Test
    void aRangeRunsFromTheFirstStartToTheFirstEndAfterIt() {
        assertEquals(Optional.of("This is an example text fragment. Here is an example text."),
                found(null, "This is", "example text.", null, false));
        assertEquals(Optional.of("an example text fragment"), found(null, "an example", "text fragment", null, false));
    }

    @Test
    void termsMatchWholeWordsOnly() {
        assertEquals(Locator.of(5, 1), where(null, "range", null, null));
        assertEquals(Optional.empty(), found(null, "range is by the forest range", null, null, false));
        assertEquals(Optional.empty(), found(null, "ange", null, null, false));
        // an apostrophe between letters is inside a word: "ranger" alone does not end at a boundary
        assertEquals(Optional.empty(), found(null, "forest ranger", null, null, false));
        assertEquals(Optional.of("forest ranger’s"), found(null, "forest ranger’s", null, null, false));
        // a comma between digits joins them, a comma before a space does not
        assertEquals(Optional.of("May 1,"), found(null, "May 1,", null, null, false));
    }

    @Test
    void comparisonIgnoresCaseAndAccentsButNotQuotesUnlessFolded() {
        assertEquals(Optional.of("Nicolás"), found(null, "NICOLAS", null, null, false));
        assertEquals(Optional.empty(), found(null, "ranger's", null, null, false));
        assertEquals(Optional.of("ranger’s"), found(null, "ranger's", null, null, true));
        assertEquals(Optional.of("said “yes”"), found(null, "said \"yes\"", null, null, true));
    }

    @Test
    void aPrefixMayReachBackIntoThePreviousLine() {
        assertEquals(Locator.of(3, 1), where(null, "Caption of a photo", "2014.", null));
        assertEquals(Locator.of(4, 1), where("(Credit Line)", "Caption of a photo", "2014.", null));
        assertEquals(Locator.of(6, 1), where(null, "PHOTO: Caption", "2014.", null));
        assertEquals(Locator.of(6, 1), where("PHOTO:", "Caption of", "2014.", null));
    }

    @Test
    void aTermNeverSpansTwoLines() {
        assertEquals(Optional.empty(), found(null, "Line) Caption", null, null, false));
        assertEquals(Optional.empty(), found(null, "Title Line This", null, null, false));
    }

    @Test
    void spansFollowTheNumbering() {
        assertEquals("Here is an example text.", text(source.span(Locator.of(2, 2)).orElseThrow()));
        assertEquals("A Title Line", text(source.span(Locator.of(1)).orElseThrow()));
        assertEquals("PHOTO: Caption of a photo, May 1, 2014.", text(source.span(Locator.of(6, 1)).orElseThrow()));
        assertEquals(6, source.lineOf(source.span(Locator.of(6, 2)).orElseThrow()));
        assertFalse(source.span(Locator.of(6, 3)).isPresent());
    }

    private String text(Span s) {
        return source.text().substring(s.start(), s.end());
    }

    @Test
    void parsesAndDecodesAsTheDraftDoes() {
        assertEquals(new Directive("this is", "an example", null, "text fragment"),
                SourceText.parse("text=this%20is-,an%20example,-text%20fragment"));
        assertEquals(new Directive(null, "June 5-7.", "a, b & c", null),
                SourceText.parse("text=June%205%2D7.,a%2C%20b%20%26%20c"));
        assertEquals(new Directive(null, "Moscow’s", null, null), SourceText.parse("text=Moscow%E2%80%99s"));
        assertEquals(List.of(new Directive(null, "a", null, null), new Directive(null, "b", "c", null)),
                SourceText.directives("https://example.org/p#top:~:text=a&other=x&text=b,c"));
        assertEquals(List.of(), SourceText.directives("https://example.org/p#top"));
    }

    @Test
    void refusesTermsThatAreNotEncoded() {
        assertThrows(IllegalArgumentException.class, () -> SourceText.parse("text=June 5"));
        assertThrows(IllegalArgumentException.class, () -> SourceText.parse("text=5-7,end"));
        assertThrows(IllegalArgumentException.class, () -> SourceText.parse("text=Moscow’s"));
        assertThrows(IllegalArgumentException.class, () -> SourceText.parse("text=a,b,c,d,e"));
        assertThrows(IllegalArgumentException.class, () -> SourceText.parse("text=a,,b"));
    }

    @Test
    void wordBoundariesFollowUax29() {
        assertTrue(SourceText.isWordBoundary("U.S. sanctions", 4));
        assertFalse(SourceText.isWordBoundary("U.S. sanctions", 1));
        assertFalse(SourceText.isWordBoundary("3,000", 1));
        assertTrue(SourceText.isWordBoundary("5-7", 1));
        assertTrue(SourceText.isWordBoundary("pressure—particularly", 8));
        assertFalse(SourceText.isWordBoundary("Nicola\u0301s", 6));
    }
}
