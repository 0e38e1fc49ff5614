package org.hotspotatlas.export.docx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.imageio.ImageIO;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.hotspotatlas.core.Atlas;
import org.hotspotatlas.core.Selection;
import org.hotspotatlas.core.model.Basis;
import org.hotspotatlas.core.model.Hotspot;
import org.hotspotatlas.core.model.Locator;
import org.hotspotatlas.export.ExportResult;
import org.hotspotatlas.export.Hardening;
import org.hotspotatlas.export.brief.BriefContent;
import org.hotspotatlas.export.brief.BriefContent.Citation;
import org.hotspotatlas.export.brief.BriefContent.Exhibit;
import org.hotspotatlas.export.brief.BriefContent.HotspotSection;
import org.hotspotatlas.export.brief.BriefContent.MapExhibit;
import org.hotspotatlas.export.brief.BriefContent.Statement;
import org.hotspotatlas.export.brief.BriefContent.TableExhibit;
import org.hotspotatlas.export.brief.BriefContentBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;

/**
 * The Word brief, read back with POI (and, where installed, python-docx and LibreOffice): its
 * structure is Word's own, and its words are the brief content's, checked against the content
 * computed for the same atlas, never against text written here.
 */
class DocxExporterTest {

    private static Atlas atlas;
    private static BriefContent content;
    private static byte[] bytes;
    private static ExportResult result;
    private static XWPFDocument doc;

    @BeforeAll
    static void render() throws IOException {
        atlas = Atlas.bundled();
        content = BriefContentBuilder.build(atlas, settings(DocxOptions.defaults()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        result = new DocxExporter().export(atlas, out);
        bytes = out.toByteArray();
        doc = new XWPFDocument(new ByteArrayInputStream(bytes));
        String keep = System.getProperty("docx.keep");
        if (keep != null) {
            Files.write(Path.of(keep), bytes);
        }
    }

    private static BriefContentBuilder.Settings settings(DocxOptions o) {
        return new BriefContentBuilder.Settings(o.title(), o.subtitle(), o.author(), o.selection(), o.date());
    }

    private static byte[] export(Atlas a, DocxOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxExporter(options).export(a, out);
        return out.toByteArray();
    }

    private static List<String> styled(XWPFDocument d, String style) {
        return d.getParagraphs().stream().filter(p -> style.equals(p.getStyle())).map(XWPFParagraph::getText).toList();
    }

    private static String squash(String s) {
        return s.replaceAll("\\s+", " ").trim();
    }

    /** Every paragraph of the body, those in table cells included. */
    private static List<XWPFParagraph> allParagraphs(XWPFDocument d) {
        List<XWPFParagraph> all = new ArrayList<>();
        for (IBodyElement e : d.getBodyElements()) {
            if (e instanceof XWPFParagraph p) {
                all.add(p);
            } else if (e instanceof XWPFTable t) {
                t.getRows().forEach(r -> r.getTableCells().forEach(c -> all.addAll(c.getParagraphs())));
            }
        }
        return all;
    }

    // ------------------------------------------------------------------ structure

    @Test
    void headingsAreWordsBuiltInStylesWithOutlineLevels() {
        for (int level = 1; level <= 3; level++) {
            XWPFStyle style = doc.getStyles().getStyle("Heading" + level);
            assertNotNull(style, "Heading " + level + " is defined in the styles part");
            assertEquals("heading " + level, style.getName(), "the built-in name Word's navigation pane knows");
            assertEquals(level - 1, style.getCTStyle().getPPr().getOutlineLvl().getVal().intValue());
        }
        assertEquals("caption", doc.getStyles().getStyle("Caption").getName());
        assertEquals("toc 1", doc.getStyles().getStyle("TOC1").getName());
        assertEquals("Title", doc.getStyles().getStyle("Title").getName());
        // every paragraph style used is defined
        for (XWPFParagraph p : allParagraphs(doc)) {
            if (p.getStyle() != null) {
                assertNotNull(doc.getStyles().getStyle(p.getStyle()), "style " + p.getStyle() + " is defined");
            }
        }
    }

    @Test
    void oneLevel2HeadingPerHotspotInTheAtlasOrder() {
        List<String> names = atlas.hotspots().stream().map(Hotspot::name).toList();
        List<String> level2 = styled(doc, "Heading2");
        assertEquals(names, level2.stream().filter(names::contains).toList());
        assertEquals(content.hotspots().stream().map(HotspotSection::name).toList(), names);
        // and each hotspot section's summary follows its heading
        for (HotspotSection h : content.hotspots()) {
            assertTrue(squash(doc.getParagraphs().stream().map(XWPFParagraph::getText).reduce("", (a, b) -> a + "\n" + b))
                    .contains(squash(h.summary())), h.id());
        }
    }

    @Test
    void headingsCarryTheBookmarksTheContentsFieldLinksTo() {
        List<String> anchors = new ArrayList<>();
        boolean tocField = false;
        for (XWPFParagraph p : doc.getParagraphs()) {
            if (p.getStyle() != null && p.getStyle().startsWith("TOC") && !p.getStyle().equals("TOCHeading")) {
                for (CTHyperlink h : p.getCTP().getHyperlinkList()) {
                    anchors.add(h.getAnchor());
                }
                for (CTR r : p.getCTP().getRList()) {
                    for (CTText t : r.getInstrTextList()) {
                        tocField |= t.getStringValue().trim().startsWith("TOC \\o \"1-2\"");
                    }
                }
            }
        }
        assertTrue(tocField, "a TOC field over heading levels 1 and 2");
        Map<String, String> bookmarked = new TreeMap<>();
        for (XWPFParagraph p : doc.getParagraphs()) {
            for (CTBookmark b : p.getCTP().getBookmarkStartList()) {
                bookmarked.put(b.getName(), p.getStyle());
            }
        }
        long level12 = doc.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle())
                || "Heading2".equals(p.getStyle())).count();
        assertEquals(level12, anchors.size(), "one contents entry per level 1 and 2 heading");
        for (String a : anchors) {
            assertTrue(bookmarked.containsKey(a), "contents entry " + a + " has its bookmark");
            assertTrue(bookmarked.get(a).startsWith("Heading"), a + " marks a heading");
        }
        assertTrue(doc.isEnforcedUpdateFields(), "Word updates the fields (the contents' page numbers) on opening");
        String settings = doc.getSettings().getCTSettings().xmlText();
        assertTrue(settings.contains("w:name=\"compatibilityMode\"") && settings.contains("w:val=\"15\""),
                "written for current Word, not in compatibility mode: " + settings);
    }

