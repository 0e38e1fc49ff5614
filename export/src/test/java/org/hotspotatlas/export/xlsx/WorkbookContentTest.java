package org.hotspotatlas.export.xlsx;

import static org.hotspotatlas.export.xlsx.XlsxExporterTest.column;
import static org.hotspotatlas.export.xlsx.XlsxExporterTest.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hotspotatlas.core.Analysis;
import org.hotspotatlas.core.Atlas;
import org.hotspotatlas.core.Selection;
import org.hotspotatlas.core.WhoActs;
import org.hotspotatlas.core.model.Actor;
import org.hotspotatlas.core.model.Claim;
import org.hotspotatlas.core.model.Hotspot;
import org.hotspotatlas.core.model.Locator;
import org.hotspotatlas.core.model.Modality;
import org.hotspotatlas.core.model.Precision;
import org.hotspotatlas.core.model.TimeRef;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the workbook says, read back with POI and checked against core's analysis of the same atlas:
 * the Overview, ids next to names, the two flat tables, the acts counted on the Actions sheet, and
 * the About sheet's selection, citation, licence and data dictionary.
 */
class WorkbookContentTest {

    private static Atlas fixture;
    private static Analysis analysis;
    private static XSSFWorkbook wb;
    private static Actor first;
    private static Actor second;

    @BeforeAll
    static void exportFixture() throws IOException {
        fixture = XlsxExporterTest.load();
        analysis = fixture.analysis();
        assertEquals(2, analysis.principals().size(), "the fixture names its principals");
        first = analysis.principals().get(0);
        second = analysis.principals().get(1);
        wb = new XSSFWorkbook(new ByteArrayInputStream(XlsxExporterTest.export(fixture, new XlsxExporter())));
    }

    /** Rows of a sheet's table under its header, stopping at the first empty row. */
    private static List<Row> rows(Sheet s) {
        List<Row> rows = new ArrayList<>();
        for (int r = 1; r <= s.getLastRowNum(); r++) {
            Row row = s.getRow(r);
            if (row == null || row.getCell(0) == null && row.getCell(1) == null) {
                break;
            }
            rows.add(row);
        }
        return rows;
    }

    private static int number(Row row, int col) {
        Cell c = row.getCell(col);
        assertNotNull(c, Book.where(row.getSheet().getRow(0).getCell(col)) + " row " + row.getRowNum());
        assertEquals(CellType.NUMERIC, c.getCellType(), Book.where(c));
        return (int) c.getNumericCellValue();
    }

    private static String comparisonSheet() {
        return first.name() + " vs " + second.name();
    }

    // ------------------------------------------------------------------ structure

    @Test
    void sheetsComeInReadingOrderWithThePrincipalsNamedFromTheData() {
        List<String> names = new ArrayList<>();
        wb.forEach(s -> names.add(s.getSheetName()));
        assertEquals(List.of("Overview", "Matrix", comparisonSheet(), "Actions", "Actors", "Claims", "Claim subjects",
                "Timeline", "About"), names);
        assertEquals(0, wb.getActiveSheetIndex(), "the workbook opens on the Overview");
    }

    // ------------------------------------------------------------------ Overview

    @Test
    void overviewHasOneCodedRowPerHotspotWithCountsFromTheAnalysis() {
        XSSFSheet s = wb.getSheet("Overview");
        List<Row> rows = rows(s);
        assertEquals(fixture.hotspots().size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Hotspot h = fixture.hotspots().get(i);
            Row row = rows.get(i);
            assertEquals(h.id(), text(row, column(s, "Hotspot id")));
            assertEquals(h.name(), text(row, column(s, "Hotspot")));
            assertEquals(h.assessment().pattern().label(), text(row, column(s, "Pattern")));
            assertEquals(h.assessment().alignment().label(), text(row, column(s, "Alignment with U.S. interests")));
            assertEquals(analysis.alignmentBasis(h).label(), text(row, column(s, "Basis of alignment")));
            for (Actor p : List.of(first, second)) {
                String expected = String.join(", ", h.role(p.id()).orElseThrow().instruments().stream()
                        .map(x -> x.label()).toList());
                assertEquals(expected, text(row, column(s, p.name() + "'s instruments")), p.id());
            }
            assertEquals(analysis.jointActs(h.id()).size(), number(row, column(s, "Joint acts")));
            assertEquals(fixture.claimsIn(h.id()).size(), number(row, column(s, "Claims")));
            assertEquals(fixture.claimsIn(h.id()).stream().filter(c -> c.modality() == Modality.FORECAST).count(),
                    number(row, column(s, "Forecasts")));
            Cell go = row.getCell(column(s, "Go to claims"));
            assertEquals("Go to claims", go.getStringCellValue());
            assertClaimsBlock(go.getHyperlink(), h.id());
        }
        assertTrue(s.getCTWorksheet().isSetAutoFilter(), "the Overview filters");
        assertEquals(2, s.getPaneInformation().getVerticalSplitPosition(), "id and name stay in view");
    }

