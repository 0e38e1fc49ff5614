package org.hotspotatlas.export.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The wrap estimate behind row heights and column widths. */
class TextFitTest {

    /** Seven pixels a column character; a Calibri 11 digit is 7.43 pixels. */
    private static final double DIGIT = 7.4375 / 7;

    @Test
    void aDigitIsALittleMoreThanAColumnCharacterAndWideCharactersCountTwice() {
        assertEquals(10 * DIGIT, TextFit.width("0123456789"), 0.01);
        assertTrue(TextFit.width("iiii") < TextFit.width("MMMM") / 3, "proportional");
        assertEquals(2 * TextFit.width("\u00E9"), TextFit.width("\u5317"), 1e-9);
        assertEquals(TextFit.width("longest"), TextFit.width("a\nlongest\nab"), 1e-9, "the longest line");
    }

    @Test
    void textWrapsGreedilyAtSpacesAndKeepsItsLineBreaks() {
        assertEquals(1, TextFit.lines("", 10, 1));
        assertEquals(1, TextFit.lines("00000", 20, 1));
        assertEquals(3, TextFit.lines("a\nb\nc", 20, 1));
        // ten five-digit words: about 5.3 column characters each, 6.3 with a space
        String words = "00000 ".repeat(10).strip();
        double room = TextFit.room(30);
        int perLine = (int) ((room + TextFit.width(" ")) / (TextFit.width("00000 ")));
        assertEquals((int) Math.ceil(10.0 / perLine), TextFit.lines(words, 30, 1));
        assertTrue(TextFit.lines(words, 30, TextFit.BOLD) >= TextFit.lines(words, 30, 1), "bold is wider");
    }

    @Test
    void aWordWiderThanTheColumnBreaksOverLines() {
        String id = "x".repeat(100);
        double w = TextFit.width(id);
        double room = TextFit.room(20);
        assertEquals((int) Math.ceil(w / room), TextFit.lines(id, 20, 1));
        assertEquals(1 + (int) Math.ceil(w / room), TextFit.lines("short " + id, 20, 1), "it starts a new line");
    }

    @Test
    void heightsGrowByALineAndStopAtExcelsLimit() {
        assertEquals(TextFit.points(2) + TextFit.LINE_POINTS, TextFit.points(3), 1e-6);
        assertEquals(409f, TextFit.MAX_ROW_POINTS);
        assertTrue(TextFit.points(30) > TextFit.MAX_ROW_POINTS, "30 lines need the cap");
    }

    /** A column fitted to text under its cap is wide enough that the estimate does not wrap the text. */
    @Test
    void aColumnFittedToItsTextHoldsItOnOneLine() {
        for (String id : java.util.List.of("arctic.shipping-route-cooperation", "north-korea", "a")) {
            int width = Book.fitWidth("Claim id", Book.ID, java.util.List.of(id));
            org.junit.jupiter.api.Assertions.assertEquals(1, TextFit.lines(id, width, 1), id + " in " + width);
        }
        // text over the cap still wraps within the capped column
        String longer = "x".repeat(80);
        org.junit.jupiter.api.Assertions.assertTrue(TextFit.lines(longer, Book.fitWidth("Summary", Book.WIDE,
                java.util.List.of(longer)), 1) > 1);
    }
}
