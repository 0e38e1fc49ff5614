package org.hotspotatlas.export.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.hotspotatlas.core.model.Locator;
import org.hotspotatlas.sourcetext.SourceText;
import org.hotspotatlas.sourcetext.SourceText.Directive;
import org.hotspotatlas.sourcetext.SourceText.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Follows every link in every file that {@code hotspot-atlas export} writes for the bundled data (all
 * formats) back into the article, as a browser would (see {@link SourceText}): each link's text
 * directives are decoded, and each must find, first in the article, a passage inside the sentence it
 * stands for. The links are read with independent readers: PDFBox (link annotations with URI actions,
 * the text under each), POI (the Word brief's hyperlinks and their relationship targets; the
 * workbook's cell hyperlinks) and a plain JSON reader. Every locator a reader sees as text in the
 * PDF, the Word brief and the workbook is also behind a link. Skipped where the article is not next
 * to the repository.
 */
class LinksInEveryOutputTest {

    /** A locator as printed, or a range of consecutive sentences of one line: ¶4.2, ¶4, ¶4.2–5. */
    private static final Pattern PRINTED = Pattern.compile("\u00B6([1-9][0-9]*)(?:\\.([1-9][0-9]*)(?:\u2013\\R?([1-9][0-9]*))?)?(?![0-9])");
    /** A link's label: one printed locator or range (the text under a PDF link may take in the punctuation beside it). */
    private static final Pattern ONE_LABEL = Pattern.compile("\\s*\\(?" + PRINTED.pattern() + "[,.)]?\\s*");

    @TempDir
    static Path out;

    private static SourceText article;

    @BeforeAll
    static void exportEverything() throws IOException {
        Optional<SourceText> text = SourceText.shared();
        assumeTrue(text.isPresent(), "the article (shared/source/article.txt) is not next to the repository");
        article = text.get();
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = HotspotAtlasCli.run(new PrintWriter(o), new PrintWriter(e), "export", "-o", out.toString());
        assertEquals(0, code, e.toString());
    }

    private static Path file(String ending) throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            List<Path> found = files.filter(p -> p.getFileName().toString().endsWith(ending)
                    && !(ending.equals(".json") && p.getFileName().toString().matches(".*\\.(graph|annotations)\\.json")))
                    .toList();
            assertEquals(1, found.size(), "one " + ending + " file in " + out + ": " + found);
            return found.get(0);
        }
    }

    /** The locators a printed label stands for: ¶4.2–5 is ¶4.2, ¶4.3, ¶4.4 and ¶4.5. */
    static List<Locator> locators(Matcher m) {
        int p = Integer.parseInt(m.group(1));
        if (m.group(2) == null) {
            return List.of(Locator.of(p));
        }
        int from = Integer.parseInt(m.group(2));
        int to = m.group(3) == null ? from : Integer.parseInt(m.group(3));
        List<Locator> out = new ArrayList<>();
        for (int s = from; s <= to; s++) {
            out.add(Locator.of(p, s));
        }
        return out;
    }

    /** Every locator printed in a text, in order. */
    static List<Locator> printed(String text) {
        List<Locator> out = new ArrayList<>();
        Matcher m = PRINTED.matcher(text);
        while (m.find()) {
            out.addAll(locators(m));
        }
        return out;
    }

    /** The locators a link's label stands for, or null if the label is not one locator or range. */
    static List<Locator> label(String text) {
        Matcher m = ONE_LABEL.matcher(text);
        return m.matches() ? locators(m) : null;
    }

    /** What one format's links came to. */
    private record Tally(List<String> problems, int[] counts) {
        Tally() {
            this(new ArrayList<>(), new int[2]);
        }

        int links() {
            return counts[0];
        }

        int directives() {
            return counts[1];
        }
    }

    /**
     * Checks one link against the passages it stands for: one text directive per passage, in source
     * order, each finding first (quotes as written and folded) a passage inside that sentence.
     */
    private static void check(String where, List<Locator> passages, String url, Tally t) {
        t.counts[0]++;
        List<Directive> ds;
        try {
            ds = SourceText.directives(url);
        } catch (IllegalArgumentException e) {
            t.problems.add(where + ": " + e.getMessage());
            return;
        }
        List<Locator> sorted = List.copyOf(new TreeSet<>(passages));
        if (ds.size() != sorted.size()) {
            t.problems.add(where + ": " + ds.size() + " text directives for " + sorted + " in " + url);
            return;
        }
        for (int k = 0; k < ds.size(); k++) {
            Locator l = sorted.get(k);
            Optional<Span> sentence = article.span(l);
            if (sentence.isEmpty()) {
                t.problems.add(where + ": " + l + " is not in the article");
                continue;
            }
            for (boolean foldQuotes : new boolean[] {false, true}) {
                Optional<Span> m = article.find(ds.get(k), foldQuotes);
                String mode = foldQuotes ? " (quotes folded)" : "";
                if (m.isEmpty()) {
                    t.problems.add(where + ": " + l + " not found" + mode + ": " + ds.get(k));
                } else if (!sentence.get().contains(m.get())) {
                    t.problems.add(where + ": " + l + " first matches in line " + article.lineOf(m.get()) + mode);
                }
            }
            t.counts[1]++;
        }
    }

    private static void report(String format, Tally t) {
        System.out.println("links checked: " + format + " " + t.links() + " links, " + t.directives() + " text directives");
    }

    // ------------------------------------------------------------------ PDF

    /** One URI link annotation of the PDF, with the text under it. */
    private record PdfLink(int page, String uri, String text) {}

    @Test
    void everyCitationInThePdfBriefLinksToItsSentences() throws IOException {
        Tally t = new Tally();
        int shown;
        List<PdfLink> links = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(file(".pdf").toFile())) {
            shown = printed(new PDFTextStripper().getText(doc)).size();
            int n = 0;
            for (PDPage page : doc.getPages()) {
                n++;
                PDFTextStripperByArea area = new PDFTextStripperByArea();
                area.setSortByPosition(true);
                List<String> regions = new ArrayList<>();
                List<String> uris = new ArrayList<>();
                float height = page.getCropBox().getHeight();
                for (PDAnnotation a : page.getAnnotations()) {
                    if (a instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                        PDRectangle r = link.getRectangle();
                        String name = "link" + regions.size();
                        area.addRegion(name, new Rectangle2D.Float(r.getLowerLeftX() - 0.5f,
                                height - r.getUpperRightY() - 0.5f, r.getWidth() + 1, r.getHeight() + 1));
                        regions.add(name);
                        uris.add(uri.getURI());
                    }
                }
                area.extractRegions(page);
                for (int k = 0; k < regions.size(); k++) {
                    links.add(new PdfLink(n, uris.get(k), area.getTextForRegion(regions.get(k)).strip()));
                }
            }
        }
        // a label that breaks across lines is two annotations with one address: join them
        List<PdfLink> joined = new ArrayList<>();
        for (PdfLink l : links) {
            PdfLink prev = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (prev != null && prev.uri().equals(l.uri()) && label(prev.text()) == null) {
                joined.set(joined.size() - 1, new PdfLink(prev.page(), prev.uri(), prev.text() + l.text()));
            } else {
                joined.add(l);
            }
        }
        int labelled = 0;
        for (PdfLink l : joined) {
            if (!l.uri().contains(":~:")) {
                continue;
            }
            List<Locator> passages = label(l.text());
            if (passages == null) {
                t.problems().add("page " + l.page() + ": a text fragment link on '" + l.text() + "', not on a locator");
                continue;
            }
            labelled += passages.size();
            check("pdf page " + l.page() + " " + l.text(), passages, l.uri(), t);
        }
        report("pdf", t);
        assertEquals(List.of(), t.problems());
        assertTrue(t.links() > 100, "the bundled brief cites a lot: " + t.links());
        assertEquals(shown, labelled, "every locator printed in the PDF brief is under a link");
        assertEquals(shown, t.directives(), "and its link has a directive for it");
    }

    // ------------------------------------------------------------------ Word

    @Test
    void everyCitationInTheWordBriefLinksToItsSentences() throws IOException {
        Tally t = new Tally();
        int shown = 0;
        int labelled = 0;
        try (InputStream in = Files.newInputStream(file(".docx")); XWPFDocument doc = new XWPFDocument(in)) {
            List<XWPFParagraph> paragraphs = new ArrayList<>();
            collect(doc.getBodyElements(), paragraphs);
            for (XWPFParagraph p : paragraphs) {
                int before = labelled;
                int here = printed(p.getText()).size();
                shown += here;
                for (CTHyperlink h : p.getCTP().getHyperlinkList()) {
                    if (h.getId() == null) {
                        continue;
                    }
                    PackageRelationship rel = doc.getPackagePart().getRelationship(h.getId());
                    String target = rel.getTargetURI().toString();
                    if (!target.contains(":~:")) {
                        continue;
                    }
                    StringBuilder text = new StringBuilder();
                    for (CTR r : h.getRList()) {
                        for (CTText x : r.getTArray()) {
                            text.append(x.getStringValue());
                        }
                    }
                    List<Locator> passages = label(text.toString());
                    if (passages == null) {
                        t.problems().add("a text fragment link on '" + text + "', not on a locator");
                        continue;
                    }
                    labelled += passages.size();
                    check("docx " + text, passages, target, t);
                }
                if (labelled - before != here) {
                    t.problems().add("docx: " + here + " locators shown but " + (labelled - before) + " under links in: "
                            + p.getText());
                }
            }
        }
        report("docx", t);
        assertEquals(List.of(), t.problems());
        assertTrue(t.links() > 100, "the bundled brief cites a lot: " + t.links());
        assertEquals(shown, labelled, "every locator printed in the Word brief is under a link");
        assertEquals(shown, t.directives(), "and its link has a directive for it");
    }

    private static void collect(List<IBodyElement> elements, List<XWPFParagraph> into) {
        for (IBodyElement e : elements) {
            if (e instanceof XWPFParagraph p) {
                into.add(p);
            } else if (e instanceof XWPFTable table) {
                for (XWPFTableRow row : table.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        collect(cell.getBodyElements(), into);
                    }
                }
            }
        }
    }

    // ------------------------------------------------------------------ workbook

    @Test
    void everyLocatorInTheWorkbookIsBehindALinkToItsSentence() throws IOException {
        Tally t = new Tally();
        int shown = 0;
        int covered = 0;
        try (InputStream in = Files.newInputStream(file(".xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    // the locators a reader sees in this row, and those its links stand for
                    TreeSet<Locator> seen = new TreeSet<>();
                    TreeSet<Locator> linked = new TreeSet<>();
                    for (Cell cell : row) {
                        if (cell.getCellType() != CellType.STRING) {
                            continue;
                        }
                        String text = cell.getStringCellValue();
                        List<Locator> here = printed(text);
                        Hyperlink h = cell.getHyperlink();
                        if (h != null && h.getType() == HyperlinkType.URL && h.getAddress().contains(":~:")) {
                            String where = "xlsx " + sheet.getSheetName() + "!" + cell.getAddress();
                            // a link cell reads "Open ¶11.2": the word says it goes somewhere, the rest is the locator
                            List<Locator> first = label(text.startsWith("Open ") ? text.substring("Open ".length()) : text);
                            if (first == null || first.size() != 1) {
                                t.problems().add(where + ": a text fragment link on '" + text + "', not on a locator");
                                continue;
                            }
                            // the link stands for the first locator and the others the row shows
                            TreeSet<Locator> rowLocators = rowLocators(row);
                            rowLocators.add(first.get(0));
                            if (!rowLocators.first().equals(first.get(0))) {
                                t.problems().add(where + ": the link's label " + text + " is not the row's first locator");
                            }
                            check(where, List.copyOf(rowLocators), h.getAddress(), t);
                            linked.addAll(rowLocators);
                        } else {
                            seen.addAll(here);
                        }
                    }
                    shown += seen.size();
                    covered += seen.stream().filter(linked::contains).count();
                    if (!linked.containsAll(seen)) {
                        TreeSet<Locator> missing = new TreeSet<>(seen);
                        missing.removeAll(linked);
                        t.problems().add("xlsx " + sheet.getSheetName() + " row " + (row.getRowNum() + 1)
                                + " shows " + missing + " without a link");
                    }
                }
            }
        }
        report("xlsx", t);
        assertEquals(List.of(), t.problems());
        assertTrue(t.links() >= 90, "a link per claim and per event: " + t.links());
        assertEquals(shown, covered, "every locator the workbook shows is behind a link on its row");
    }

    /** The locators of a row's cells that are nothing but a list of locators (the Locators column). */
    private static TreeSet<Locator> rowLocators(Row row) {
        TreeSet<Locator> out = new TreeSet<>();
        for (Cell cell : row) {
            if (cell.getCellType() == CellType.STRING && cell.getHyperlink() == null) {
                String text = cell.getStringCellValue();
                if (!text.isEmpty() && PRINTED.matcher(text).replaceAll("").replace(",", "").isBlank()) {
                    out.addAll(printed(text));
                }
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ JSON

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * Every {@code {locator, url}} pair is checked, and any other string holding a text directive is a
     * problem, so no link goes unchecked.
     */
    private static void walk(String what, JsonNode root, Tally t) {
        List<JsonNode> stack = new ArrayList<>(List.of(root));
        while (!stack.isEmpty()) {
            JsonNode n = stack.remove(stack.size() - 1);
            if (n.isObject() && n.has("locator") && n.has("url")) {
                check(what, List.of(Locator.parse(n.get("locator").stringValue())), n.get("url").stringValue(), t);
            } else if (n.isString() && n.stringValue().contains(":~:")) {
                t.problems().add(what + ": a link outside a citation: " + n.stringValue());
            } else if (n.isContainer()) {
                n.values().forEach(stack::add);
            }
        }
    }

    @Test
    void everyLinkInTheJsonFilesLinksToItsSentence() throws IOException {
        Map<String, Tally> tallies = new TreeMap<>();
        for (String ending : List.of(".json", ".graph.json", ".annotations.jsonld")) {
            Tally t = new Tally();
            walk(ending, JSON.readTree(Files.readString(file(ending), StandardCharsets.UTF_8)), t);
            tallies.put(ending, t);
        }
        Tally nd = new Tally();
        int locators = 0;
        for (String line : Files.readAllLines(file(".ndjson"), StandardCharsets.UTF_8)) {
            JsonNode n = JSON.readTree(line);
            walk("ndjson " + n.get("id").stringValue(), n, nd);
            locators += n.get("locators").size();
        }
        tallies.put(".ndjson", nd);
        tallies.forEach((k, t) -> report(k, t));
        tallies.forEach((k, t) -> assertEquals(List.of(), t.problems(), k));
        assertEquals(locators, nd.links(), "every locator of every NDJSON line has a link");
        assertTrue(tallies.get(".graph.json").links() > 0, "the graph's claim edges carry links");
    }
}