    @Test
    void overviewCodesColourByValueAndFitOneScreen() {
        XSSFSheet s = wb.getSheet("Overview");
        Map<String, String> fillOf = new HashMap<>();
        for (String header : List.of("Pattern", "Alignment with U.S. interests", "Basis of alignment")) {
            int col = column(s, header);
            for (Row row : rows(s)) {
                XSSFCellStyle style = (XSSFCellStyle) row.getCell(col).getCellStyle();
                assertNotNull(style.getFillForegroundXSSFColor(), Book.where(row.getCell(col)) + " is coloured");
                String argb = style.getFillForegroundXSSFColor().getARGBHex();
                String value = header + "=" + text(row, col);
                String before = fillOf.putIfAbsent(value, argb);
                assertTrue(before == null || before.equals(argb), value + " has one colour");
            }
        }
        double px = 0;
        for (int c = 0; c < s.getRow(0).getLastCellNum(); c++) {
            px += s.getColumnWidthInPixels(c);
        }
        assertTrue(px <= 1600, "the Overview is " + px + " pixels wide");
        assertTrue(s.getLastRowNum() < 30, "the Overview fits a screen's height");
    }

    private static void assertClaimsBlock(Hyperlink link, String hotspotId) {
        assertNotNull(link);
        assertEquals(HyperlinkType.DOCUMENT, link.getType());
        AreaReference area = new AreaReference(link.getAddress(), SpreadsheetVersion.EXCEL2007);
        Sheet claims = wb.getSheet(area.getFirstCell().getSheetName());
        assertEquals("Claims", claims.getSheetName());
        int col = column(claims, "Hotspot id");
        Set<String> ids = new HashSet<>();
        for (int r = area.getFirstCell().getRow(); r <= area.getLastCell().getRow(); r++) {
            ids.add(text(claims.getRow(r), col));
        }
        assertEquals(Set.of(hotspotId), ids, link.getAddress());
        assertEquals(fixture.claimsIn(hotspotId).size(), area.getLastCell().getRow() - area.getFirstCell().getRow() + 1);
        assertEquals(claims.getRow(0).getLastCellNum() - 1, area.getLastCell().getCol(), "the whole row");
    }

    // ------------------------------------------------------------------ ids

    /** On every record sheet, each "X id" column sits just left of the X it names, and names match ids. */
    @Test
    void everyRecordSheetHasIdsNextToNames() {
        Map<String, java.util.function.Function<String, String>> names = Map.of(
                "Hotspot", fixture::hotspotName, "Actor", fixture::actorName, "Subject", fixture::actorName,
                "Theatre", fixture::theatreName, "Event", fixture::eventTitle);
        int checked = 0;
        for (Sheet s : wb) {
            if (s.getSheetName().equals("About")) {
                continue;
            }
            Row head = s.getRow(0);
            boolean any = false;
            for (Cell h : head) {
                String header = h.getStringCellValue();
                if (!header.endsWith(" id") || header.equals("Claim id")) {
                    continue;
                }
                any = true;
                String name = header.substring(0, header.length() - 3);
                assertEquals(name, text(head, h.getColumnIndex() + 1), s.getSheetName() + ": " + header);
                for (Row row : rows(s)) {
                    String id = text(row, h.getColumnIndex());
                    if (!id.isEmpty()) {
                        assertEquals(names.get(name).apply(id), text(row, h.getColumnIndex() + 1),
                                s.getSheetName() + " " + id);
                        checked++;
                    }
                }
            }
            assertTrue(any || s.getSheetName().equals("Claims"), s.getSheetName() + " has an id column");
        }
        assertTrue(checked > 40, "ids checked: " + checked);
    }

