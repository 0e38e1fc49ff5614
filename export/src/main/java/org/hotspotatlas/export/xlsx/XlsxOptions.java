package org.hotspotatlas.export.xlsx;

import java.util.Objects;

import org.hotspotatlas.core.Selection;

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
 * @param selection      the selection the exported atlas was made with ({@code Atlas.select}), which
 *                       the About sheet records so that a reader knows what was left out; by
 *                       default {@link Selection#all()}, recorded as "the whole dataset"
 */
public record XlsxOptions(int maxCellText, int rowWindow, Selection selection) {

    /** Excel's limit on the characters in one cell. */
    public static final int EXCEL_CELL_LIMIT = 32_767;

    /** The smallest allowed {@link #maxCellText()}; the workbook's own explanatory texts are shorter. */
    public static final int MIN_CELL_TEXT = 1_000;

    private static final XlsxOptions DEFAULTS = new XlsxOptions(EXCEL_CELL_LIMIT, 100, Selection.all());

    /**
     * Validates the settings.
     *
     * @param maxCellText the most characters written to one cell; longer text is cut, ends with a
     *                    visible marker saying how long it was, and is reported as a warning. Excel
     *                    holds at most {@value #EXCEL_CELL_LIMIT} characters in a cell, which is the
     *                    default; the value must lie between {@value #MIN_CELL_TEXT} and that limit
     * @param rowWindow   how many rows of a streamed sheet (Claims, Timeline, About) stay in memory
     *                    while writing; between 10 and 10,000, default 100
     * @param selection   the selection the exported atlas was made with ({@code Atlas.select}), which
     *                    the About sheet records so that a reader knows what was left out; by
     *                    default {@link Selection#all()}, recorded as "the whole dataset"
     */
    public XlsxOptions {
        if (maxCellText < MIN_CELL_TEXT || maxCellText > EXCEL_CELL_LIMIT) {
            throw new IllegalArgumentException("xlsx maxCellText must be " + MIN_CELL_TEXT + " to "
                    + EXCEL_CELL_LIMIT + ", but was " + maxCellText);
        }
        if (rowWindow < 10 || rowWindow > 10_000) {
            throw new IllegalArgumentException("xlsx rowWindow must be 10 to 10000, but was " + rowWindow);
        }
        Objects.requireNonNull(selection, "xlsx selection");
    }

    /**
     * Settings that record no selection.
     *
     * @param maxCellText the most characters per cell
     * @param rowWindow   rows kept in memory per streamed sheet
     */
    public XlsxOptions(int maxCellText, int rowWindow) {
        this(maxCellText, rowWindow, Selection.all());
    }

    /** {@return the default settings: Excel's full cell limit, a window of 100 rows, and no selection} */
    public static XlsxOptions defaults() {
        return DEFAULTS;
    }

    /**
     * {@return a copy of these settings with another most characters per cell; longer text is cut with
     * a visible marker and a warning}
     *
     * @param chars the most characters per cell
     * @throws IllegalArgumentException if it lies outside {@value #MIN_CELL_TEXT} to
     *                                  {@value #EXCEL_CELL_LIMIT}
     */
    public XlsxOptions withMaxCellText(int chars) {
        return new XlsxOptions(chars, rowWindow, selection);
    }

    /**
     * {@return a copy of these settings with another number of rows kept in memory per streamed sheet}
     *
     * @param rows rows kept in memory per streamed sheet
     * @throws IllegalArgumentException if it lies outside 10 to 10,000
     */
    public XlsxOptions withRowWindow(int rows) {
        return new XlsxOptions(maxCellText, rows, selection);
    }

    /**
     * {@return a copy of these settings that records the selection on the About sheet; it does not
     * select anything itself (cut the atlas with {@code Atlas.select})}
     *
     * @param used the selection the atlas to export was made with
     * @throws NullPointerException if it is null
     */
    public XlsxOptions withSelection(Selection used) {
        return new XlsxOptions(maxCellText, rowWindow, used);
    }
}
