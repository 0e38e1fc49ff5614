package org.hotspotatlas.export.xlsx;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hotspotatlas.core.model.Precision;
import org.hotspotatlas.core.model.Source;
import org.hotspotatlas.core.model.TextSafety;

/**
 * One export's workbook and what belongs to it: the cell styles, the text policy (sanitise,
 * truncate, warn), column widths computed from content, and a writer for record tables.
 * Not thread-safe; one instance per export.
 */
final class Book {

    /** Rows in one Excel sheet. */
    static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();
    /** Width, in characters, that a wide text column may grow to. */
    static final int WIDE = 60;
    /** Width cap for short columns such as ids, codes and dates. */
    static final int NARROW = 24;
    /** Width cap for claim and event ids and lists of ids, which are longer and should rarely wrap. */
    static final int ID = 36;

    /** A cell value that is a date at some precision; ranges are written as their start and an end column. */
    record DateValue(LocalDate date, Precision precision) {}

    /** Text that links to a place in the workbook, such as {@code 'Claims'!A2:Q5}. */
    record Link(String text, String address) {}

    /** Short text that links to a web address; written as plain text unless the address is http(s). */
    record WebLink(String text, java.net.URI uri) {}

    /** A whole percentage, written as the number it stands for (55 as 0.55) in a percent format. */
    record Percent(int percent) {}

    /**
     * Text that does not wrap: for a last column whose long values (a reference address) may run on
     * into the empty cells to their right rather than make the row tall.
     */
    record Unwrapped(String text) {}

    /** A text cell drawn with a given style. */
    record Styled(String text, CellStyle style) {}

    /**
     * A column of a record table: its header, its width cap, what it means (for the data dictionary
     * on the About sheet), and how a record gives its value.
     */
    record Col<T>(String header, int cap, String meaning, Function<? super T, Object> value) {}

    /** One entry of the data dictionary: a column of a sheet and what it holds. */
    record Entry(String sheet, String column, String meaning) {}

    /** Every column of every sheet written so far, in order; the About sheet prints it. */
    final List<Entry> dictionary = new java.util.ArrayList<>();

    /** Adds a column to the data dictionary. */
    void describe(Sheet sheet, String column, String meaning) {
        dictionary.add(new Entry(sheet.getSheetName(), column, meaning));
    }

    final XSSFWorkbook workbook;
    final XlsxOptions options;
    final Warnings warnings = new Warnings();
    final CellStyle header;
    final CellStyle text;
    final CellStyle unwrapped;
    final CellStyle link;
    final CellStyle number;
    final CellStyle count;
    final CellStyle countBold;
    final CellStyle percent;
    final CellStyle title;
    final CellStyle bold;
    /** The print footer's left part: the source, with header and footer codes escaped. */
    final String footer;
    private final Map<Precision, CellStyle> dates = new EnumMap<>(Precision.class);
    /** The merged regions made so far, by sheet name, to check each new one against. */
    private final Map<String, List<CellRangeAddress>> merged = new HashMap<>();