    // ------------------------------------------------------------------ Claims

    private static Map<String, Row> claimRows(Sheet s) {
        Map<String, Row> byId = new HashMap<>();
        for (Row row : rows(s)) {
            byId.put(text(row, column(s, "Claim id")), row);
        }
        return byId;
    }

    @Test
    void claimsTableIsPivotReadyWithWhoActsJointActsAndPrincipalsAsSubjects() {
        XSSFSheet s = wb.getSheet("Claims");
        XSSFTable t = s.getTables().get(0);
        assertEquals("ClaimsTable", t.getName());
        assertEquals(fixture.claims().size() + 1, t.getRowCount());
        for (int c = 0; c < t.getColumnCount(); c++) {
            assertEquals(text(s.getRow(0), c), t.getColumns().get(c).getName());
        }
        Map<String, Row> byId = claimRows(s);
        assertEquals(fixture.claims().size(), byId.size());
        int joint = 0;
        for (Claim c : fixture.claims()) {
            Row row = byId.get(c.id());
            WhoActs who = analysis.whoActs(c);
            assertEquals(who.label(), text(row, column(s, "Who acts")), c.id());
            assertEquals(analysis.isJointAct(c) ? "Yes" : "No", text(row, column(s, "Joint act")), c.id());
            assertEquals(analysis.isAct(c) ? "Yes" : "No", text(row, column(s, "Act")), c.id());
            for (Actor p : List.of(first, second)) {
                boolean acts = who.isJoint() || p.id().equals(who.principal());
                assertEquals(acts ? "Yes" : "No", text(row, column(s, p.name() + " as subject")), c.id());
            }
            assertEquals(c.hotspot() == null ? "" : c.hotspot(), text(row, column(s, "Hotspot id")));
            assertEquals(c.action().label(), text(row, column(s, "Action")));
            joint += analysis.isJointAct(c) ? 1 : 0;
        }
        assertEquals(analysis.jointActs().size(), joint);
        assertTrue(joint > 0, "the fixture has joint acts");
    }

    @Test
    void claimsCarryTheIcdBandAsNumbersAndTheEffectiveDateAsARealDate() {
        XSSFSheet s = wb.getSheet("Claims");
        Map<String, Row> byId = claimRows(s);
        int dated = 0;
        for (Claim c : fixture.claims()) {
            Row row = byId.get(c.id());
            Cell min = row.getCell(column(s, "Min %"));
            Cell max = row.getCell(column(s, "Max %"));
            if (c.likelihood() == null) {
                assertNull(min, c.id());
                assertNull(max, c.id());
            } else {
                assertEquals(c.likelihood().minPercent() / 100.0, min.getNumericCellValue(), 1e-9);
                assertEquals(c.likelihood().maxPercent() / 100.0, max.getNumericCellValue(), 1e-9);
                assertEquals("0%", min.getCellStyle().getDataFormatString());
                assertEquals(c.likelihood().label(), text(row, column(s, "Likelihood")));
            }
            Optional<TimeRef> when = analysis.effectiveDate(c);
            Cell date = row.getCell(column(s, "Date"));
            if (when.isEmpty()) {
                assertNull(date, c.id());
                assertEquals("", text(row, column(s, "Precision")));
                continue;
            }
            dated++;
            assertTrue(DateUtil.isCellDateFormatted(date), c.id());
            assertEquals(when.get().date().start(), date.getLocalDateTimeCellValue().toLocalDate(), c.id());
            assertEquals(when.get().date().precision().label(), text(row, column(s, "Precision")), c.id());
            assertEquals(when.get().derivation().label(), text(row, column(s, "Date basis")), c.id());
            assertEquals(when.get().reference() == null ? "" : when.get().reference(),
                    text(row, column(s, "Date reference")), c.id());
            Precision p = when.get().date().precision();
            assertEquals(switch (p) {
                case YEAR -> "yyyy";
                case MONTH -> "mmm yyyy";
                case DAY, DAY_RANGE -> "d mmm yyyy";
            }, date.getCellStyle().getDataFormatString(), c.id());
        }
        assertTrue(dated >= 3, "dated claims: " + dated);
        // a claim without a date of its own takes its event's, marked as enrichment where it is one
        boolean fromEvent = fixture.claims().stream().anyMatch(c -> c.time() == null && analysis.effectiveDate(c).isPresent());
        assertTrue(fromEvent, "the fixture has a claim dated by its event");
    }

