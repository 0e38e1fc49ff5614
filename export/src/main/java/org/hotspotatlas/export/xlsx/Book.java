package org.hotspotatlas.export.xlsx;

import java.time.LocalDate;
import java.util.EnumMap;
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
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hotspotatlas.core.model.Precision;

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
    private static final int MAX_LINES_PER_ROW = 30;
    private static final float LINE_POINTS = 15f;

    /** A cell value that is a date at some precision; ranges are written as their start and an end column. */
    record DateValue(LocalDate date, Precision precision) {}

    /** Text that links to a place in the workbook, such as {@code 'Claims'!A2:Q5}. */
    record Link(String text, String address) {}

    /** A text cell drawn with a given style. */
    record Styled(String text, CellStyle style) {}

    /** A column of a record table: its header, its width cap, and how a record gives its value. */
    record Col<T>(String header, int cap, Function<? super T, Object> value) {}

    final XSSFWorkbook workbook;
    final XlsxOptions options;
    final Warnings warnings = new Warnings();
    final CellStyle header;
    final CellStyle text;
    final CellStyle link;
    final CellStyle number;
    final CellStyle count;
    final CellStyle title;
    final CellStyle bold;
    private final Map<Precision, CellStyle> dates = new EnumMap<>(Precision.class);

    Book(XSSFWorkbook workbook, XlsxOptions options) {
        this.workbook = workbook;
        this.options = options;

        Font boldFont = workbook.createFont();
        boldFont.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(boldFont);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);

        text = workbook.createCellStyle();
        text.setWrapText(true);
        text.setVerticalAlignment(VerticalAlignment.TOP);

        Font linkFont = workbook.createFont();
        linkFont.setUnderline(Font.U_SINGLE);
        linkFont.setColor(IndexedColors.BLUE.getIndex());
        link = workbook.createCellStyle();
        link.cloneStyleFrom(text);
        link.setFont(linkFont);

        number = workbook.createCellStyle();
        number.setVerticalAlignment(VerticalAlignment.TOP);
        number.setDataFormat(workbook.createDataFormat().getFormat("0"));

        count = workbook.createCellStyle();
        count.setAlignment(HorizontalAlignment.CENTER);
        count.setDataFormat(workbook.createDataFormat().getFormat("0;-0;;@"));

        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        title = workbook.createCellStyle();
        title.setFont(big);

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

    /** A solid fill style for text, with an RGB colour. */
    CellStyle fill(int rgb) {
        XSSFCellStyle s = workbook.createCellStyle();
        s.cloneStyleFrom(text);
        s.setAlignment(HorizontalAlignment.CENTER);
        s.setFillForegroundColor(new XSSFColor(new byte[] {(byte) (rgb >> 16), (byte) (rgb >> 8), (byte) rgb}, null));
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return s;
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

    /** @return a name Excel accepts for a sheet: no []:*?/\ , not blank, at most 31 characters */
    static String sheetName(String wanted) {
        return WorkbookUtil.createSafeSheetName(wanted, '_');
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
        String shown = org.hotspotatlas.core.model.TextSafety.showBidiControls(value);
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
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(col);
        if (value instanceof String s) {
            cell.setCellStyle(text);
            setText(cell, s);
        } else if (value instanceof Number n) {
            cell.setCellStyle(number);
            cell.setCellValue(n.doubleValue());
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
            cell.setCellStyle(link);
            setText(cell, l.text());
            Hyperlink h = workbook.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
            h.setAddress(l.address());
            cell.setHyperlink(h);
        } else if (value instanceof Styled s) {
            cell.setCellStyle(s.style());
            setText(cell, s.text());
        } else {
            throw new IllegalStateException("no cell writer for " + value.getClass());
        }
    }

    /** @return the address of a block of rows (0-based, inclusive) on a sheet, for a link */
    static String address(String sheet, int firstRow, int lastRow, int lastCol) {
        return "'" + sheet.replace("'", "''") + "'!" + new CellReference(firstRow, 0).formatAsString(false) + ":"
                + new CellReference(lastRow, lastCol).formatAsString(false);
    }

    // ------------------------------------------------------------------ widths

    /** Display width of a text in characters: its longest line, counting wide (CJK) characters twice. */
    static int displayWidth(String s) {
        int best = 0;
        int cur = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n') {
                best = Math.max(best, cur);
                cur = 0;
            } else {
                cur += cp >= 0x1100 && isWide(cp) ? 2 : 1;
            }
        }
        return Math.max(best, cur);
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFF00 && cp <= 0xFF60) || cp >= 0x20000;
    }

    /** How many lines a text takes when wrapped to a width in characters. */
    static int lines(String s, int width) {
        int lines = 0;
        for (String para : s.split("\n", -1)) {
            int w = displayWidth(para);
            lines += Math.max(1, (w + width - 1) / Math.max(1, width));
        }
        return lines;
    }

    static String plain(Object value) {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof Link l) {
            return l.text();
        }
        if (value instanceof Styled s) {
            return s.text();
        }
        if (value instanceof DateValue) {
            return "28 Sep 2019";
        }
        return value == null ? "" : value.toString();
    }

    /** Width in characters for a column, from its header and its values, within the column's cap. */
    static int fitWidth(String header, int cap, Iterable<String> values) {
        int w = 0;
        for (String word : header.split("\\s+")) {
            w = Math.max(w, displayWidth(word));
        }
        for (String v : values) {
            w = Math.max(w, Math.min(cap, displayWidth(v)));
            if (w >= cap) {
                break;
            }
        }
        return Math.max(4, Math.min(cap, w)) + 2;
    }

    static void setWidth(Sheet sheet, int col, int chars) {
        sheet.setColumnWidth(col, Math.min(255, chars) * 256);
    }

    /** Gives a row a height that shows its wrapped text, estimated from the column widths. */
    static void fitHeight(Row row, int[] widths, List<?> values) {
        int lines = 1;
        for (int c = 0; c < values.size(); c++) {
            Object v = values.get(c);
            if (v instanceof String || v instanceof Link || v instanceof Styled) {
                lines = Math.max(lines, lines(plain(v), widths[c] - 1));
            }
        }
        if (lines > 1) {
            row.setHeightInPoints(Math.min(lines, MAX_LINES_PER_ROW) * LINE_POINTS);
        }
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
        for (int c = 0; c < cols.size(); c++) {
            Cell cell = head.createCell(c);
            cell.setCellStyle(header);
            setText(cell, cols.get(c).header());
        }
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

    /** Landscape, fit to one page wide, header rows repeated on every page. */
    static void printSetup(Sheet sheet, int headerRows) {
        PrintSetup ps = sheet.getPrintSetup();
        ps.setLandscape(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        if (headerRows > 0) {
            sheet.setRepeatingRows(CellRangeAddress.valueOf("1:" + headerRows));
        }
    }
}