    Book(XSSFWorkbook workbook, XlsxOptions options, Source source) {
        this.workbook = workbook;
        this.options = options;
        this.footer = footer(source);

        XSSFFont boldFont = workbook.createFont();
        boldFont.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(boldFont);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        ((XSSFCellStyle) header).setFillForegroundColor(argb(HEADER_GREY));
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        ((XSSFCellStyle) header).setBottomBorderColor(argb(0x808080));

        text = workbook.createCellStyle();
        text.setWrapText(true);
        text.setVerticalAlignment(VerticalAlignment.TOP);

        unwrapped = workbook.createCellStyle();
        unwrapped.setVerticalAlignment(VerticalAlignment.TOP);

        XSSFFont linkFont = workbook.createFont();
        linkFont.setUnderline(Font.U_SINGLE);
        linkFont.setColor(argb(LINK_BLUE));
        link = workbook.createCellStyle();
        link.setVerticalAlignment(VerticalAlignment.TOP);
        link.setFont(linkFont);

        number = workbook.createCellStyle();
        number.setVerticalAlignment(VerticalAlignment.TOP);
        number.setDataFormat(workbook.createDataFormat().getFormat("0"));

        count = workbook.createCellStyle();
        count.setAlignment(HorizontalAlignment.CENTER);
        count.setVerticalAlignment(VerticalAlignment.TOP);
        count.setDataFormat(workbook.createDataFormat().getFormat("0;-0;;@"));

        countBold = workbook.createCellStyle();
        countBold.cloneStyleFrom(count);
        countBold.setFont(boldFont);

        percent = workbook.createCellStyle();
        percent.setVerticalAlignment(VerticalAlignment.TOP);
        percent.setDataFormat(workbook.createDataFormat().getFormat("0%"));

        XSSFFont big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        title = workbook.createCellStyle();
        title.setFont(big);
        title.setVerticalAlignment(VerticalAlignment.TOP);

        bold = workbook.createCellStyle();
        bold.setFont(boldFont);
        bold.setVerticalAlignment(VerticalAlignment.TOP);
        bold.setWrapText(true);

        dates.put(Precision.YEAR, dateStyle("yyyy"));
        dates.put(Precision.MONTH, dateStyle("mmm yyyy"));
        dates.put(Precision.DAY, dateStyle("d mmm yyyy"));
        dates.put(Precision.DAY_RANGE, dates.get(Precision.DAY));
    }

    private CellStyle dateStyle(String format) {
        CellStyle s = workbook.createCellStyle();
        s.setVerticalAlignment(VerticalAlignment.TOP);
        s.setAlignment(HorizontalAlignment.LEFT);
        s.setDataFormat(workbook.createDataFormat().getFormat(format));
        return s;
    }

    /**
     * Merges a range of cells. POI's own {@code addMergedRegion} re-reads every region already on the
     * sheet from its XML to check the new one, which on a cold JVM cost more than the rest of the About
     * sheet; the same two rules are checked here on what this book merged so far.
     *
     * @throws IllegalStateException if the range is a single cell or overlaps a range merged before
     */
    void merge(Sheet sheet, CellRangeAddress range) {
        if (range.getNumberOfCells() < 2) {
            throw new IllegalStateException("a merged region needs at least two cells, but "
                    + range.formatAsString() + " on sheet '" + sheet.getSheetName() + "' has one");
        }
        List<CellRangeAddress> before = merged.computeIfAbsent(sheet.getSheetName(), k -> new ArrayList<>());
        for (CellRangeAddress r : before) {
            if (r.intersects(range)) {
                throw new IllegalStateException("merged regions may not overlap, but " + range.formatAsString()
                        + " overlaps " + r.formatAsString() + " on sheet '" + sheet.getSheetName() + "'");
            }
        }
        before.add(range);
        sheet.addMergedRegionUnsafe(range);
    }

    /** The grey of header cells. */
    static final int HEADER_GREY = 0xD9D9D9;
    /** The blue of links. */
    static final int LINK_BLUE = 0x0563C1;

    /**
     * A colour as SpreadsheetML wants it: four bytes, alpha first (opaque), so that the file writes
     * {@code rgb="FFRRGGBB"}; strict validators refuse the six-digit form.
     *
     * @param rgb 0xRRGGBB
     */
    static XSSFColor argb(int rgb) {
        return new XSSFColor(new byte[] {(byte) 0xFF, (byte) (rgb >> 16), (byte) (rgb >> 8), (byte) rgb}, null);
    }

    private final Map<Integer, CellStyle> fills = new java.util.HashMap<>();

