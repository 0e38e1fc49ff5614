package org.hotspotatlas.export.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hotspotatlas.core.Atlas;
import org.hotspotatlas.core.model.Source;
import org.hotspotatlas.export.ExportResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The workbook as a reader meets it, read back with POI and as raw package parts: printing,
 * colours, blank cells, where links may sit, and row heights.
 */
class WorkbookLayoutTest {

    private static Atlas fixture;
    private static byte[] bytes;
    private static XSSFWorkbook wb;

    @BeforeAll
    static void exportFixture() throws IOException {
        fixture = XlsxExporterTest.load();
        bytes = XlsxExporterTest.export(fixture, new XlsxExporter());
        wb = new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    @Test
    void mergedRegionsAreValidAsPoiChecksThemAndTheTablesNameTheirHeaderCells() {
        int merges = 0;
        for (Sheet sheet : wb) {
            XSSFSheet s = (XSSFSheet) sheet;
            // POI's own checks, which the export no longer runs region by region: two cells or more, no overlap
            s.validateMergedRegions();
            for (org.apache.poi.ss.util.CellRangeAddress m : s.getMergedRegions()) {
                assertTrue(m.getNumberOfCells() >= 2, s.getSheetName() + " " + m.formatAsString());
                merges++;
            }
            for (org.apache.poi.xssf.usermodel.XSSFTable t : s.getTables()) {
                var ct = t.getCTTable();
                var area = new org.apache.poi.ss.util.AreaReference(ct.getRef(), org.apache.poi.ss.SpreadsheetVersion.EXCEL2007);
                int first = area.getFirstCell().getCol();
                int cols = area.getLastCell().getCol() - first + 1;
                assertEquals(cols, ct.getTableColumns().getCount(), t.getName());
                assertEquals(cols, ct.getTableColumns().sizeOfTableColumnArray(), t.getName());
                Row header = s.getRow(area.getFirstCell().getRow());
                for (int c = 0; c < cols; c++) {
                    var column = ct.getTableColumns().getTableColumnArray(c);
                    assertEquals(c + 1, column.getId(), t.getName());
                    assertEquals(header.getCell(first + c).getStringCellValue(), column.getName(), t.getName());
                }
            }
        }
        assertTrue(merges >= 4, "merged regions found: " + merges);
    }

    @Test
    void bookRefusesAMergeOfOneCellOrOverlappingAnother() throws IOException {
        try (XSSFWorkbook w = new XSSFWorkbook()) {
            Book book = new Book(w, XlsxOptions.defaults(), fixture.source());
            Sheet s = w.createSheet("S");
            book.merge(s, new org.apache.poi.ss.util.CellRangeAddress(0, 0, 0, 3));
            book.merge(s, new org.apache.poi.ss.util.CellRangeAddress(1, 1, 0, 3));
            IllegalStateException overlap = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                    () -> book.merge(s, new org.apache.poi.ss.util.CellRangeAddress(1, 2, 3, 4)));
            assertEquals("merged regions may not overlap, but D2:E3 overlaps A2:D2 on sheet 'S'", overlap.getMessage());
            IllegalStateException single = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                    () -> book.merge(s, new org.apache.poi.ss.util.CellRangeAddress(5, 5, 5, 5)));
            assertEquals("a merged region needs at least two cells, but F6 on sheet 'S' has one", single.getMessage());
            // the same range on another sheet is another region
            book.merge(w.createSheet("T"), new org.apache.poi.ss.util.CellRangeAddress(0, 0, 0, 3));
            assertEquals(2, s.getNumMergedRegions());
        }
    }

    /** Letter landscape less 0.4-inch side margins, in points; A4 is wider. */
    private static final double PRINTABLE = (11 - 0.8) * 72;

    @Test
    void everySheetPrintsLandscapeAtAReadableScaleWithPageNumbersAndTheSource() {
        for (Sheet sheet : wb) {
            XSSFSheet s = (XSSFSheet) sheet;
            String name = s.getSheetName();
            assertTrue(s.getPrintSetup().getLandscape(), name);
            double points = 0;
            int lastCol = 0;
            for (Row row : s) {
                lastCol = Math.max(lastCol, row.getLastCellNum() - 1);
            }
            for (int c = 0; c <= lastCol; c++) {
                points += s.getColumnWidthInPixels(c) * 0.75;
            }
            double fitScale = PRINTABLE / points;
            if (s.getFitToPage()) {
                assertEquals(1, s.getPrintSetup().getFitWidth(), name);
                assertEquals(0, s.getPrintSetup().getFitHeight(), name + ": as many pages down as needed");
                assertTrue(fitScale >= 0.58, name + ": one page wide would print at " + fitScale);
            } else {
                assertTrue(s.getPrintSetup().getScale() >= 60, name + " prints at " + s.getPrintSetup().getScale());
                if (s.getPrintSetup().getScale() < 100) {
                    assertTrue(fitScale < 0.62, name + ": could have fitted one page wide at " + fitScale);
                }
            }
            assertEquals("Page &P of &N", s.getFooter().getRight(), name);
            assertTrue(s.getFooter().getLeft().contains(fixture.source().title()), name);
            assertEquals("&A", s.getHeader().getCenter(), name + ": the sheet's name heads each page");
            if (!name.equals("About")) {
                assertEquals("1:1", s.getRepeatingRows().formatAsString(), name + ": header row on every page");
                assertTrue(s.getRepeatingColumns() != null, name + ": title columns on every page");
                assertEquals(0, s.getRepeatingColumns().getFirstColumn(), name);
            }
        }
    }

    @Test
    void aWideSheetPrintsAtSixtyPercentOverSeveralPagesRatherThanShrinking() {
        XSSFSheet matrix = wb.getSheet("Matrix");
        assertFalse(matrix.getFitToPage(), "the Matrix's prose would print at a few points if fitted");
        assertEquals(60, matrix.getPrintSetup().getScale());
        assertEquals("A:B", matrix.getRepeatingColumns().formatAsString().replace("$", ""),
                "id and name repeat on every page across");
    }

    @Test
    void theFooterEscapesAmpersandsAndStaysWithinExcelsLimit() {
        Source s = fixture.source();
        Source amp = new Source("Guns & Butter", "R&D Press", s.publicationType(), s.published(), s.url(),
                s.outline(), s.asserting());
        assertEquals("Source: Guns && Butter, R&&D Press, Jun 2019", Book.footer(amp));
        Source lng = new Source("&".repeat(150) + "x".repeat(100), "P", s.publicationType(), s.published(), s.url(),
                s.outline(), s.asserting());
        String footer = Book.footer(lng);
        assertTrue(footer.length() <= Book.FOOTER_CHARS, footer);
        assertTrue(footer.endsWith("..."));
        String body = footer.substring(0, footer.length() - 3);
        int amps = body.length() - body.replaceAll("&+$", "").length();
        assertEquals(0, amps % 2, "never half of an escaped ampersand: " + footer);
    }

    /** An {@code rgb} attribute in SpreadsheetML: strict validation wants 8 hex digits (alpha first). */
    private static final Pattern RGB = Pattern.compile("\\brgb=\"([^\"]*)\"");

    @Test
    void everySpreadsheetColourIsArgb() throws IOException {
        int colours = 0;
        try (ZipInputStream zin = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = zin.getNextEntry(); e != null; e = zin.getNextEntry()) {
                String name = e.getName();
                // DrawingML (charts, drawings, theme) has its own six-digit srgbClr; not SpreadsheetML
                if (!name.endsWith(".xml") || name.startsWith("xl/charts/") || name.startsWith("xl/drawings/")
                        || name.startsWith("xl/theme/")) {
                    continue;
                }
                String xml = new String(zin.readAllBytes(), StandardCharsets.UTF_8);
                Matcher m = RGB.matcher(xml);
                while (m.find()) {
                    assertTrue(m.group(1).matches("[0-9A-F]{8}"), name + ": rgb=\"" + m.group(1) + "\"");
                    colours++;
                }
            }
        }
        assertTrue(colours >= 8, "header, link, fills and the colour scales are ARGB: " + colours);
    }

    @Test
    void noCellHoldsAnEmptyString() {
        int strings = 0;
        for (Sheet s : wb) {
            for (Row row : s) {
                for (Cell c : row) {
                    if (c.getCellType() == CellType.STRING) {
                        assertFalse(c.getStringCellValue().isEmpty(), Book.where(c) + " holds an empty string");
                        strings++;
                    }
                }
            }
        }
        assertTrue(strings > 300);
    }

    /** The headers of the columns that may hold links, and the About sheet's label for its one link. */
    private static final Set<String> LINK_COLUMNS = Set.of("Go to claims", "Source", "Link");

    @Test
    void linksSitOnlyInShortCellsOfTheirOwnColumn() {
        int links = 0;
        for (Sheet s : wb) {
            for (Hyperlink h : s.getHyperlinkList()) {
                Cell cell = s.getRow(h.getFirstRow()).getCell(h.getFirstColumn());
                String text = cell.getStringCellValue();
                assertTrue(text.length() <= 20, Book.where(cell) + " links a long text: " + text);
                String header = s.getSheetName().equals("About")
                        ? s.getRow(h.getFirstRow()).getCell(0).getStringCellValue()
                        : s.getRow(0).getCell(h.getFirstColumn()).getStringCellValue();
                assertTrue(LINK_COLUMNS.contains(header), Book.where(cell) + " is a link under " + header);
                links++;
            }
        }
        assertTrue(links >= 6, "links: " + links);
    }

    @Test
    void rowsGrowWithTheirTextAndSingleLinesKeepTheDefaultHeight() {
        int grown = 0;
        int plain = 0;
        for (Sheet s : wb) {
            for (Row row : s) {
                int explicitLines = 1;
                boolean longText = false;
                for (Cell c : row) {
                    if (c.getCellType() == CellType.STRING) {
                        String v = c.getStringCellValue();
                        explicitLines = Math.max(explicitLines, v.split("\n", -1).length);
                        int chars = s.getColumnWidth(c.getColumnIndex()) / 256;
                        longText |= v.length() > chars * 0.6 || v.contains("\n");
                    }
                }
                float h = row.getHeightInPoints();
                assertTrue(h <= 409f, s.getSheetName() + " row " + (row.getRowNum() + 1) + " is " + h + " pt");
                assertTrue(h >= 14f * explicitLines, s.getSheetName() + " row " + (row.getRowNum() + 1)
                        + " hides lines: " + h + " pt for " + explicitLines);
                if (!longText && s.getNumMergedRegions() == 0) {
                    assertFalse(((org.apache.poi.xssf.usermodel.XSSFRow) row).getCTRow().getCustomHeight(), s.getSheetName() + " row " + (row.getRowNum() + 1)
                            + " of short values has a height of its own: " + h);
                    plain++;
                }
                if (((org.apache.poi.xssf.usermodel.XSSFRow) row).getCTRow().getCustomHeight()) {
                    grown++;
                }
            }
        }
        assertTrue(grown > 10 && plain >= 3, "grown " + grown + ", plain " + plain);
    }

    /**
     * A sheet too wide for one page prints at 60% a strip of columns at a time, over then down; a
     * merged note on it spans only the first strip, so no page cuts it (the bundled data's Actions
     * sheet is that wide).
     */
    @Test
    void aWideSheetPrintsOverThenDownAndNoMergedNoteCrossesAPage() throws IOException {
        byte[] bundled = XlsxExporterTest.export(Atlas.bundled(), new XlsxExporter());
        int wide = 0;
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bundled))) {
            for (Sheet sheet : book) {
                XSSFSheet s = (XSSFSheet) sheet;
                if (s.getFitToPage()) {
                    continue;
                }
                wide++;
                assertTrue(s.getPrintSetup().getLeftToRight(), s.getSheetName() + " prints over, then down");
                for (org.apache.poi.ss.util.CellRangeAddress m : s.getMergedRegions()) {
                    double points = 0;
                    for (int c = 0; c <= m.getLastColumn(); c++) {
                        points += s.getColumnWidthInPixels(c) * 0.75;
                    }
                    assertTrue(points * 0.6 <= PRINTABLE + 1, s.getSheetName() + " " + m.formatAsString() + " is "
                            + Math.round(points * 0.6) + " pt wide at 60%, more than a page's " + Math.round(PRINTABLE));
                }
            }
        }
        assertTrue(wide >= 3, "the Matrix, Actions, Claims and Timeline are wider than a page: " + wide);
    }

    /**
     * Text longer than its column wraps (in Excel and LibreOffice alike) unless it runs on into empty
     * cells to its right, in the fixture's workbook and the bundled data's.
     */
    @Test
    void textLongerThanItsColumnWraps() throws IOException {
        byte[] bundled = XlsxExporterTest.export(Atlas.bundled(), new XlsxExporter());
        int checked = 0;
        for (byte[] file : List.of(bytes, bundled)) {
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
                for (Sheet s : book) {
                    Set<String> merged = new java.util.HashSet<>();
                    s.getMergedRegions().forEach(m -> merged.add(m.getFirstRow() + ":" + m.getFirstColumn()));
                    for (Row row : s) {
                        for (Cell c : row) {
                            if (c.getCellType() != CellType.STRING || c.getHyperlink() != null
                                    || merged.contains(c.getRowIndex() + ":" + c.getColumnIndex())) {
                                continue;
                            }
                            Cell head = s.getRow(0) == null ? null : s.getRow(0).getCell(c.getColumnIndex());
                            if (head != null && head.getCellType() == CellType.STRING
                                    && head.getStringCellValue().equals("Date reference")) {
                                continue; // a last column, left to run on to the right
                            }
                            int chars = s.getColumnWidth(c.getColumnIndex()) / 256;
                            String v = c.getStringCellValue();
                            Cell next = row.getCell(c.getColumnIndex() + 1);
                            boolean runsOn = next == null || next.getCellType() == CellType.BLANK;
                            if (v.contains("\n") || v.length() > chars - 1 && !runsOn) {
                                assertTrue(c.getCellStyle().getWrapText(), Book.where(c) + " is cut off: " + v);
                                checked++;
                            }
                        }
                    }
                }
            }
        }
        assertTrue(checked > 100, "long cells checked: " + checked);
    }

    @Test
    void aRowTooTallForExcelIsCappedAt409PointsWithAWarning() throws IOException {
        String tall = "A line of text.\n".repeat(60);
        Atlas atlas = fixture.toBuilder()
                .addClaim(XlsxExporterTest.withSummary(fixture.claim("fx-loans").orElseThrow(), "fx-tall", tall))
                .build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportResult result = new XlsxExporter().export(atlas, out);
        List<String> height = new ArrayList<>(result.warnings().stream().filter(w -> w.contains("409 pt")).toList());
        assertEquals(1, height.size(), result.warnings().toString());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet claims = book.getSheet("Claims");
            for (Row row : claims) {
                if (XlsxExporterTest.text(row, 0).equals("fx-tall")) {
                    assertEquals(409f, row.getHeightInPoints());
                    assertTrue(height.get(0).startsWith("Claims, row " + (row.getRowNum() + 1) + ": "), height.get(0));
                    assertEquals(tall, XlsxExporterTest.text(row, XlsxExporterTest.column(claims, "Summary")),
                            "the cell keeps the whole text");
                    return;
                }
            }
        }
        throw new AssertionError("fx-tall not found");
    }
}
