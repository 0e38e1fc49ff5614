package org.hotspotatlas.export.xlsx;

import static org.hotspotatlas.export.Hardening.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hotspotatlas.core.Atlas;
import org.hotspotatlas.core.Selection;
import org.hotspotatlas.export.Hardening;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.node.ObjectNode;

/**
 * Bidirectional controls in data are shown as visible markers wherever the workbook shows text, not
 * only in cells: the sheet named after the principals, the print footer, the document properties,
 * the chart's cached text and alternative text, the Excel tables' column names and the About sheet.
 * The fixture's principals, source and one hotspot are given controls; the workbook of a selection
 * of that hotspot is read back with POI, and its zip is searched for any control at all.
 */
class WorkbookBidiTest {

    private static final String RLO = "\u202E";
    private static final String LRI = "\u2066";
    private static final String RLE = "\u202B";
    private static final String PDI = "\u2069";
    private static final String LRO = "\u202D";

    private static Atlas atlas;
    private static byte[] bytes;
    private static XSSFWorkbook wb;
    private static String china;
    private static String russia;

    @BeforeAll
    static void export() throws IOException {
        atlas = Hardening.read(Hardening.fixtureWith(root -> {
            record(root, "actors", 0).put("name", "Ch" + RLO + "ina");
            record(root, "actors", 1).put("name", "Russia" + LRI);
            ObjectNode source = (ObjectNode) root.get("source");
            source.put("title", "Fixture " + RLE + "brief");
            source.put("publisher", "Test suite" + PDI);
            record(root, "hotspots", 1).put("name", "Sylvanian " + LRO + "mediation");
        }));
        assertEquals(List.of("Ch" + RLO + "ina", "Russia" + LRI),
                atlas.analysis().principals().stream().map(a -> a.name()).toList(), "the principals carry controls");
        china = "Ch[U+202E]ina";
        russia = "Russia[U+2066]";
        Selection sel = Selection.hotspots("sylvania");
        bytes = XlsxExporterTest.export(atlas.select(sel), new XlsxExporter(XlsxOptions.defaults().withSelection(sel)));
        wb = new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    private static boolean hasControl(String s) {
        return s != null && s.chars().anyMatch(c -> c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069);
    }

    @Test
    void noPartOfTheFileHoldsAControl() throws IOException {
        List<String> parts = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                parts.add(e.getName());
                String xml = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                assertFalse(hasControl(xml), e.getName() + " holds a bidirectional control");
                assertFalse(xml.matches("(?s).*&#(8234|8235|8236|8237|8238|8294|8295|8296|8297|x202[a-eA-E]|x206[6-9]);.*"),
                        e.getName() + " holds a bidirectional control as a character reference");
            }
        }
        assertTrue(parts.contains("docProps/core.xml") && parts.stream().anyMatch(p -> p.startsWith("xl/charts/")),
                parts::toString);
    }

    @Test
    void theSheetNamedAfterThePrincipalsShowsTheMarkersInRoundBrackets() {
        String name = "Ch(U+202E)ina vs Russia(U+2066)";
        assertNotNull(wb.getSheet(name), () -> {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            return names.toString();
        });
        wb.forEach(s -> assertFalse(hasControl(s.getSheetName()), s.getSheetName()));
        // the About sheet's list of sheets names it as it is
        assertTrue(strings(wb.getSheet("About")).contains(name));
    }

    @Test
    void footersHeadersAndPropertiesShowTheMarkers() {
        for (Sheet s : wb) {
            String footer = s.getFooter().getLeft();
            assertTrue(footer.contains("Fixture [U+202B]brief, Test suite[U+2069]"), s.getSheetName() + ": " + footer);
            for (String part : List.of(s.getHeader().getLeft(), s.getHeader().getCenter(), s.getHeader().getRight(),
                    footer, s.getFooter().getCenter(), s.getFooter().getRight())) {
                assertFalse(hasControl(part), s.getSheetName() + ": " + part);
            }
        }
        POIXMLProperties.CoreProperties core = wb.getProperties().getCoreProperties();
        assertEquals("Hotspot Atlas: Fixture [U+202B]brief", core.getTitle());
        assertEquals(china + " and " + russia + ": coordination across hotspots", core.getSubject());
        assertFalse(hasControl(core.getDescription()), core.getDescription());
    }

    @Test
    void theChartsCachedTextAndAlternativeTextShowTheMarkers() {
        XSSFDrawing drawing = ((XSSFSheet) wb.getSheet("Actions")).getDrawingPatriarch();
        assertNotNull(drawing, "the Actions sheet has its chart");
        List<XSSFChart> charts = drawing.getCharts();
        assertEquals(1, charts.size());
        XSSFChart chart = charts.get(0);
        String xml = chart.getCTChart().xmlText();
        assertTrue(xml.contains(china + " without " + russia) && xml.contains(russia + " without " + china),
                "series titles: " + xml);
        assertTrue(xml.contains("Sylvanian [U+202D]mediation"), "the category names: " + xml);
        assertFalse(hasControl(xml));
        String alt = drawing.getCTDrawing().getTwoCellAnchorArray(0).getGraphicFrame().getNvGraphicFramePr().getCNvPr()
                .getDescr();
        assertTrue(alt.contains(china + " without " + russia), alt);
        assertFalse(hasControl(alt), alt);
    }

    @Test
    void tableColumnNamesAreTheirHeaderCellsText() {
        int tables = 0;
        for (Sheet s : wb) {
            for (XSSFTable t : ((XSSFSheet) s).getTables()) {
                tables++;
                Row head = s.getRow(t.getStartRowIndex());
                for (int i = 0; i < t.getColumnCount(); i++) {
                    Cell c = head.getCell(t.getStartColIndex() + i);
                    assertEquals(c.getStringCellValue(), t.getColumns().get(i).getName(), s.getSheetName());
                }
            }
        }
        assertEquals(2, tables, "Claims and Claim subjects");
        List<String> headers = new ArrayList<>();
        wb.getSheet("Claims").getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
        assertTrue(headers.contains(china + " as subject") && headers.contains(russia + " as subject"), headers::toString);
    }

    @Test
    void theAboutSheetShowsTheMarkers() {
        List<String> about = strings(wb.getSheet("About"));
        assertTrue(about.contains("Fixture [U+202B]brief"), "the source title");
        assertTrue(about.contains("Sylvanian [U+202D]mediation (sylvania)"), "the hotspots kept: " + about);
        assertTrue(about.stream().anyMatch(x -> x.startsWith("This workbook sets out") && x.contains(china + " and "
                + russia)), "the introduction names the principals");
        assertTrue(about.stream().anyMatch(x -> x.startsWith("Test suite[U+2069]. ")), "the citation");
    }

    @Test
    void noCellHoldsAControl() {
        for (Sheet s : wb) {
            for (String v : strings(s)) {
                assertFalse(hasControl(v), s.getSheetName() + ": " + v);
            }
        }
    }

    private static List<String> strings(Sheet s) {
        List<String> out = new ArrayList<>();
        for (Row row : s) {
            for (Cell c : row) {
                if (c.getCellType() == CellType.STRING) {
                    out.add(c.getStringCellValue());
                }
            }
        }
        return out;
    }
}