    @Test
    void theSourceColumnLinksToTheCitedSentencesWhereTheDataCanPointToThem() {
        XSSFSheet s = wb.getSheet("Claims");
        Map<String, Row> byId = claimRows(s);
        for (Claim c : fixture.claims()) {
            Cell cell = byId.get(c.id()).getCell(column(s, "Source"));
            Locator firstLocator = new TreeSet<>(c.locators()).first();
            // all the claim's sentences highlighted where each has an anchor, else the first one's own link
            Optional<URI> link = fixture.source().link(c.locators()).or(() -> fixture.source().link(firstLocator));
            assertEquals((link.isPresent() ? "Open " : "") + firstLocator, cell.getStringCellValue(), c.id());
            if (link.isPresent()) {
                assertNotNull(cell.getHyperlink(), c.id());
                assertEquals(HyperlinkType.URL, cell.getHyperlink().getType());
                assertEquals(link.get().toASCIIString(), cell.getHyperlink().getAddress());
            } else {
                assertNull(cell.getHyperlink(), c.id() + ": no anchor, so the locator without a link");
            }
            assertNull(byId.get(c.id()).getCell(column(s, "Summary")).getHyperlink(), "no link on long text");
        }
    }

    // ------------------------------------------------------------------ Claim subjects

    @Test
    void claimSubjectsHasOneRowPerClaimAndSubjectAndPivotsOnWhoActsFor() {
        XSSFSheet s = wb.getSheet("Claim subjects");
        XSSFTable t = s.getTables().get(0);
        assertEquals("ClaimSubjectsTable", t.getName());
        List<Row> rows = rows(s);
        int expected = fixture.claims().stream().mapToInt(c -> c.subjects().size()).sum();
        assertEquals(expected, rows.size());
        assertEquals(expected + 1, t.getRowCount());
        Set<String> pairs = new HashSet<>();
        Map<String, Set<String>> claimsActedBy = new HashMap<>();
        for (Row row : rows) {
            String claim = text(row, column(s, "Claim id"));
            String subject = text(row, column(s, "Subject id"));
            assertTrue(pairs.add(claim + "/" + subject), "one row per claim and subject");
            Claim c = fixture.claim(claim).orElseThrow();
            assertTrue(c.subjects().contains(subject));
            String actsFor = analysis.principalOf(subject).map(Actor::name).orElse("");
            assertEquals(actsFor, text(row, column(s, "Acts for")), claim + "/" + subject);
            assertEquals(analysis.whoActs(c).label(), text(row, column(s, "Who acts")));
            claimsActedBy.computeIfAbsent(actsFor, k -> new HashSet<>()).add(claim);
        }
        // the one-click pivot: claims where the second principal acts, counted from the flat table,
        // equal the claims marked so on the Claims sheet
        XSSFSheet claims = wb.getSheet("Claims");
        int col = column(claims, second.name() + " as subject");
        long marked = rows(claims).stream().filter(r -> text(r, col).equals("Yes")).count();
        assertEquals(marked, claimsActedBy.getOrDefault(second.name(), Set.of()).size());
        assertTrue(marked > 0);
    }

    // ------------------------------------------------------------------ Actions