    @Test
    void everyTableExhibitIsATableWithARepeatingHeaderRow() {
        List<TableExhibit> exhibits = content.exhibits().stream().filter(e -> e instanceof TableExhibit)
                .map(e -> (TableExhibit) e).toList();
        List<XWPFTable> tables = doc.getTables();
        assertEquals(exhibits.size(), tables.size());
        for (int i = 0; i < tables.size(); i++) {
            TableExhibit e = exhibits.get(i);
            XWPFTable t = tables.get(i);
            XWPFTableRow header = t.getRow(0);
            assertTrue(header.isRepeatHeader(), "exhibit " + e.number() + " repeats its header row");
            assertEquals(e.columns(), header.getTableCells().stream().map(c -> c.getText()).toList());
            assertEquals(e.rows().size() + 1, t.getNumberOfRows());
            for (int r = 1; r < t.getNumberOfRows(); r++) {
                assertFalse(t.getRow(r).isRepeatHeader(), "only the first row is a header");
                for (int c = 0; c < e.columns().size(); c++) {
                    String cell = squash(t.getRow(r).getCell(c).getText());
                    assertTrue(cell.startsWith(squash(e.rows().get(r - 1).get(c).text())),
                            "exhibit " + e.number() + " row " + r + ": " + cell);
                }
            }
            assertEquals("TableGrid", t.getStyleID());
        }
    }

    @Test
    void captionsAreSeqFieldsNumberedAsTheExhibits() {
        List<XWPFParagraph> captions = doc.getParagraphs().stream().filter(p -> "Caption".equals(p.getStyle())).toList();
        List<Exhibit> exhibits = content.exhibits();
        assertEquals(exhibits.size(), captions.size());
        for (int i = 0; i < captions.size(); i++) {
            XWPFParagraph p = captions.get(i);
            String instr = p.getCTP().getRList().stream().flatMap(r -> r.getInstrTextList().stream())
                    .map(CTText::getStringValue).reduce("", String::concat).trim();
            assertEquals("SEQ Exhibit \\* ARABIC", instr);
            assertEquals(exhibits.get(i).title(), p.getText(), "the caption with its cached number");
        }
    }