    /** A centred, solid-filled text style with that colour (0xRRGGBB); one style per colour. */
    CellStyle fill(int rgb) {
        return fills.computeIfAbsent(rgb, k -> {
            XSSFCellStyle s = workbook.createCellStyle();
            s.setVerticalAlignment(VerticalAlignment.TOP);
            s.setAlignment(HorizontalAlignment.CENTER);
            // a code longer than its column wraps, and the row grows, rather than being cut off
            s.setWrapText(true);
            s.setFillForegroundColor(argb(rgb));
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            return s;
        });
    }

    /** The style a date at this precision is shown with. */
    CellStyle dateStyle(Precision p) {
        return dates.get(p);
    }

    // ------------------------------------------------------------------ limits and names

    /**
     * Refuses a sheet that would not fit in Excel.
     *
     * @throws IllegalArgumentException naming the sheet and the counts
     */
    static void checkRows(String sheet, long records, int headerRows) {
        long rows = records + headerRows;
        if (rows > MAX_ROWS) {
            throw new IllegalArgumentException("the " + sheet + " sheet would need " + rows + " rows ("
                    + records + " records and " + headerRows + " header row" + (headerRows == 1 ? "" : "s")
                    + "), but an Excel sheet holds at most " + MAX_ROWS
                    + " rows; export a smaller selection of the atlas (Atlas.select)");
        }
    }

    /** A marker such as [U+202E], as core's showBidiControls writes one. */
    private static final java.util.regex.Pattern BIDI_MARKER = java.util.regex.Pattern.compile("\\[(U\\+[0-9A-F]{4})\\]");

    /**
     * @return a name Excel accepts for a sheet: no []:*?/\ , no control characters, not blank, at most
     *         31 characters; a bidirectional control (the name may come from data) is shown as a marker
     *         such as (U+202E), in round brackets since a sheet name cannot hold square ones
     */
    static String sheetName(String wanted) {
        String shown = TextSafety.showBidiControls(wanted);
        if (shown != wanted) {
            shown = BIDI_MARKER.matcher(shown).replaceAll("($1)");
        }
        StringBuilder sb = new StringBuilder(shown.length());
        shown.codePoints().forEach(c -> sb.appendCodePoint(Character.isISOControl(c) || c == 0xFFFE || c == 0xFFFF
                || (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) ? '_' : c));
        return WorkbookUtil.createSafeSheetName(sb.toString(), '_');
    }

    /**
     * Text that is shown outside a cell (a document property, the print footer, a chart's cached
     * text, its alternative text): each bidirectional control as a visible marker, as in cells, and
     * characters XML cannot hold replaced with U+FFFD.
     *
     * @return the text as it is written, or null for null
     */
    static String shown(String text) {
        return text == null ? null : sanitise(TextSafety.showBidiControls(text));
    }

    /**
     * The name of an Excel table's column: it must equal the text of the column's header cell, so it
     * is that text as {@link #setText} writes it (controls shown, unsafe characters replaced, literal
     * {@code _xHHHH_} escaped), with line breaks and tabs in the escaped form Excel writes for them.
     */
    static String tableColumnName(String header) {
        return escapeEscapes(shown(header)).replace("\r", "_x000D_").replace("\n", "_x000A_").replace("\t", "_x0009_");
    }

    // ------------------------------------------------------------------ cells

    /** Writes text, always as a string cell (never a formula), sanitised and cut to the cell limit. */
    void setText(Cell cell, String value) {
        cell.setCellValue(fit(value, cell));
    }

    /** Text such as {@code _x0041_}, which Excel and POI read as an escaped character. */
    private static final java.util.regex.Pattern XML_ESCAPE = java.util.regex.Pattern.compile("_(x[0-9A-Fa-f]{4}_)");

    /**
     * Spreadsheet XML reads {@code _xHHHH_} in a string as the character HHHH, and POI writes text
     * as it is; escaping the underscore as {@code _x005F_} keeps such text literal.
     *
     * @return the text, with every {@code _xHHHH_} made literal, or the same instance if none
     */
    static String escapeEscapes(String s) {
        if (s.indexOf("_x") < 0) {
            return s;
        }
        java.util.regex.Matcher m = XML_ESCAPE.matcher(s);
        return m.find() ? m.replaceAll("_x005F_$1") : s;
    }