    @Test
    void actionsCountActsByWhoActsAsTheAnalysisDoes() {
        XSSFSheet s = wb.getSheet("Actions");
        List<WhoActs> who = analysis.whoActsValues().stream().filter(w -> w.kind() != WhoActs.Kind.OTHER).toList();
        assertEquals(4, who.size(), "joint, parallel, and each principal");
        int checked = 0;
        for (Row row : rows(s)) {
            String id = text(row, column(s, "Hotspot id"));
            if (id.isEmpty()) {
                assertEquals("Not tied to a hotspot", text(row, column(s, "Hotspot")));
                continue;
            }
            Map<WhoActs, List<Claim>> acts = analysis.acts(id);
            int all = 0;
            Map<String, Integer> byType = new HashMap<>();
            for (WhoActs w : who) {
                String header = switch (w.kind()) {
                    case JOINT -> "Joint acts";
                    case PARALLEL -> "Both in parallel";
                    default -> w.label() + " without " + analysis.principals().stream()
                            .filter(p -> !p.id().equals(w.principal())).findFirst().orElseThrow().name();
                };
                int n = acts.get(w).size();
                assertEquals(n, number(row, column(s, header)), id + " " + header);
                all += n;
                acts.get(w).forEach(c -> byType.merge(c.action().label(), 1, Integer::sum));
                checked++;
            }
            assertEquals(all, number(row, column(s, "All their acts")), id);
            int allCol = column(s, "All their acts");
            int goCol = column(s, "Go to claims");
            int sum = 0;
            for (int c = allCol + 1; c < goCol; c++) {
                String type = text(s.getRow(0), c);
                assertEquals((int) byType.getOrDefault(type, 0), number(row, c), id + " " + type);
                sum += number(row, c);
            }
            assertEquals(all, sum, "every act has one type");
            assertEquals(analysis.jointActs(id).size(), number(row, column(s, "Joint acts")));
        }
        assertEquals(4 * fixture.hotspots().size(), checked);
        // acts only: no column for an action type that is not an act
        int allCol = column(s, "All their acts");
        for (int c = allCol + 1; c < column(s, "Go to claims"); c++) {
            String type = text(s.getRow(0), c);
            assertTrue(java.util.Arrays.stream(org.hotspotatlas.core.model.Action.values())
                    .anyMatch(a -> a.label().equals(type) && a.isAct()), type + " is an act");
        }
    }

    @Test
    void theChartHasOneColourPerSeriesAltTextGridlinesAndSitsInTheScrollingArea() {
        XSSFSheet s = wb.getSheet("Actions");
        XSSFDrawing drawing = s.getDrawingPatriarch();
        XSSFChart chart = drawing.getCharts().get(0);
        var bar = chart.getCTChart().getPlotArea().getBarChartArray(0);
        assertEquals(4, bar.sizeOfSerArray(), "joint, parallel, and each principal without the other");
        Set<String> colours = new HashSet<>();
        for (var ser : bar.getSerList()) {
            colours.add(ser.getSpPr().getSolidFill().getSrgbClr().getVal().toString());
        }
        assertEquals(4, colours.size(), "every series its own colour");
        assertTrue(chart.getCTChart().getPlotArea().getValAxArray(0).isSetMajorGridlines(), "gridlines");
        // read back, the chart's frame is known only to the drawing's anchor
        var anchor = drawing.getCTDrawing().getTwoCellAnchorArray(0);
        var props = anchor.getGraphicFrame().getNvGraphicFramePr().getCNvPr();
        assertFalse(props.getTitle() == null || props.getTitle().isBlank(), "alt text title");
        assertTrue(props.getDescr().contains("table above"), props.getDescr());
        int frozenCols = s.getPaneInformation().getVerticalSplitPosition();
        assertTrue(anchor.getFrom().getCol() >= frozenCols, "the chart starts right of the frozen columns");
        assertTrue(anchor.getFrom().getRow() > rows(s).size(), "the chart sits below the table");
    }

    // ------------------------------------------------------------------ Matrix

    @Test
    void matrixListsExactlyTheJointActsWithTheirEffectiveDates() {
        XSSFSheet s = wb.getSheet("Matrix");
        for (Row row : rows(s)) {
            String id = text(row, column(s, "Hotspot id"));
            String cell = text(row, column(s, "Joint acts"));
            List<Claim> acts = analysis.jointActs(id);
            if (acts.isEmpty()) {
                assertEquals("No joint act recorded.", cell);
                continue;
            }
            assertEquals(acts.size(), cell.split("\n").length, cell);
            for (Claim c : acts) {
                String when = analysis.effectiveDate(c).map(t -> " (" + Labels.date(t.date()) + ")").orElse("");
                assertTrue(cell.contains("\u2022 " + c.action().label() + when + ": " + c.summary()), cell);
            }
        }
        assertTrue(text(s.getRow(1), column(s, first.name() + "'s role")).startsWith("Does: "));
    }