    @Test
    void listsAreNumberingPartLists() {
        List<XWPFParagraph> items = doc.getParagraphs().stream().filter(p -> p.getNumID() != null).toList();
        int statements = content.bottomLine().judgements().size();
        for (HotspotSection h : content.hotspots()) {
            statements += h.roles().size() + h.together().size() + h.apart().size() + h.expects().size();
        }
        assertEquals(statements, items.size(), "one list item per listed statement");
        List<Statement> judgements = content.bottomLine().judgements();
        XWPFParagraph first = items.stream().filter(p -> p.getText().contains(judgements.get(0).text())).findFirst()
                .orElseThrow();
        assertEquals("decimal", format(first), "key judgements are numbered");
        assertEquals(judgements.size(), items.stream().filter(p -> p.getNumID().equals(first.getNumID())).count());
        XWPFParagraph role = items.stream().filter(p -> p.getText().contains(content.hotspots().get(0).together().get(0).text()))
                .findFirst().orElseThrow();
        assertEquals("bullet", format(role), "a hotspot's statements are bulleted");
    }

    private static String format(XWPFParagraph p) {
        XWPFAbstractNum a = doc.getNumbering().getAbstractNum(doc.getNumbering().getAbstractNumID(p.getNumID()));
        return a.getCTAbstractNum().getLvlArray(0).getNumFmt().getVal().toString();
    }

    @Test
    void everyStatementOfTheContentIsInTheDocumentWithItsCitations() {
        String text = squash(Hardening.docxText(bytes));
        Set<String> links = new LinkedHashSet<>();
        allParagraphs(doc).forEach(p -> p.getRuns().stream().filter(r -> r instanceof XWPFHyperlinkRun)
                .map(r -> ((XWPFHyperlinkRun) r).getHyperlink(doc)).filter(h -> h != null)
                .forEach(h -> links.add(h.getURL())));
        List<Statement> all = new ArrayList<>(content.bottomLine().judgements());
        all.addAll(content.bottomLine().thesis());
        all.addAll(content.bottomLine().conclusion());
        for (HotspotSection h : content.hotspots()) {
            all.addAll(h.roles());
            all.addAll(h.together());
            all.addAll(h.apart());
            all.addAll(h.expects());
            all.add(h.usInterests());
        }
        all.addAll(content.method().paragraphs());
        for (Statement s : all) {
            assertTrue(text.contains(squash(s.text())), "statement: " + s.text());
            if (s.basis() != null) {
                assertTrue(text.contains(squash(s.text()) + " [" + BriefContentBuilder.basisTag(s.basis()) + "]"),
                        "basis after: " + s.text());
            }
            if (s.note() != null) {
                assertTrue(text.contains(squash(s.note())), "note: " + s.note());
            }
            for (Citation c : s.citations()) {
                assertTrue(text.contains(c.locator().toString()) || text.contains("\u2013" + c.locator().sentence()),
                        "citation " + c.locator() + " of: " + s.text());
                // A long list sets consecutive sentences of one line as a range (¶4.2–5): one link whose
                // directives include every sentence's own, so each cited sentence is reachable.
                c.link().ifPresent(u -> {
                    String directive = u.toString().substring(u.toString().indexOf(":~:") + 3);
                    assertTrue(links.contains(u.toString()) || links.stream().anyMatch(l -> l.contains(":~:")
                            && java.util.Arrays.asList(l.substring(l.indexOf(":~:") + 3).split("&")).contains(directive)),
                            "a link for " + c.locator());
                });
            }
        }
        assertTrue(text.contains(squash(content.cover().selection())), "the selection is shown");
    }

