package org.hotspotatlas.export.xlsx;

/**
 * Estimates how text lays out in a cell: its width in the units Excel measures columns in (seven
 * pixels, the rounded width of a digit of the default font, Calibri 11, which LibreOffice replaces
 * with the metric-compatible Carlito), and how many lines it wraps to in a column of a given width.
 *
 * <p>Widths come from Calibri's advance widths for printable ASCII; other characters count as a
 * digit, and East Asian wide characters as two digits. Wrapping is greedy at spaces, as Excel and
 * LibreOffice wrap, so a long word that does not fit starts a new line. The estimate errs on the
 * generous side: a row a little too tall is better than a row that hides its last line.
 */
final class TextFit {

    /** Calibri's advance widths (units of 1/2048 em) for U+0020 to U+007E. */
    private static final short[] ADVANCE = {
        463, 544, 821, 1019, 1038, 1465, 1402, 452, 621, 621, 1019, 1019, 511, 627, 517, 787, // space to /
        1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 548, 548, 1019, 1019, 1019, 948, // 0 to ?
        1832, 1185, 1114, 1092, 1260, 1000, 941, 1292, 1276, 516, 653, 1064, 861, 1751, 1322, 1356, // @ to O
        1058, 1378, 1112, 941, 998, 1314, 1162, 1822, 1063, 998, 959, 628, 787, 628, 1019, 1019, // P to _
        596, 981, 1076, 866, 1076, 1019, 625, 964, 1076, 470, 490, 931, 470, 1636, 1076, 1080, // ` to o
        1076, 1076, 714, 801, 686, 1076, 925, 1464, 887, 927, 809, 677, 941, 677, 1019}; // p to ~

    /**
     * Advance units per column character: a column character is 7 pixels (Calibri 11's digit,
     * rounded), and 11 points are 14.67 pixels at 96 per inch, so a digit (1038 units) is 7.43
     * pixels, a little more than one column character.
     */
    private static final double UNITS_PER_CHAR = 2048 / (11 * 96 / 72.0) * 7;
    private static final double DIGIT = 1038 / UNITS_PER_CHAR;
    /** Bold Calibri is about this much wider than regular. */
    static final double BOLD = 1.06;
    /** Points per line of 11-point text in a wrapped cell. */
    static final float LINE_POINTS = 15f;
    /** Room above and below the lines of a wrapped cell. */
    static final float PADDING_POINTS = 3f;
    /** The tallest row Excel allows, in points. */
    static final float MAX_ROW_POINTS = 409f;

    private TextFit() {}

    /** @return the advance of one code point, in column characters */
    static double advance(int cp) {
        if (cp >= 0x20 && cp <= 0x7E) {
            return ADVANCE[cp - 0x20] / UNITS_PER_CHAR;
        }
        return isWide(cp) ? 2 * DIGIT : DIGIT;
    }

    static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFF00 && cp <= 0xFF60) || cp >= 0x20000;
    }

    /** @return the width of the text's longest line, in column characters */
    static double width(String s) {
        double best = 0;
        double cur = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n') {
                best = Math.max(best, cur);
                cur = 0;
            } else {
                cur += advance(cp);
            }
        }
        return Math.max(best, cur);
    }

    /**
     * The text room of a column: Excel's stored width includes five pixels of padding (of seven per
     * digit), and a wrapped cell keeps a little more off its right edge; LibreOffice lays text out a
     * few per cent wider than Excel, so wide columns keep that much in hand too.
     *
     * @param columnChars the column's width as Excel stores it, in characters
     * @return the room for text, in column characters
     */
    static double room(double columnChars) {
        return Math.max(1, columnChars * 0.96 - 1.5);
    }

    /**
     * How many lines a text takes in a wrapping cell.
     *
     * @param s           the text; its line breaks are kept
     * @param columnChars the column's width, in characters, as Excel stores it
     * @param scale       1 for regular text, {@link #BOLD} for bold
     * @return at least 1
     */
    static int lines(String s, double columnChars, double scale) {
        double room = room(columnChars) / scale;
        int lines = 0;
        int start = 0;
        while (true) {
            int nl = s.indexOf('\n', start);
            int end = nl < 0 ? s.length() : nl;
            lines += paragraphLines(s, start, end, room);
            if (nl < 0) {
                return Math.max(1, lines);
            }
            start = nl + 1;
        }
    }

    /** Greedy wrapping at spaces; a word wider than the room is broken where it overflows. */
    private static int paragraphLines(String s, int from, int to, double room) {
        int lines = 1;
        double used = 0;
        int i = from;
        while (i < to) {
            // the next word and the spaces before it
            double spaces = 0;
            while (i < to && s.charAt(i) == ' ') {
                spaces += advance(' ');
                i++;
            }
            double word = 0;
            int j = i;
            while (j < to && s.charAt(j) != ' ') {
                int cp = s.codePointAt(j);
                word += advance(cp);
                j += Character.charCount(cp);
            }
            if (j == i) {
                break;
            }
            if (used > 0 && used + spaces + word > room) {
                lines++;
                used = 0;
                spaces = 0;
            }
            used += spaces;
            if (word > room) {
                // broken over lines: whole lines for the part that overflows
                double left = word - (room - used);
                int extra = (int) Math.ceil(left / room);
                lines += extra;
                used = left - (extra - 1) * room;
            } else {
                used += word;
            }
            i = j;
        }
        return lines;
    }

    /** @return the points a row of that many lines needs */
    static float points(int lines) {
        return lines * LINE_POINTS + PADDING_POINTS;
    }
}
