package org.hotspotatlas.export.xlsx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ConditionalFormatting;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.ConditionType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.hotspotatlas.core.Atlas;
import org.hotspotatlas.core.ReadLimits;
import org.hotspotatlas.core.Selection;
import org.hotspotatlas.core.model.Action;
import org.hotspotatlas.core.model.Claim;
import org.hotspotatlas.core.model.Event;
import org.hotspotatlas.core.model.Hotspot;
import org.hotspotatlas.core.model.Precision;
import org.hotspotatlas.export.ExportResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxExporterTest {

    private static Atlas fixture;
    private static byte[] bytes;
    private static XSSFWorkbook wb;

    @BeforeAll
    static void exportFixture() throws IOException {
        fixture = load();
        bytes = export(fixture, new XlsxExporter());
        wb = new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    static Atlas load() {
        try (InputStream in = XlsxExporterTest.class.getResourceAsStream("/fixture/fixture-atlas.json")) {
            return Atlas.read(in, "fixture", ReadLimits.DEFAULT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] export(Atlas atlas, XlsxExporter exporter) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.export(atlas, out);
        return out.toByteArray();
    }

    static String text(Row row, int col) {
        Cell c = row == null ? null : row.getCell(col);
        return c == null ? "" : c.getStringCellValue();
    }

    static int column(Sheet sheet, String header) {
        Row head = sheet.getRow(0);
        for (Cell c : head) {
            if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals(header)) {
                return c.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + header + " on " + sheet.getSheetName());
    }

    // ------------------------------------------------------------------ structure

    @Test
    void hasEverySheetInOrder() {
        List<String> names = new ArrayList<>();
        wb.forEach(s -> names.add(s.getSheetName()));
        List<org.hotspotatlas.core.model.Actor> p = fixture.analysis().principals();
        assertEquals(List.of("Overview", "Matrix", p.get(0).name() + " vs " + p.get(1).name(), "Actions", "Actors",
                "Claims", "Claim subjects", "Timeline", "About"), names);
    }

    @Test
    void matrixHasOneRowPerHotspotWithRolesAndSources() {
        Sheet m = wb.getSheet("Matrix");
        List<Hotspot> hotspots = fixture.hotspots();
        assertEquals(hotspots.size(), m.getLastRowNum());
        for (int i = 0; i < hotspots.size(); i++) {
            Hotspot h = hotspots.get(i);
            Row row = m.getRow(i + 1);
            assertEquals(h.id(), text(row, column(m, "Hotspot id")));
            assertEquals(h.name(), text(row, column(m, "Hotspot")));
            for (org.hotspotatlas.core.model.Actor p : fixture.analysis().principals()) {
                assertTrue(text(row, column(m, p.name() + "'s role")).contains(h.role(p.id()).orElseThrow().does()));
            }
            assertTrue(text(row, column(m, "Alignment with U.S. interests"))
                    .contains(h.assessment().alignmentReason().text()));
            assertTrue(text(row, column(m, "Sources")).startsWith("\u00B6"));
            assertEquals(fixture.claimsIn(h.id()).size(),
                    (int) row.getCell(column(m, "Claims")).getNumericCellValue());
        }
        Row freedonia = m.getRow(1);
        String joint = text(freedonia, column(m, "Joint acts"));
        assertTrue(joint.contains("Veto (28 Feb 2019): Both vetoed a draft resolution on Freedonia."), joint);
        assertFalse(joint.contains(fixture.claim("fx-forecast").orElseThrow().summary()), "a forecast is no act");
        assertTrue(text(freedonia, column(m, "Outlook")).contains("[likely, 55\u201380%]"));
        assertEquals("\u00B63, \u00B64.1, \u00B64.2, \u00B64.3", text(freedonia, column(m, "Sources")));
    }

    @Test
    void comparisonMarksSharedAndDividedInstruments() {
        Sheet s = wb.getSheetAt(2);
        Row freedonia = s.getRow(1);
        assertEquals("freedonia", text(freedonia, column(s, "Hotspot id")));
        assertEquals("Freedonia", text(freedonia, column(s, "Hotspot")));
        assertEquals("China only", text(freedonia, column(s, "Economic")));
        assertEquals("Russia only", text(freedonia, column(s, "Military")));
        assertEquals("Both", text(freedonia, column(s, "UN voting")));
        assertEquals("", text(freedonia, column(s, "Information")));
        assertEquals("Both use: UN voting", text(freedonia, column(s, "Acting alike")));
        Row sylvania = s.getRow(2);
        assertEquals("Both", text(sylvania, column(s, "Diplomatic")));
        assertEquals("Russia only", text(sylvania, column(s, "Information")));
    }

    @Test
    void actorCountsEqualTheModel() {
        Sheet s = wb.getSheet("Actors");
        int freedonia = column(s, "Freedonia");
        for (int r = 1; r <= s.getLastRowNum(); r++) {
            Row row = s.getRow(r);
            String actor = text(row, column(s, "Actor id"));
            assertEquals(fixture.actorName(actor), text(row, column(s, "Actor")));
            long expected = fixture.claimsWhere(c -> "freedonia".equals(c.hotspot()) && c.involves(actor)).size();
            assertEquals(expected, (long) row.getCell(freedonia).getNumericCellValue(), actor);
            long all = fixture.claimsInvolving(actor).size();
            assertEquals(all, (long) row.getCell(column(s, "Total")).getNumericCellValue(), actor);
            assertEquals(fixture.analysis().principalOf(actor).map(a -> a.name()).orElse(""),
                    text(row, column(s, "Principal")), actor);
        }
        assertEquals(fixture.actors().size(), s.getLastRowNum());
    }

    @Test
    void heatMapsAndChartExist() {
        XSSFSheet s = wb.getSheet("Actions");
        assertEquals(2, s.getSheetConditionalFormatting().getNumConditionalFormattings(),
                "one scale for who acts, one for the act types");
        int rows = fixture.hotspots().size() + (fixture.claims().stream().anyMatch(c -> c.hotspot() == null) ? 1 : 0);
        for (int i = 0; i < 2; i++) {
            ConditionalFormatting cf = s.getSheetConditionalFormatting().getConditionalFormattingAt(i);
            ConditionalFormattingRule rule = cf.getRule(0);
            assertEquals(ConditionType.COLOR_SCALE, rule.getConditionType());
            assertNotNull(rule.getColorScaleFormatting());
            assertEquals(rows + 1, cf.getFormattingRanges()[0].getLastRow() + 1);
        }
        assertEquals("C2:F" + (rows + 1), s.getSheetConditionalFormatting().getConditionalFormattingAt(0)
                .getFormattingRanges()[0].formatAsString());

        XSSFDrawing drawing = s.getDrawingPatriarch();
        assertNotNull(drawing);
        List<XSSFChart> charts = drawing.getCharts();
        assertEquals(1, charts.size());
        List<XDDFChartData> data = charts.get(0).getChartSeries();
        assertEquals(1, data.size());
        assertTrue(data.get(0) instanceof XDDFBarChartData);
        assertEquals(4, data.get(0).getSeriesCount(), "joint, parallel, and each principal without the other");
        assertEquals(1, wb.getSheet("Actors").getSheetConditionalFormatting().getNumConditionalFormattings());
    }

    @Test
    void claimsAreOneFilterableTableCoveringHeaderAndEveryClaim() {
        XSSFSheet s = wb.getSheet("Claims");
        List<XSSFTable> tables = s.getTables();
        assertEquals(1, tables.size());
        XSSFTable t = tables.get(0);
        int n = fixture.claims().size();
        int lastCol = s.getRow(0).getLastCellNum() - 1;
        assertEquals("A1:" + CellReference.convertNumToColString(lastCol) + (n + 1), t.getCTTable().getRef());
        assertEquals(t.getCTTable().getRef(), t.getCTTable().getAutoFilter().getRef());
        assertEquals("ClaimsTable", t.getName());
        assertEquals("TableStyleLight9", t.getCTTable().getTableStyleInfo().getName());
        for (int c = 0; c < t.getColumnCount(); c++) {
            assertEquals(text(s.getRow(0), c), t.getColumns().get(c).getName());
        }
        List<String> ids = new ArrayList<>();
        for (int r = 1; r <= n; r++) {
            ids.add(text(s.getRow(r), 0));
        }
        assertEquals(fixture.claims().stream().map(Claim::id).sorted().toList(), ids.stream().sorted().toList());
        assertEquals(n, s.getLastRowNum());
        assertFalse(s.getCTWorksheet().isSetAutoFilter(), "a sheet filter may not overlap the table");

        Row veto = s.getRow(ids.indexOf("fx-veto") + 1);
        assertEquals("freedonia", text(veto, column(s, "Hotspot id")));
        assertEquals("Freedonia", text(veto, column(s, "Hotspot")));
        assertEquals("China; Russia", text(veto, column(s, "Subjects")));
        assertEquals("Both together", text(veto, column(s, "Who acts")));
        assertEquals("Veto", text(veto, column(s, "Action")));
        assertEquals("Yes", text(veto, column(s, "Joint act")));
        assertEquals("Security Council", text(veto, column(s, "Objects")));
        assertEquals("china; russia", text(veto, column(s, "Subject ids")));
        assertEquals("security-council", text(veto, column(s, "Object ids")));
        assertEquals("fx-vote", text(veto, column(s, "Event ids")), "joins the claim to the Timeline");
        int date = column(s, "Date");
        assertTrue(DateUtil.isCellDateFormatted(veto.getCell(date)));
        // dated February 2019 itself, it names the vote checked as 28 February: core refines it to the day
        assertEquals("d mmm yyyy", veto.getCell(date).getCellStyle().getDataFormatString());
        assertEquals(LocalDate.of(2019, 2, 28), veto.getCell(date).getLocalDateTimeCellValue().toLocalDate());
        assertEquals("Enrichment", text(veto, column(s, "Date basis")));
        assertEquals("\u00B64.2", text(veto, column(s, "Locators")));
        Row forecast = s.getRow(ids.indexOf("fx-forecast") + 1);
        assertEquals("Likely", text(forecast, column(s, "Likelihood")));
        assertEquals(0.55, forecast.getCell(column(s, "Min %")).getNumericCellValue(), 1e-9);
        assertEquals(0.80, forecast.getCell(column(s, "Max %")).getNumericCellValue(), 1e-9);
        assertEquals("No", text(forecast, column(s, "Joint act")), "a forecast is not an act");
        // a claim without a date of its own shows its event's enriched day, marked as enrichment
        Row envoys = s.getRow(ids.indexOf("fx-envoys") + 1);
        assertEquals("Yes", text(envoys, column(s, "Joint act")), "officials act for their states");
        assertEquals(LocalDate.of(2019, 2, 28), envoys.getCell(date).getLocalDateTimeCellValue().toLocalDate());
        assertEquals("Enrichment", text(envoys, column(s, "Date basis")));
        assertEquals("fixture reference", text(envoys, column(s, "Date reference")));
        assertFalse(envoys.getCell(column(s, "Date reference")).getCellStyle().getWrapText(),
                "a reference runs on to the right rather than making the row tall");
        assertEquals("China", text(s.getRow(ids.indexOf("fx-loans") + 1), column(s, "Who acts")));
    }

    @Test
    void timelineHasRealDatesAtTheirPrecisionInOrder() {
        Sheet s = wb.getSheet("Timeline");
        List<Event> events = fixture.timeline();
        assertEquals(events.size(), s.getLastRowNum());
        LocalDate previous = LocalDate.MIN;
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            Row row = s.getRow(i + 1);
            assertEquals(e.id(), text(row, column(s, "Event id")));
            assertEquals(e.title(), text(row, column(s, "Event")));
            assertEquals(e.status().label(), text(row, column(s, "Status")));
            Cell date = row.getCell(column(s, "Date"));
            if (fixture.analysis().effectiveDate(e).isEmpty()) {
                // an event the source gives no date for shows none, and comes after every dated one
                assertTrue(date == null || date.getCellType() == CellType.BLANK, e.id() + " shows a date");
                previous = LocalDate.MAX;
                continue;
            }
            assertNotEquals(LocalDate.MAX, previous, e.id() + " is dated but comes after an undated event");
            assertEquals(CellType.NUMERIC, date.getCellType());
            assertTrue(DateUtil.isCellDateFormatted(date));
            LocalDate d = date.getLocalDateTimeCellValue().toLocalDate();
            org.hotspotatlas.core.model.PartialDate best = fixture.analysis().effectiveDate(e).orElseThrow().date();
            assertEquals(best.start(), d);
            assertFalse(d.isBefore(previous), "chronological");
            previous = d;
            String format = date.getCellStyle().getDataFormatString();
            Precision p = best.precision();
            assertEquals(switch (p) {
                case YEAR -> "yyyy";
                case MONTH -> "mmm yyyy";
                case DAY, DAY_RANGE -> "d mmm yyyy";
            }, format);
            Cell until = row.getCell(column(s, "Until"));
            if (p == Precision.DAY_RANGE) {
                assertTrue(DateUtil.isCellDateFormatted(until));
                assertEquals(best.end(), until.getLocalDateTimeCellValue().toLocalDate());
            } else {
                assertTrue(until == null || until.getCellType() == CellType.BLANK);
            }
        }
        assertEquals(List.of("Freedonia founded", "Security Council vote on Freedonia", "Grand Forum summit",
                "Expected talks on the Sylvanian coast", "Upcoming donors' conference on Sylvania"),
                events.stream().map(Event::title).toList());
    }

    // ------------------------------------------------------------------ text is text, links, layout

    @Test
    void noFormulaCellAnywhereAndHostileTextStaysText() {
        int cells = 0;
        for (Sheet s : wb) {
            for (Row row : s) {
                for (Cell c : row) {
                    assertFalse(c.getCellType() == CellType.FORMULA, Book.where(c) + " is a formula");
                    cells++;
                }
            }
        }
        assertTrue(cells > 200);
        Cell summary = wb.getSheet("Matrix").getRow(1).getCell(column(wb.getSheet("Matrix"), "Summary"));
        assertEquals(CellType.STRING, summary.getCellType());
        assertEquals(fixture.hotspot("freedonia").orElseThrow().summary(), summary.getStringCellValue());
        assertTrue(summary.getStringCellValue().startsWith("="));
    }

    @Test
    void valuesStartingWithFormulaCharactersReadBackAsTheSameText() throws IOException {
        List<String> hostile = List.of("=1+2", "+SUM(A1:A2)", "-3*4", "@cmd|' /C calc'!A0", "=HYPERLINK(\"x\")");
        Atlas.Builder b = fixture.toBuilder();
        for (int i = 0; i < hostile.size(); i++) {
            b.addClaim(withSummary(fixture.claim("fx-loans").orElseThrow(), "fx-hostile-" + i, hostile.get(i)));
        }
        Atlas atlas = b.build();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(export(atlas, new XlsxExporter())))) {
            Sheet s = book.getSheet("Claims");
            int found = 0;
            for (Row row : s) {
                String id = text(row, 0);
                if (id.startsWith("fx-hostile-")) {
                    Cell c = row.getCell(column(s, "Summary"));
                    assertEquals(CellType.STRING, c.getCellType());
                    assertEquals(hostile.get(Integer.parseInt(id.substring(11))), c.getStringCellValue());
                    found++;
                }
            }
            assertEquals(hostile.size(), found);
        }
    }

    static Claim withSummary(Claim c, String id, String summary) {
        return new Claim(id, c.hotspot(), c.theatre(), c.subjects(), c.action(), c.objects(), summary, c.modality(),
                c.voice(), c.likelihood(), c.time(), c.quantities(), c.quote(), c.cameo(), c.events(), c.locators());
    }

    @Test
    void everyLinkResolvesToAnExistingCell() {
        int links = 0;
        for (Sheet s : wb) {
            for (org.apache.poi.ss.usermodel.Hyperlink h : s.getHyperlinkList()) {
                XSSFHyperlink link = (XSSFHyperlink) h;
                if (link.getType() == HyperlinkType.URL) {
                    String page = fixture.source().url().toString();
                    assertTrue(link.getAddress().equals(page) || link.getAddress().startsWith(page + "#:~:text="),
                            link.getAddress());
                    continue;
                }
                assertEquals(HyperlinkType.DOCUMENT, link.getType());
                AreaReference area = new AreaReference(link.getAddress(), SpreadsheetVersion.EXCEL2007);
                CellReference first = area.getFirstCell();
                Sheet target = wb.getSheet(first.getSheetName());
                assertNotNull(target, link.getAddress());
                Row row = target.getRow(first.getRow());
                assertNotNull(row, link.getAddress());
                assertNotNull(row.getCell(first.getCol()), link.getAddress());
                Row lastRow = target.getRow(area.getLastCell().getRow());
                assertNotNull(lastRow, link.getAddress());
                if (target.getSheetName().equals("Claims")) {
                    String from = text(s.getRow(link.getFirstRow()), column(s, "Hotspot"));
                    for (int r = first.getRow(); r <= area.getLastCell().getRow(); r++) {
                        String hotspot = text(target.getRow(r), column(target, "Hotspot"));
                        assertEquals(from.equals("Not tied to a hotspot") ? "" : from, hotspot, link.getAddress());
                    }
                }
                links++;
            }
        }
        // Go to claims: on the Overview, the Matrix and Actions for each hotspot with claims, and on
        // Actions for the claims tied to none
        long withClaims = fixture.hotspots().stream().filter(h -> !fixture.claimsIn(h.id()).isEmpty()).count();
        long unplaced = fixture.claims().stream().anyMatch(c -> c.hotspot() == null) ? 1 : 0;
        assertEquals(3 * withClaims + unplaced, links);
    }

    @Test
    void headersFrozenAndFiltered() {
        for (String name : List.of("Overview", "Matrix", "China vs Russia", "Actions", "Actors", "Claims",
                "Claim subjects", "Timeline")) {
            XSSFSheet s = wb.getSheet(name);
            assertNotNull(s.getPaneInformation(), name);
            assertTrue(s.getPaneInformation().isFreezePane(), name);
            assertEquals(1, s.getPaneInformation().getHorizontalSplitPosition(), name);
            boolean table = name.startsWith("Claim");
            assertEquals(table ? 1 : 0, s.getTables().size(), name);
            assertEquals(!table, s.getCTWorksheet().isSetAutoFilter(), name + ": a sheet filter may not overlap a table");
            for (int c = 0; c < s.getRow(0).getLastCellNum(); c++) {
                int w = s.getColumnWidth(c);
                assertTrue(w >= 4 * 256 && w <= 62 * 256, name + " column " + c + " width " + w);
            }
        }
        XSSFSheet m = wb.getSheet("Matrix");
        assertTrue(m.getRow(1).getCell(column(m, "China's role")).getCellStyle().getWrapText());
        assertTrue(m.getRow(1).getHeightInPoints() > 15f, "wrapped text gets room");
        String widest = fixture.hotspots().stream().map(Hotspot::name).max(java.util.Comparator.comparingInt(String::length))
                .orElseThrow();
        int chars = m.getColumnWidth(column(m, "Hotspot")) / 256;
        assertTrue(chars >= widest.length() * 0.8 + 2 && chars <= widest.length() + 3,
                "the widest hotspot name, " + widest + ", plus padding: " + chars);
    }

    @Test
    void aboutHasCitationVersionsVocabulariesAndScale() {
        Sheet s = wb.getSheet("About");
        List<String> all = new ArrayList<>();
        for (Row row : s) {
            for (Cell c : row) {
                if (c.getCellType() == CellType.STRING) {
                    all.add(c.getStringCellValue());
                }
            }
        }
        assertTrue(all.contains(fixture.source().title()));
        assertTrue(all.contains(fixture.dataVersion()));
        assertTrue(all.contains(fixture.formatVersion()));
        assertTrue(all.contains("ICD 203 likelihood scale"));
        assertTrue(all.contains("How to read locators"));
        for (Object[] v : AboutSheet.VOCABULARIES) {
            assertTrue(all.contains((String) v[0]));
            for (org.hotspotatlas.core.model.Vocabulary item : (org.hotspotatlas.core.model.Vocabulary[]) v[1]) {
                assertTrue(all.contains(item.code()), item.code());
                assertTrue(all.contains(item.label()), item.code());
                String meaning = item instanceof Action a
                        ? (a.isAct() ? "An act. " : "Not an act. ") + a.description() : item.description();
                assertTrue(all.contains(meaning), item.code());
            }
        }
        assertTrue(all.contains("55\u201380%"));
    }

    // ------------------------------------------------------------------ determinism and selection

    @Test
    void sameAtlasGivesSameBytesWithFixedTimes() throws IOException {
        byte[] again = export(fixture, new XlsxExporter());
        assertArrayEquals(bytes, again);
        int entries = 0;
        try (ZipInputStream zin = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = zin.getNextEntry(); e != null; e = zin.getNextEntry()) {
                assertEquals(LocalDateTime.of(2019, 6, 1, 12, 0), e.getTimeLocal(), e.getName());
                entries++;
            }
        }
        assertTrue(entries > 10);
        Date published = Date.from(LocalDate.of(2019, 6, 1).atStartOfDay(ZoneOffset.UTC).toInstant());
        assertEquals(published, wb.getProperties().getCoreProperties().getCreated());
        assertEquals(published, wb.getProperties().getCoreProperties().getModified());
    }

    @Test
    void selectionExportsOnlyThatHotspot() throws IOException {
        Atlas one = fixture.select(Selection.hotspots("freedonia"));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(export(one, new XlsxExporter())))) {
            Sheet m = book.getSheet("Matrix");
            assertEquals(1, m.getLastRowNum());
            assertEquals("Freedonia", text(m.getRow(1), column(m, "Hotspot")));
            Sheet claims = book.getSheet("Claims");
            assertEquals(one.claims().size(), claims.getLastRowNum());
            for (int r = 1; r <= claims.getLastRowNum(); r++) {
                assertFalse(text(claims.getRow(r), 1).equals("Sylvania"));
            }
            for (Sheet s : book) {
                for (Row row : s) {
                    for (Cell c : row) {
                        if (c.getCellType() == CellType.STRING) {
                            assertFalse(c.getStringCellValue().contains("Sylvania"), Book.where(c));
                        }
                    }
                }
            }
            assertEquals(1, book.getSheet("Actions").getDrawingPatriarch().getCharts().size());
        }
    }

    @Test
    void aSelectionWithNoClaimsOrEventsStillMakesAValidWorkbook() throws IOException {
        Atlas empty = fixture.select(Selection.all().between(LocalDate.of(1990, 1, 1), LocalDate.of(1990, 12, 31)));
        assertTrue(empty.events().isEmpty(), empty.toString());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(export(empty, new XlsxExporter())))) {
            assertEquals(9, book.getNumberOfSheets());
            assertEquals(empty.hotspots().size(), book.getSheet("Matrix").getLastRowNum());
            XSSFTable t = book.getSheet("Claims").getTables().get(0);
            assertEquals("A1:" + CellReference.convertNumToColString(book.getSheet("Claims").getRow(0).getLastCellNum() - 1)
                    + (Math.max(1, empty.claims().size()) + 1), t.getCTTable().getRef(),
                    "Excel needs a data row, even an empty one");
            assertEquals(0, book.getSheet("Timeline").getLastRowNum());
        }
    }

    // ------------------------------------------------------------------ limits

    @Test
    void textOverTheCellLimitIsCutWithAMarkerAndAWarning() throws IOException {
        String longText = "x".repeat(40_000);
        Atlas atlas = fixture.toBuilder()
                .addClaim(withSummary(fixture.claim("fx-loans").orElseThrow(), "fx-long", longText)).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportResult result = new XlsxExporter().export(atlas, out);
        assertEquals(2, result.warnings().size(), result.warnings().toString());
        assertTrue(result.warnings().get(0).startsWith("Claims!" + CellReference.convertNumToColString(
                column(wb.getSheet("Claims"), "Summary"))), result.warnings().get(0));
        assertTrue(result.warnings().get(0).contains("40000 characters"));
        assertTrue(result.warnings().get(1).startsWith("Claims, row "), result.warnings().get(1));
        assertTrue(result.warnings().get(1).contains("409 pt"), result.warnings().get(1));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            for (Row row : book.getSheet("Claims")) {
                if (text(row, 0).equals("fx-long")) {
                    String cut = text(row, column(book.getSheet("Claims"), "Summary"));
                    assertEquals(XlsxOptions.EXCEL_CELL_LIMIT, cut.length());
                    assertTrue(cut.endsWith(" \u2026 [cut: 40000 characters in all]"), cut.substring(32_700));
                    assertTrue(cut.startsWith("xxxx"));
                    return;
                }
            }
        }
        throw new AssertionError("fx-long not found");
    }

    @Test
    void aSmallerCellLimitIsHonouredAndWarningsAreCapped() throws IOException {
        Atlas.Builder b = fixture.toBuilder();
        for (int i = 0; i < 60; i++) {
            b.addClaim(withSummary(fixture.claim("fx-loans").orElseThrow(), "fx-long-" + i, "y".repeat(1500)));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportResult result = new XlsxExporter(XlsxOptions.defaults().withMaxCellText(1000)).export(b.build(), out);
        assertEquals(Warnings.KEEP + 1, result.warnings().size());
        assertEquals("... and 10 more warnings like these", result.warnings().get(Warnings.KEEP));
        Warnings one = new Warnings();
        for (int i = 0; i <= Warnings.KEEP; i++) {
            one.add("w" + i);
        }
        assertEquals("... and 1 more warning like these", one.list().get(Warnings.KEEP));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            int cut = 0;
            for (Row row : book.getSheet("Claims")) {
                if (text(row, 0).startsWith("fx-long-")) {
                    assertEquals(1000, text(row, column(book.getSheet("Claims"), "Summary")).length());
                    cut++;
                }
            }
            assertEquals(60, cut);
        }
    }

    @Test
    void aSheetOverExcelsRowLimitIsRefusedNamingTheCount() {
        Book.checkRows("Claims", 1_048_575, 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Book.checkRows("Claims", 1_048_576, 1));
        assertEquals("the Claims sheet would need 1048577 rows (1048576 records and 1 header row), but an Excel "
                + "sheet holds at most 1048576 rows; export a smaller selection of the atlas (Atlas.select)",
                e.getMessage());
    }

    @Test
    void optionsAreValidated() {
        assertThrows(IllegalArgumentException.class, () -> XlsxOptions.defaults().withMaxCellText(999));
        assertThrows(IllegalArgumentException.class, () -> XlsxOptions.defaults().withMaxCellText(32_768));
        assertThrows(IllegalArgumentException.class, () -> XlsxOptions.defaults().withRowWindow(5));
        assertEquals(new XlsxOptions(32_767, 100), XlsxOptions.defaults());
        assertEquals(500, XlsxOptions.defaults().withRowWindow(500).rowWindow());
    }

    @Test
    void textIsSanitisedAndSheetNamesAreSafe() {
        assertEquals("a\uFFFDb\uFFFD", Book.sanitise("a\u0001b\uD800"));
        String ok = "tab\there \uD83D\uDE00";
        assertTrue(ok == Book.sanitise(ok));
        assertEquals("a_b_c_d", Book.sheetName("a[b]c:d"));
        assertTrue(Book.sheetName("x".repeat(40)).length() <= 31);
    }

    @Test
    void writesAFileAtomically(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("atlas.xlsx");
        ExportResult r = new XlsxExporter().export(fixture, file);
        assertTrue(r.warnings().isEmpty());
        assertArrayEquals(bytes, Files.readAllBytes(file));
        try (var stream = Files.list(dir)) {
            assertEquals(1, stream.count(), "no temporary file left");
        }
        assertEquals("xlsx", new XlsxExporter().format());
        assertEquals(".xlsx", new XlsxExporter().fileExtension());
    }
}