    @Test
    void theMapIsAPngOfTheFigureWithItsAlternativeText() throws IOException {
        MapExhibit map = (MapExhibit) content.exhibits().stream().filter(e -> e instanceof MapExhibit).findFirst()
                .orElseThrow();
        List<XWPFPictureData> pictures = doc.getAllPictures();
        assertEquals(1, pictures.size());
        byte[] png = pictures.get(0).getData();
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        assertNotNull(img, "a PNG that Java can read");
        assertTrue(img.getWidth() > 1000, "drawn at print resolution: " + img.getWidth());
        assertEquals(Set.of("IHDR", "IDAT", "IEND"), chunks(png), "no time, text or other metadata chunk");
        // white paper, sea, land and the principals' shading are all there
        Set<Integer> colours = new LinkedHashSet<>();
        for (int y = 0; y < img.getHeight(); y += 7) {
            for (int x = 0; x < img.getWidth(); x += 7) {
                colours.add(img.getRGB(x, y) & 0xFFFFFF);
            }
        }
        assertTrue(colours.contains(org.hotspotatlas.export.brief.Palette.OCEAN), "sea");
        assertTrue(colours.contains(org.hotspotatlas.export.brief.Palette.PRINCIPAL), "the principals' countries");
        // the world map's corners lie outside the world's outline: nothing of the land spills there
        // (countries are drawn clipped to the frame, and what lies past the outline is painted white)
        assertEquals(org.hotspotatlas.export.brief.MapFigure.View.WORLD, map.map().view());
        for (int y = 0; y < 30; y++) {
            for (int x = 0; x < 30; x++) {
                assertEquals(0xFFFFFF, img.getRGB(x, y) & 0xFFFFFF, "top left corner, pixel " + x + "," + y);
                assertEquals(0xFFFFFF, img.getRGB(img.getWidth() - 1 - x, y) & 0xFFFFFF, "top right corner, pixel " + x + "," + y);
            }
        }
        XWPFRun run = doc.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                .filter(r -> !r.getEmbeddedPictures().isEmpty()).findFirst().orElseThrow();
        CTInline inline = run.getCTR().getDrawingArray(0).getInlineArray(0);
        String descr = inline.getDocPr().getDescr();
        assertTrue(descr.startsWith(map.map().altText()) && descr.endsWith(" shaded."),
                "alternative text on the drawing, naming the shading in view: " + descr);
        assertEquals(map.title(), inline.getDocPr().getName());
        assertEquals(map.number(), inline.getDocPr().getId(), "a positive drawing id, unique in the document");
        assertEquals(descr, run.getEmbeddedPictures().get(0).getDescription());
        // the picture keeps its aspect ratio on the page
        double aspect = (double) inline.getExtent().getCx() / inline.getExtent().getCy();
        assertEquals((double) img.getWidth() / img.getHeight(), aspect, 0.01);
    }

    private static Set<String> chunks(byte[] png) {
        Set<String> names = new LinkedHashSet<>();
        int at = 8;
        while (at + 8 <= png.length) {
            int length = (png[at] & 0xFF) << 24 | (png[at + 1] & 0xFF) << 16 | (png[at + 2] & 0xFF) << 8 | png[at + 3] & 0xFF;
            names.add(new String(png, at + 4, 4, StandardCharsets.US_ASCII));
            at += 12 + length;
        }
        return names;
    }

    @Test
    void propertiesAndLanguageComeFromTheContent() throws Exception {
        BriefContent.Info info = content.info();
        POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
        assertEquals(info.title(), core.getTitle());
        assertEquals(info.subject(), core.getSubject());
        assertEquals(info.author(), core.getCreator());
        assertEquals(BriefContentBuilder.TOOL, core.getCreator(), "the tool wrote it");
        assertNotEquals(atlas.source().publisher(), core.getCreator(), "never the source's publisher");
        assertEquals(String.join(", ", info.keywords()), core.getKeywords());
        assertEquals(info.date().atStartOfDay(ZoneOffset.UTC).toInstant(), core.getCreated().toInstant());
        assertEquals(core.getCreated(), core.getModified());
        assertEquals(info.language(), core.getUnderlyingProperties().getLanguageProperty().orElseThrow());
        assertEquals(info.creator(), doc.getProperties().getExtendedProperties().getApplication());
        CTLanguage lang = doc.getStyle().getDocDefaults().getRPrDefault().getRPr().getLangArray(0);
        assertEquals(info.language(), lang.getVal(), "the document language, in the styles' defaults");
    }