    // ------------------------------------------------------------------ no principals

    @Test
    void anAtlasThatNamesNoPrincipalsStillMakesAWorkbookWithoutPrincipalColumns() throws IOException {
        Atlas none = fixture.toBuilder().relationship(org.hotspotatlas.core.model.Relationship.none()).build();
        assertTrue(none.analysis().principals().isEmpty());
        byte[] bytes = XlsxExporterTest.export(none, new XlsxExporter());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            List<String> names = new ArrayList<>();
            book.forEach(s -> names.add(s.getSheetName()));
            assertEquals(List.of("Overview", "Matrix", "Actions", "Actors", "Claims", "Claim subjects", "Timeline",
                    "About"), names, "no instruments grid without a pair to compare");
            for (Sheet s : book) {
                for (Cell h : s.getRow(0)) {
                    String header = h.getCellType() == CellType.STRING ? h.getStringCellValue() : "";
                    assertFalse(header.endsWith(" as subject") || header.endsWith("'s instruments")
                            || header.endsWith("'s role") || header.contains(" without "), s.getSheetName() + ": " + header);
                }
            }
            Sheet claims = book.getSheet("Claims");
            for (Row row : rows(claims)) {
                assertEquals("Other", text(row, column(claims, "Who acts")));
                assertEquals("No", text(row, column(claims, "Joint act")));
            }
            assertTrue(strings(book.getSheet("Actions")).stream().anyMatch(x -> x.contains("names no pair of principals")));
            assertTrue(strings(book.getSheet("About")).contains("None named by the dataset."));
        }
    }

    // ------------------------------------------------------------------ About

    private static List<String> strings(Sheet s) {
        List<String> all = new ArrayList<>();
        for (Row row : s) {
            for (Cell c : row) {
                if (c.getCellType() == CellType.STRING) {
                    all.add(c.getStringCellValue());
                }
            }
        }
        return all;
    }

    @Test
    void aboutHasADataDictionaryOfEveryColumnOfEverySheet() {
        Sheet about = wb.getSheet("About");
        Set<String> described = new HashSet<>();
        boolean inDictionary = false;
        int previous = -1;
        for (Row row : about) {
            String a = text(row, 0);
            if (a.startsWith("Data dictionary")) {
                inDictionary = true;
                previous = row.getRowNum();
                continue;
            }
            if (inDictionary) {
                if (row.getRowNum() != previous + 1) {
                    break; // the blank row after the dictionary
                }
                previous = row.getRowNum();
                if (!a.equals("Sheet")) {
                    assertFalse(text(row, 2).isBlank(), "a meaning for " + a + " / " + text(row, 1));
                    described.add(a + " / " + text(row, 1));
                }
            }
        }
        int columns = 0;
        for (Sheet s : wb) {
            if (s.getSheetName().equals("About")) {
                continue;
            }
            for (Cell h : s.getRow(0)) {
                if (h.getCellType() == CellType.STRING) {
                    assertTrue(described.contains(s.getSheetName() + " / " + h.getStringCellValue()),
                            "the dictionary explains " + s.getSheetName() + " / " + h.getStringCellValue());
                    columns++;
                }
            }
        }
        assertTrue(columns > 80, "columns: " + columns);
    }

    /**
     * Read back from the workbook alone: no claim shows a date that one of its events, as the Timeline
     * shows it, makes more precise (a month beside that event's day inside it), so a pivot by day never
     * splits one happening in two; on the fixture and on the bundled data. The Claim subjects table
     * carries each claim's locators.
     */
    @Test
    void claimsAndTheirEventsAgreeOnDatesAndSubjectRowsCarryTheLocators() throws IOException {
        int refined = 0;
        for (byte[] bytes : List.of(XlsxExporterTest.export(fixture, new XlsxExporter()),
                XlsxExporterTest.export(Atlas.bundled(), new XlsxExporter()))) {
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
                Sheet timeline = book.getSheet("Timeline");
                Map<String, java.time.LocalDate[]> events = new HashMap<>();
                for (Row row : rows(timeline)) {
                    span(row, timeline).ifPresent(d -> events.put(text(row, column(timeline, "Event id")), d));
                }
                Sheet claims = book.getSheet("Claims");
                for (Row row : rows(claims)) {
                    Optional<java.time.LocalDate[]> own = span(row, claims);
                    String ids = text(row, column(claims, "Event ids"));
                    if (own.isEmpty() || ids.isEmpty()) {
                        continue;
                    }
                    for (String id : ids.split("; ")) {
                        java.time.LocalDate[] e = events.get(id);
                        java.time.LocalDate[] c = own.get();
                        if (e == null) {
                            continue;
                        }
                        boolean inside = !e[0].isBefore(c[0]) && !e[1].isAfter(c[1]);
                        boolean narrower = e[1].toEpochDay() - e[0].toEpochDay() < c[1].toEpochDay() - c[0].toEpochDay();
                        assertFalse(inside && narrower, text(row, 0) + " shows " + c[0] + "/" + c[1] + " but its event "
                                + id + " shows " + e[0] + "/" + e[1]);
                        if (Arrays.equals(e, c)) {
                            refined++;
                        }
                    }
                }
            }
        }
        assertTrue(refined > 0, "some claims show their event's date");
    }

    /** A dated row's first and last day, from its Date, Until and Precision cells. */
    private static Optional<java.time.LocalDate[]> span(Row row, Sheet s) {
        Cell date = row.getCell(column(s, "Date"));
        if (date == null || date.getCellType() != CellType.NUMERIC) {
            return Optional.empty();
        }
        java.time.LocalDate start = date.getLocalDateTimeCellValue().toLocalDate();
        Cell until = row.getCell(column(s, "Until"));
        java.time.LocalDate end = switch (text(row, column(s, "Precision"))) {
            case "Year" -> start.withDayOfYear(start.lengthOfYear());
            case "Month" -> start.withDayOfMonth(start.lengthOfMonth());
            default -> until == null ? start : until.getLocalDateTimeCellValue().toLocalDate();
        };
        return Optional.of(new java.time.LocalDate[] {start, end});
    }

    @Test
    void aboutSaysWhatWasSelectedHowToCiteAndTheLicence() throws IOException {
        List<String> all = strings(wb.getSheet("About"));
        assertTrue(all.contains("None: the whole dataset."), "no selection recorded");
        assertTrue(all.contains("How to cite") && all.contains("Licence"));
        String cite = all.stream().filter(x -> x.startsWith(fixture.source().publisher() + ". ")).findFirst().orElseThrow();
        assertTrue(cite.contains(fixture.dataVersion()) && cite.contains(fixture.source().url().toString()), cite);
        assertTrue(all.stream().anyMatch(x -> x.contains("Apache License 2.0")));

        Hotspot h = fixture.hotspots().get(0);
        Selection sel = Selection.hotspots(h.id());
        byte[] bytes = XlsxExporterTest.export(fixture.select(sel),
                new XlsxExporter(XlsxOptions.defaults().withSelection(sel)));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            List<String> about = strings(book.getSheet("About"));
            assertTrue(about.stream().anyMatch(x -> x.startsWith("Part of the dataset: " + sel.describe())), about::toString);
            assertTrue(about.contains(h.name() + " (" + h.id() + ")"), about::toString);
            assertTrue(about.stream().anyMatch(x -> x.contains("selection: " + sel.describe())), "the citation says so");
            assertTrue(about.stream().anyMatch(x -> x.startsWith("1 hotspot, ")), "not \"1 hotspots\"");
            assertTrue(strings(book.getSheet("Overview")).stream()
                    .anyMatch(x -> x.startsWith("This workbook holds part of the dataset: " + sel.describe() + ". ")),
                    "the Overview says it is a selection");
            // no count of one anywhere in the workbook takes a plural noun
            java.util.regex.Pattern onePlural = java.util.regex.Pattern.compile(
                    "(?<![\\d.,])\\b1 (more )?(joint )?(hotspot|actor|claim|event|act|warning|character|row|record)s\\b");
            for (Sheet s : book) {
                for (String x : strings(s)) {
                    assertFalse(onePlural.matcher(x).find(), s.getSheetName() + ": " + x);
                }
            }
        }
        assertEquals("1 hotspot", Labels.count(1, "hotspot"));
        assertEquals("0 claims", Labels.count(0, "claim"));
        assertEquals("2 events", Labels.count(2, "event"));
    }
}
