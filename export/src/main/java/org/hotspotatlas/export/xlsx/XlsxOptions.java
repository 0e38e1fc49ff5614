package org.hotspotatlas.export.xlsx;

/**
 * Settings for {@link XlsxExporter}. Immutable; start from {@link #defaults()} and change one
 * setting at a time with the {@code with} methods.
 *
 * @param maxCellText    the most characters written to one cell; longer text is cut, ends with a
 *                       visible marker saying how long it was, and is reported as a warning. Excel
 *                       holds at most {@value #EXCEL_CELL_LIMIT} characters in a cell, which is the
 *                       default; the value must lie between {@value #MIN_CELL_TEXT} and that limit
 * @param rowWindow      how many rows of a streamed sheet (Claims, Timeline, About) stay in memory
 *                       while writing; between 10 and 10,000, default 100
 */
public record XlsxOptions(int maxCellText, int rowWindow) {

    /** Excel's limit on the characters in one cell. */
    public static final int EXCEL_CELL_LIMIT = 32_767;

    /** The smallest allowed {@link #maxCellText()}; the workbook's own explanatory texts are shorter. */
    public static final int MIN_CELL_TEXT = 1_000;

    private static final XlsxOptions DEFAULTS = new XlsxOptions(EXCEL_CELL_LIMIT, 100);

    /**
     * Validates the settings.
     *
     * @param maxCellText    the most characters written to one cell; longer text is cut, ends with a
     *                       visible marker saying how long it was, and is reported as a warning. Excel
     *                       holds at most {@value #EXCEL_CELL_LIMIT} characters in a cell, which is the
     *                       default; the value must lie between {@value #MIN_CELL_TEXT} and that limit
     * @param rowWindow      how many rows of a streamed sheet (Claims, Timeline, About) stay in memory
     *                       while writing; between 10 and 10,000, default 100
     */
    public XlsxOptions {
        if (maxCellText < MIN_CELL_TEXT || maxCellText > EXCEL_CELL_LIMIT) {
            throw new IllegalArgumentException("xlsx maxCellText must be " + MIN_CELL_TEXT + " to "
                    + EXCEL_CELL_LIMIT + ", but was " + maxCellText);
        }
        if (rowWindow < 10 || rowWindow > 10_000) {
            throw new IllegalArgumentException("xlsx rowWindow must be 10 to 10000, but was " + rowWindow);
        }
    }

    /**
     * Gives the limits a workbook has unless told otherwise.
     *
     * @return Excel's full cell limit and a window of 100 rows
     */
    public static XlsxOptions defaults() {
        return DEFAULTS;
    }

    /**
     * Sets how much text a cell may hold before it is cut with a marker.
     *
     * @param chars the most characters per cell
     * @return a copy with that limit
     */
    public XlsxOptions withMaxCellText(int chars) {
        return new XlsxOptions(chars, rowWindow);
    }

    /**
     * Sets how many rows are held in memory while a long sheet is streamed.
     *
     * @param rows rows kept in memory per streamed sheet
     * @return a copy with that window
     */
    public XlsxOptions withRowWindow(int rows) {
        return new XlsxOptions(maxCellText, rows);
    }
}