    @Test
    void theFooterSaysPageXOfYWithFields() {
        XWPFFooter footer = doc.getFooterList().stream().filter(f -> f.getText().contains("Page")).findFirst().orElseThrow();
        String instr = footer.getParagraphs().stream().flatMap(p -> p.getCTP().getRList().stream())
                .flatMap(r -> r.getInstrTextList().stream()).map(t -> t.getStringValue().trim()).toList().toString();
        assertEquals("[PAGE, NUMPAGES]", instr);
        assertTrue(footer.getText().contains("Page 1 of 1"), "with cached results: " + footer.getText());
        assertTrue(footer.getText().contains(content.info().author()), footer.getText());
        assertTrue(footer.getText().contains(content.info().dateText()), "the date, as in the PDF: " + footer.getText());
        assertTrue(doc.getDocument().getBody().getSectPr().isSetTitlePg(), "the cover has its own, empty, foot");
    }

    // ------------------------------------------------------------------ links

    @Test
    void citationsAreLinksToTheirPassagesWhereTheSourceHasOneAndTextElsewhere() throws IOException {
        URI web = URI.create("https://example.org/article#:~:text=first%20words");
        URI file = URI.create("file:///C:/Windows/System32/calc.exe");
        Citation linked = new Citation(Locator.of(3, 1), web);
        Citation unsafe = new Citation(Locator.of(4, 2), file);
        Citation plain = new Citation(Locator.of(5, 1), null);
        BriefContent c = small(List.of(new Statement("Lead", "A judgement.", Basis.AUTHOR, "A note.",
                List.of(linked, unsafe, plain))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> warnings = new WordBrief(c, DocxOptions.PageSize.A4).write(out);
        assertEquals(List.of(), warnings);
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            XWPFParagraph p = d.getParagraphs().stream().filter(x -> x.getText().contains("A judgement.")).findFirst()
                    .orElseThrow();
            List<XWPFHyperlinkRun> links = p.getRuns().stream().filter(r -> r instanceof XWPFHyperlinkRun)
                    .map(r -> (XWPFHyperlinkRun) r).toList();
            assertEquals(1, links.size(), "only the web address is a link");
            assertEquals("\u00B63.1", links.get(0).text());
            assertEquals(web.toString(), links.get(0).getHyperlink(d).getURL());
            assertEquals("Hyperlink", links.get(0).getStyle());
            assertTrue(p.getText().contains("Lead. A judgement. [author] \u00B63.1, \u00B64.2, \u00B65.1"), p.getText());
            assertTrue(p.getText().endsWith("A note."), p.getText());
        }
    }

    /** A brief content with one judgement and nothing else. */
    private static BriefContent small(List<Statement> judgements) {
        BriefContent.Info info = new BriefContent.Info("T", "S", "Someone", "Hotspot Atlas", List.of("k"), "en-GB",
                LocalDate.of(2020, 2, 29), "29 Feb 2020", "1.0");
        BriefContent.Cover cover = new BriefContent.Cover("T", "S", "Everything.", List.of(), "About.");
        return new BriefContent(info, cover, new BriefContent.BottomLine(List.of(), List.of(), judgements), List.of(),
                List.of(), Optional.empty(), new BriefContent.Method("Everything.", List.of(), List.of()));
    }

    @Test
    void theSourceOnTheCoverIsALink() {
        String url = atlas.source().url().toString();
        assertTrue(url.startsWith("https://"));
        XWPFParagraph source = doc.getParagraphs().stream().filter(p -> p.getText().startsWith("Source")).findFirst()
                .orElseThrow();
        assertTrue(source.getRuns().stream().anyMatch(r -> r instanceof XWPFHyperlinkRun h
                && url.equals(h.getHyperlink(doc).getURL())), source.getText());
    }

    @Test
    void textThatXmlCannotHoldIsReplacedAndReported() throws IOException {
        BriefContent c = small(List.of(Statement.of("bell\u0007 and nul\u0000 and cr\r\nlf", List.of())));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> warnings = new WordBrief(c, DocxOptions.PageSize.A4).write(out);
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("2 characters") && warnings.get(0).contains("U+FFFD"), warnings.get(0));
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            String text = d.getParagraphs().stream().map(XWPFParagraph::getText).filter(t -> t.startsWith("bell"))
                    .findFirst().orElseThrow();
            assertEquals("bell\uFFFD and nul\uFFFD and cr\nlf", text, "a line break for the line end");
        }
    }

    // ------------------------------------------------------------------ options, bytes, files

    @Test
    void sameInputGivesSameBytesAndEntriesAreStampedWithTheDocumentDate() throws IOException {
        assertArrayEquals(bytes, export(atlas, DocxOptions.defaults()));
        LocalDateTime day = content.info().date().atTime(12, 0);
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            int entries = 0;
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                assertEquals(day, e.getTimeLocal(), e.getName());
                assertEquals(e.getName().endsWith(".png") ? ZipEntry.STORED : ZipEntry.DEFLATED, e.getMethod(),
                        "the map's PNG is stored as it is, every XML part deflated: " + e.getName());
                entries++;
            }
            assertTrue(entries >= 10, "the parts of a Word document: " + entries);
        }
    }

    @Test
    void oneHotspotBriefFromASelection() throws IOException {
        Hotspot one = atlas.hotspots().get(4);
        DocxOptions options = DocxOptions.defaults().withSelection(Selection.all().withHotspots(one.id()));
        BriefContent expected = BriefContentBuilder.build(atlas.select(options.selection()), settings(options));
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(export(atlas, options)))) {
            List<String> names = atlas.hotspots().stream().map(Hotspot::name).toList();
            assertEquals(List.of(one.name()), styled(d, "Heading2").stream().filter(names::contains).toList());
            String text = squash(Hardening.docxText(export(atlas, options)));
            assertTrue(text.contains(squash(expected.cover().selection())), "the selection is named");
            assertEquals(expected.exhibits().stream().filter(e -> e instanceof TableExhibit).count(), d.getTables().size());
        }
    }

    @Test
    void theDocumentIsDatedByTheDataRelease() throws IOException {
        LocalDate released = atlas.dataReleased().orElseThrow();
        POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
        assertEquals(released.atStartOfDay(ZoneOffset.UTC).toInstant(), core.getCreated().toInstant());
        assertEquals(released.atStartOfDay(ZoneOffset.UTC).toInstant(), core.getModified().toInstant());
        Atlas unreleased = atlas.toBuilder().dataReleased(null).build();
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(export(unreleased, DocxOptions.defaults())))) {
            assertEquals(atlas.source().published().start().atStartOfDay(ZoneOffset.UTC).toInstant(),
                    d.getProperties().getCoreProperties().getCreated().toInstant(), "without a release: the source's date");
        }
    }

    @Test
    void bidiControlsShowAsMarkersInTextAndProperties() throws IOException {
        Hotspot arctic = atlas.hotspot("arctic").orElseThrow();
        Hotspot renamed = new Hotspot(arctic.id(), "Arc\u202Etic", arctic.regions(), arctic.heading(), arctic.location(),
                arctic.theatres(), arctic.roles(), arctic.assessment(), "North\u2066" + arctic.summary());
        Atlas.Builder b = Atlas.builder().dataVersion(atlas.dataVersion()).source(atlas.source())
                .relationship(atlas.relationship()).addActors(atlas.actors()).addClaims(atlas.claims())
                .addEvents(atlas.events());
        atlas.hotspots().forEach(h -> b.addHotspot(h.id().equals("arctic") ? renamed : h));
        byte[] out = export(b.build().select(Selection.hotspots("arctic")),
                DocxOptions.defaults().withTitle("Desk\u202Bnote").withSelection(Selection.hotspots("arctic")));
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(out))) {
            POIXMLProperties.CoreProperties core = d.getProperties().getCoreProperties();
            assertEquals("Desk[U+202B]note", core.getTitle());
            assertTrue(core.getSubject().contains("Arc[U+202E]tic"), core.getSubject());
            assertTrue(core.getKeywords().contains("Arc[U+202E]tic"), core.getKeywords());
            StringBuilder text = new StringBuilder();
            d.getParagraphs().forEach(p -> text.append(p.getText()).append('\n'));
            d.getTables().forEach(t -> text.append(t.getText()).append('\n'));
            assertTrue(text.toString().contains("Arc[U+202E]tic"), "the heading and the cover");
            assertTrue(text.toString().contains("North[U+2066]"), "the summary");
            assertTrue(text.toString().contains("Desk[U+202B]note"), "the title");
            String xml = d.getDocument().xmlText() + core.getTitle() + core.getSubject() + core.getKeywords();
            assertFalse(xml.chars().anyMatch(c -> org.hotspotatlas.core.model.TextSafety.isBidiControl(c)),
                    "no control is left to reorder what follows it");
        }
    }

    @Test
    void titleAuthorDateAndPageSizeOptionsAreUsed() throws IOException {
        LocalDate day = LocalDate.of(2020, 2, 29);
        DocxOptions options = DocxOptions.defaults().withTitle("Arctic desk note").withAuthor("A. Analyst")
                .withPageSize(DocxOptions.PageSize.LETTER).withSubtitle("For the desk").withDate(day);
        byte[] out = export(atlas, options);
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                assertEquals(day.atTime(12, 0), e.getTimeLocal(), e.getName());
            }
        }
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(out))) {
            assertEquals(day.atStartOfDay(ZoneOffset.UTC).toInstant(), d.getProperties().getCoreProperties().getCreated()
                    .toInstant(), "the date option");
            assertEquals(List.of("Arctic desk note"), styled(d, "Title"));
            assertEquals(List.of("For the desk"), styled(d, "Subtitle"));
            assertEquals("Arctic desk note", d.getProperties().getCoreProperties().getTitle());
            assertEquals("A. Analyst", d.getProperties().getCoreProperties().getCreator());
            CTPageSz size = d.getDocument().getBody().getSectPr().getPgSz();
            assertEquals(12240, ((java.math.BigInteger) size.getW()).intValue(), "8.5 inches");
            assertEquals(15840, ((java.math.BigInteger) size.getH()).intValue(), "11 inches");
        }
        CTPageSz a4 = doc.getDocument().getBody().getSectPr().getPgSz();
        assertEquals(11906, ((java.math.BigInteger) a4.getW()).intValue(), "210 mm");
    }

    @Test
    void writesAFileAtomically(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("brief.docx");
        new DocxExporter().export(atlas, target);
        assertArrayEquals(bytes, Files.readAllBytes(target));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(target), files.toList(), "no temporary file is left beside it");
        }
    }

    @Test
    void badOptionsAreRefusedWithAClearMessage() {
        IllegalArgumentException blank = assertThrows(IllegalArgumentException.class,
                () -> DocxOptions.defaults().withTitle(" "));
        assertEquals("Word option title must not be blank", blank.getMessage());
        IllegalArgumentException longAuthor = assertThrows(IllegalArgumentException.class,
                () -> DocxOptions.defaults().withAuthor("x".repeat(201)));
        assertTrue(longAuthor.getMessage().contains("at most 200") && longAuthor.getMessage().contains("201"));
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> new DocxExporter(DocxOptions.defaults().withSelection(Selection.all().withHotspots("atlantis")))
                        .export(atlas, new ByteArrayOutputStream()));
        assertTrue(unknown.getMessage().contains("atlantis"), unknown.getMessage());
        assertEquals("docx", new DocxExporter().format());
        assertEquals(".docx", new DocxExporter().fileExtension());
    }

    // ------------------------------------------------------------------ schema

    /**
     * The parts are written as text, so the schema is checked here: Word refuses a document whose
     * elements are out of the schema's order or carry attributes it does not know.
     */
    @Test
    void everyPartIsValidAgainstTheOfficeOpenXmlSchema() throws IOException {
        assertEquals(List.of(), Hardening.docxSchemaViolations(bytes), "the bundled brief");
        URI web = URI.create("https://example.org/a?b=1&c='2'#:~:text=x%20y");
        BriefContent small = small(List.of(new Statement("Lead <&>", "A judgement]]>\twith a tab.\nAnd a line.",
                Basis.AUTHOR, "A note.", List.of(new Citation(Locator.of(3, 1), web)))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new WordBrief(small, DocxOptions.PageSize.LETTER).write(out);
        assertEquals(List.of(), Hardening.docxSchemaViolations(out.toByteArray()), "a brief with one judgement and no exhibit");
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            XWPFParagraph p = d.getParagraphs().stream().filter(x -> x.getText().startsWith("Lead")).findFirst().orElseThrow();
            assertTrue(p.getText().startsWith("Lead <&>. A judgement]]>\twith a tab.\nAnd a line."), p.getText());
            XWPFHyperlinkRun link = (XWPFHyperlinkRun) p.getRuns().stream().filter(r -> r instanceof XWPFHyperlinkRun)
                    .findFirst().orElseThrow();
            assertEquals(web.toString(), link.getHyperlink(d).getURL(), "the address, its & and quotes included");
        }
    }

    @Test
    void oneRelationshipPerLinkedAddress() throws IOException {
        String rels;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry e = zip.getNextEntry();
            while (!e.getName().equals("word/_rels/document.xml.rels")) {
                e = zip.getNextEntry();
            }
            rels = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> targets = java.util.regex.Pattern.compile("Target=\"([^\"]*)\" TargetMode=\"External\"").matcher(rels)
                .results().map(m -> m.group(1)).toList();
        assertFalse(targets.isEmpty(), rels);
        assertEquals(new LinkedHashSet<>(targets).size(), targets.size(), "no address has two relationships");
        long links = allParagraphs(doc).stream().flatMap(p -> p.getRuns().stream()).filter(r -> r instanceof XWPFHyperlinkRun h
                && h.getHyperlinkId() != null).count();
        assertTrue(links > targets.size(), "several links share an address: " + links + " links, " + targets.size()
                + " addresses");
    }

    // ------------------------------------------------------------------ second readers

    /**
     * python-docx (Debian's python3-docx), a reader that shares no code with POI, opens the brief and
     * finds the hotspots as level 2 headings and every table. Skipped where it is not installed.
     */
    @Test
    void pythonDocxReadsTheHeadingsAndTables(@TempDir Path dir) throws Exception {
        // Debian installs python-docx for its own interpreter, which a python3 earlier on the path may not be
        String python = null;
        for (String candidate : List.of("python3", "/usr/bin/python3")) {
            if (python == null && run(dir, candidate, "-c", "import docx") == 0) {
                python = candidate;
            }
        }
        assumeTrue(python != null, "python3 with python-docx (Debian: python3-docx) is not installed");
        Path file = dir.resolve("brief.docx");
        Files.write(file, bytes);
        Path script = dir.resolve("read.py");
        Files.writeString(script, String.join("\n",
                "import sys, docx",
                "d = docx.Document(sys.argv[1])",
                "for p in d.paragraphs:",
                "    if p.style.name.startswith('Heading'):",
                "        print(p.style.name + '\\t' + p.text)",
                "print('tables\\t%d' % len(d.tables))",
                "print('author\\t' + d.core_properties.author)",
                "print('language\\t' + d.core_properties.language)",
                ""));
        Path out = dir.resolve("out.txt");
        ProcessBuilder pb = new ProcessBuilder(python, script.toString(), file.toString())
                .redirectErrorStream(true).redirectOutput(out.toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "python-docx finished");
        String printed = Files.readString(out, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), printed);
        for (Hotspot h : atlas.hotspots()) {
            assertTrue(printed.contains("Heading 2\t" + h.name() + "\n"), h.name() + " in\n" + printed);
        }
        assertTrue(printed.contains("tables\t" + doc.getTables().size() + "\n"), printed);
        assertTrue(printed.contains("author\t" + content.info().author() + "\n"), printed);
        assertTrue(printed.contains("language\t" + content.info().language() + "\n"), printed);
    }

    /**
     * LibreOffice converts the brief to PDF headless without error. Slow (tens of seconds), so it
     * runs only with {@code -Ddocx.libreoffice=true} and where {@code soffice} is installed.
     */
    @Test
    void libreOfficeConvertsItToPdf(@TempDir Path dir) throws Exception {
        assumeTrue(Boolean.getBoolean("docx.libreoffice"), "run with -Ddocx.libreoffice=true");
        assumeTrue(run(dir, "soffice", "--version") == 0, "LibreOffice is not installed");
        Path file = dir.resolve("brief.docx");
        Files.write(file, bytes);
        int code = run(dir, "soffice", "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless",
                "--norestore", "--convert-to", "pdf", "--outdir", dir.toString(), file.toString());
        assertEquals(0, code);
        Path pdf = dir.resolve("brief.pdf");
        assertTrue(Files.size(pdf) > 10_000, "a PDF was written");
        String text = squash(Hardening.pdf(Files.readAllBytes(pdf)).text());
        for (Hotspot h : atlas.hotspots()) {
            assertTrue(text.contains(h.name()), h.name());
        }
    }

    private static int run(Path dir, String... command) throws IOException, InterruptedException {
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("run.log").toFile()).start();
            if (!p.waitFor(300, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return -1;
            }
            return p.exitValue();
        } catch (IOException e) {
            return -1; // not installed
        }
    }
}