    private String fit(String value, Cell cell) {
        // a bidirectional control would reorder what a reader sees: shown as a marker such as [U+202E]
        String shown = TextSafety.showBidiControls(value);
        String clean = sanitise(shown);
        if (clean != shown) {
            warnings.add(where(cell) + ": characters that XML cannot hold were replaced with U+FFFD");
        }
        // escaped before cutting, so that the cell limit holds for what is written
        clean = escapeEscapes(clean);
        int max = options.maxCellText();
        if (clean.length() <= max) {
            return clean;
        }
        String marker = " \u2026 [cut: " + clean.length() + " characters in all]";
        int keep = max - marker.length();
        if (Character.isHighSurrogate(clean.charAt(keep - 1))) {
            keep--;
        }
        warnings.add(where(cell) + ": text of " + clean.length() + " characters cut to " + max
                + " (the cell limit); the cell ends with a marker saying so");
        return clean.substring(0, keep) + marker;
    }

    /** @return the text with characters XML 1.0 cannot hold replaced, or the same instance if none */
    static String sanitise(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c)) {
                ok = i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
                if (ok) {
                    if (sb != null) {
                        sb.append(c).append(s.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else if (Character.isLowSurrogate(c)) {
                ok = false;
            } else {
                ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
            }
            if (!ok && sb == null) {
                sb = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (sb != null) {
                sb.append(ok ? c : '\uFFFD');
            }
        }
        return sb == null ? s : sb.toString();
    }

    static String where(Cell cell) {
        return cell.getSheet().getSheetName() + "!" + new CellReference(cell.getRowIndex(), cell.getColumnIndex())
                .formatAsString(false);
    }

    /** Writes any table value: String, Number, DateValue, Link or Styled; null leaves the cell blank. */
    void set(Row row, int col, Object value) {
        if (value == null || value instanceof String s && s.isEmpty()) {
            // a blank cell, never an empty string
            return;
        }
        Cell cell = row.createCell(col);
        if (value instanceof String s) {
            cell.setCellStyle(text);
            setText(cell, s);
        } else if (value instanceof Number n) {
            cell.setCellStyle(number);
            cell.setCellValue(n.doubleValue());
        } else if (value instanceof Unwrapped u) {
            cell.setCellStyle(unwrapped);
            setText(cell, u.text());
        } else if (value instanceof Percent p) {
            cell.setCellStyle(percent);
            cell.setCellValue(p.percent() / 100.0);
        } else if (value instanceof DateValue d) {
            if (d.date().getYear() < 1900) {
                cell.setCellStyle(text);
                setText(cell, d.date().toString());
                warnings.add(where(cell) + ": " + d.date() + " is before 1900, which Excel cannot hold as a date;"
                        + " written as text");
            } else {
                cell.setCellStyle(dateStyle(d.precision()));
                cell.setCellValue(d.date());
            }
        } else if (value instanceof Link l) {
            link(cell, l.text(), HyperlinkType.DOCUMENT, l.address());
        } else if (value instanceof WebLink l) {
            String scheme = l.uri().getScheme() == null ? "" : l.uri().getScheme().toLowerCase(java.util.Locale.ROOT);
            if (scheme.equals("https") || scheme.equals("http")) {
                // only a web address becomes clickable: a file: or other link could open a program
                link(cell, l.text(), HyperlinkType.URL, l.uri().toASCIIString());
            } else {
                cell.setCellStyle(text);
                setText(cell, l.text());
            }
        } else if (value instanceof Styled s) {
            cell.setCellStyle(s.style());
            if (!s.text().isEmpty()) {
                setText(cell, s.text());
            }
        } else {
            throw new IllegalStateException("no cell writer for " + value.getClass());
        }
    }

    /** The most hyperlinks Excel keeps on one sheet. */
    static final int MAX_LINKS_PER_SHEET = 65_530;

    private final Map<String, Integer> links = new java.util.HashMap<>();

    /** A link cell; past Excel's limit of links on a sheet, the text alone, with one warning. */
    private void link(Cell cell, String label, HyperlinkType type, String address) {
        String sheet = cell.getSheet().getSheetName();
        int n = links.merge(sheet, 1, Integer::sum);
        if (n > MAX_LINKS_PER_SHEET) {
            if (n == MAX_LINKS_PER_SHEET + 1) {
                warnings.add(where(cell) + ": Excel keeps at most " + MAX_LINKS_PER_SHEET + " links on a sheet;"
                        + " from this cell on, the " + sheet + " sheet shows link texts without links");
            }
            cell.setCellStyle(text);
            setText(cell, label);
            return;
        }
        cell.setCellStyle(link);
        setText(cell, label);
        Hyperlink h = workbook.getCreationHelper().createHyperlink(type);
        h.setAddress(address);
        cell.setHyperlink(h);
    }

    /** @return the address of a block of rows (0-based, inclusive) on a sheet, for a link */
    static String address(String sheet, int firstRow, int lastRow, int lastCol) {
        return "'" + sheet.replace("'", "''") + "'!" + new CellReference(firstRow, 0).formatAsString(false) + ":"
                + new CellReference(lastRow, lastCol).formatAsString(false);
    }

    // ------------------------------------------------------------------ widths and heights

    /** Display width of a text in characters: its longest line, measured in digit widths, rounded up. */
    static int displayWidth(String s) {
        return (int) Math.ceil(TextFit.width(s));
    }

    static String plain(Object value) {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof Link l) {
            return l.text();
        }
        if (value instanceof WebLink l) {
            return l.text();
        }
        if (value instanceof Styled s) {
            return s.text();
        }
        if (value instanceof DateValue) {
            return "28 Sep 2019";
        }
        if (value instanceof Percent) {
            return "100%";
        }
        if (value instanceof Unwrapped u) {
            return u.text();
        }
        return value == null ? "" : value.toString();
    }

    /** Width in characters for a column, from its header and its values, within the column's cap. */
    static int fitWidth(String header, int cap, Iterable<String> values) {
        double w = 0;
        for (String word : header.split("\\s+")) {
            w = Math.max(w, TextFit.width(word) * TextFit.BOLD);
        }
        for (String v : values) {
            w = Math.max(w, Math.min(cap, TextFit.width(v)));
            if (w >= cap) {
                break;
            }
        }
        double chars = Math.max(4, Math.min(cap, w));
        int width = (int) Math.ceil(chars) + 2;
        if (w < cap) {
            // text that fits under the cap gets a column whose room (TextFit.room) holds it, so that its
            // row is not made taller for a wrap that never happens
            while (TextFit.room(width) < chars) {
                width++;
            }
        }
        return width;
    }

    static void setWidth(Sheet sheet, int col, int chars) {
        sheet.setColumnWidth(col, Math.min(255, chars) * 256);
    }

    /**
     * Gives a row the height its wrapped text needs, from the column widths, or leaves the default
     * height for a row of single lines. A row that would need more than Excel's limit of
     * {@value TextFit#MAX_ROW_POINTS} points gets the limit, and a warning names it.
     *
     * @param widths the width of each value's column, in characters (a merged cell's combined width)
     * @param values the row's values; only text counts
     */
    void fitHeight(Row row, int[] widths, List<?> values) {
        int lines = 1;
        for (int c = 0; c < values.size(); c++) {
            Object v = values.get(c);
            if (v instanceof String || v instanceof Styled) {
                double scale = v instanceof Styled st && isBold(st.style()) ? TextFit.BOLD : 1;
                lines = Math.max(lines, TextFit.lines(plain(v), widths[c], scale));
            }
        }
        setLines(row, lines);
    }

    /** Sets the height of a row of that many lines, capped at Excel's limit with a warning. */
    void setLines(Row row, int lines) {
        if (lines <= 1) {
            return;
        }
        float points = TextFit.points(lines);
        if (points > TextFit.MAX_ROW_POINTS) {
            warnings.add(row.getSheet().getSheetName() + ", row " + (row.getRowNum() + 1) + ": its text needs about "
                    + Math.round(points) + " pt, more than Excel's " + Math.round(TextFit.MAX_ROW_POINTS)
                    + " pt row limit; the row is " + Math.round(TextFit.MAX_ROW_POINTS)
                    + " pt tall and the cell keeps the whole text (see it in the formula bar)");
            points = TextFit.MAX_ROW_POINTS;
        }
        row.setHeightInPoints(points);
    }

    private boolean isBold(CellStyle style) {
        return style != null && workbook.getFontAt(style.getFontIndex()).getBold();
    }

    // ------------------------------------------------------------------ record tables

    /** Records a column's width is fitted to: the first this many (widths are a reading aid, and a
     *  full extra pass over a 100,000-row sheet cost a third of the export). */
    static final int WIDTH_SAMPLE = 2_000;

    /**
     * Writes a header row and one row per record, with widths fitted to the content of the first
     * {@value #WIDTH_SAMPLE} records (only the strings of one record are held at a time).
     *
     * @return the column widths in characters
     */
    <T> int[] writeTable(Sheet sheet, List<Col<T>> cols, List<T> records) {
        int[] widths = new int[cols.size()];
        for (int c = 0; c < cols.size(); c++) {
            Col<T> col = cols.get(c);
            widths[c] = fitWidth(col.header(), col.cap(),
                    () -> records.stream().limit(WIDTH_SAMPLE).map(r -> plain(col.value().apply(r))).iterator());
            setWidth(sheet, c, widths[c]);
        }
        Row head = sheet.createRow(0);
        List<Object> heads = new java.util.ArrayList<>();
        for (int c = 0; c < cols.size(); c++) {
            describe(sheet, cols.get(c).header(), cols.get(c).meaning());
            Styled h = new Styled(cols.get(c).header(), header);
            set(head, c, h);
            heads.add(h);
        }
        fitHeight(head, widths, heads);
        int r = 1;
        Object[] values = new Object[cols.size()];
        for (T record : records) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < cols.size(); c++) {
                values[c] = cols.get(c).value().apply(record);
                set(row, c, values[c]);
            }
            fitHeight(row, widths, java.util.Arrays.asList(values));
        }
        return widths;
    }

    // ------------------------------------------------------------------ printing

    /** Left and right page margins, inches. */
    static final double SIDE_MARGIN = 0.4;
    /** Top and bottom page margins, inches (room for the footer). */
    static final double END_MARGIN = 0.6;
    /**
     * The width a landscape page prints on, in points: US Letter, the narrower of Letter and A4,
     * less the side margins.
     */
    static final double PRINTABLE_POINTS = (11.0 - 2 * SIDE_MARGIN) * 72;
    /** The smallest print scale, in percent: below it 11-point text prints smaller than 6.6 points. */
    static final int MIN_SCALE = 60;
    /** The page header: the sheet's name. */
    static final String SHEET_NAME = "&A";
    /** The footer's right part. */
    static final String PAGE_OF = "Page &P of &N";

    /** @return a column's printed width in points, from its width as stored (1/256 of a character) */
    static double columnPoints(int width256) {
        // seven pixels per character (padding included) at 96 pixels per inch
        return Math.round(width256 / 256.0 * 7) * 0.75;
    }

    /**
     * Print settings every sheet shares: landscape; fitted to one page wide whenever that keeps the
     * scale at {@value #MIN_SCALE}% or more (also when the columns seem to fit at 100%: the estimate of
     * their printed width is close, not exact, and a reader then shrinks a sheet a little rather than
     * print its last column alone), else printed at {@value #MIN_SCALE}% over as many pages across as
     * it needs, a strip of columns at a time; header rows and title columns repeated on every page; the source and
     * "Page N of M" in the footer.
     *
     * @param headerRows rows repeated at the top of each page (0 for none)
     * @param titleCols  columns repeated at the left of each page (0 for none)
     * @param lastCol    the last column printed, 0-based
     */
    void printSetup(Sheet sheet, int headerRows, int titleCols, int lastCol) {
        PrintSetup ps = sheet.getPrintSetup();
        ps.setLandscape(true);
        sheet.setMargin(PageMargin.LEFT, SIDE_MARGIN);
        sheet.setMargin(PageMargin.RIGHT, SIDE_MARGIN);
        sheet.setMargin(PageMargin.TOP, END_MARGIN);
        sheet.setMargin(PageMargin.BOTTOM, END_MARGIN);
        sheet.setMargin(PageMargin.HEADER, 0.3);
        sheet.setMargin(PageMargin.FOOTER, 0.3);
        double points = 0;
        for (int c = 0; c <= lastCol; c++) {
            points += columnPoints(sheet.getColumnWidth(c));
        }
        int scale = points <= 0 ? 100 : (int) Math.floor(PRINTABLE_POINTS / points * 100);
        if (scale >= MIN_SCALE) {
            sheet.setFitToPage(true);
            ps.setFitWidth((short) 1);
            ps.setFitHeight((short) 0);
            // the scale a reader without fit-to-page support uses
            ps.setScale((short) Math.min(100, scale));
        } else {
            sheet.setFitToPage(false);
            ps.setScale((short) MIN_SCALE);
            // over, then down: the pages of one block of rows print one after another, so that a row's
            // id and its last columns are never far apart
            ps.setLeftToRight(true);
        }
        sheet.setAutobreaks(true);
        if (headerRows > 0) {
            sheet.setRepeatingRows(new CellRangeAddress(0, headerRows - 1, -1, -1));
        }
        if (titleCols > 0) {
            sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, titleCols - 1));
        }
        sheet.getHeader().setCenter(SHEET_NAME);
        sheet.getFooter().setLeft(footer);
        sheet.getFooter().setRight(PAGE_OF);
    }

    /**
     * @return the last column, at most {@code lastCol} and at least 1, that prints on the first page
     *         across when the sheet prints at {@value #MIN_SCALE}% (its widths already set)
     */
    static int lastColumnOnFirstPage(Sheet sheet, int lastCol) {
        double room = PRINTABLE_POINTS * 100 / MIN_SCALE;
        double points = 0;
        for (int c = 0; c <= lastCol; c++) {
            points += columnPoints(sheet.getColumnWidth(c));
            if (points > room) {
                return Math.max(1, c - 1);
            }
        }
        return lastCol;
    }

    /** The most characters of the footer's left part; Excel allows 255 for the whole footer. */
    static final int FOOTER_CHARS = 200;

    /** The footer's left part for a source: its title, publisher and date, with codes escaped. */
    static String footer(Source s) {
        String plain = shown("Source: " + s.title() + ", " + s.publisher() + ", " + Labels.date(s.published()))
                .replaceAll("\\s+", " ");
        // "&" starts a header and footer code; "&&" prints one
        String escaped = plain.replace("&", "&&");
        if (escaped.length() <= FOOTER_CHARS) {
            return escaped;
        }
        int keep = FOOTER_CHARS - 3;
        if (Character.isHighSurrogate(escaped.charAt(keep - 1))) {
            keep--;
        }
        String cut = escaped.substring(0, keep);
        int amps = 0;
        while (amps < cut.length() && cut.charAt(cut.length() - 1 - amps) == '&') {
            amps++;
        }
        if (amps % 2 == 1) {
            // never end on half of an escaped "&&"
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "...";
    }
}
