package org.hotspotatlas.export.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hotspotatlas.core.Atlas;
import org.hotspotatlas.core.ReadLimits;
import org.hotspotatlas.core.Selection;
import org.hotspotatlas.core.model.Event;
import org.hotspotatlas.core.model.Hotspot;
import org.hotspotatlas.export.ExportResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfExporterTest {

    private static Atlas fixture;
    private static byte[] brief;
    private static ExportResult briefResult;

    @BeforeAll
    static void render() throws IOException {
        try (InputStream in = PdfExporterTest.class.getResourceAsStream("/fixture/fixture-atlas.json")) {
            fixture = Atlas.read(in, "fixture", ReadLimits.DEFAULT);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        briefResult = new PdfExporter().export(fixture, out);
        brief = out.toByteArray();
        String keep = System.getProperty("pdf.keep");
        if (keep != null) {
            Files.write(Path.of(keep), brief);
        }
    }

    private static byte[] export(Atlas atlas, PdfOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfExporter(options).export(atlas, out);
        return out.toByteArray();
    }

    private static List<String> pageTexts(PDDocument doc) throws IOException {
        List<String> pages = new ArrayList<>();
        PDFTextStripper s = new PDFTextStripper();
        for (int i = 1; i <= doc.getNumberOfPages(); i++) {
            s.setStartPage(i);
            s.setEndPage(i);
            pages.add(s.getText(doc));
        }
        return pages;
    }

    private static String squash(String s) {
        return s.replaceAll("\\s+", " ");
    }

    static final List<String> PARTS = List.of("1. Bottom line", "2. The hotspots at a glance", "3. Hotspot by hotspot",
            "4. Timeline", "5. Method and sources");

    @Test
    void everySectionIsPresentWithItsData() throws IOException {
        assertEquals(List.of(), briefResult.warnings());
        try (PDDocument doc = Loader.loadPDF(brief)) {
            String text = squash(new PDFTextStripper().getText(doc));
            for (String heading : PARTS) {
                assertTrue(text.contains(heading), "missing heading " + heading);
            }
            for (String s : List.of("3.1 Freedonia", "3.2 Sylvanian mediation", PdfOptions.DEFAULT_TITLE, "Freedonia and Sylvania",
                    "0.0.1-fixture", "Key judgements", "Exhibit 1: ", "Exhibit 2: The hotspots compared",
                    // a verdict says whose it is, and counts never mix bases
                    "Their support keeps Firefly in office against U.S. wishes. [author] \u00B64.3",
                    "partly aligned with U.S. interests in Sylvanian mediation. [attributed] \u00B66.3",
                    // the author's word, and separately our mapping onto ICD 203
                    "The author\u2019s word is \u201Clikely\u201D. On the ICD 203 scale this project maps \u201Clikely\u201D to 55\u201380%",
                    "28 Feb 2019*", "5\u20137 Jun 2019", "Security Council vote on Freedonia",
                    "Both hotspots; every actor; all dates.", "Map data: Natural Earth")) {
                assertTrue(text.contains(s), "missing " + s);
            }
            assertFalse(text.contains("55\u201380 %)"), "no probability band beside the author's word");
        }
    }

    @Test
    void exhibitsAreNumberedInOrder() throws IOException {
        try (PDDocument doc = Loader.loadPDF(brief)) {
            String text = squash(new PDFTextStripper().getText(doc));
            Matcher m = Pattern.compile("Exhibit (\\d+): ").matcher(text);
            int expected = 1;
            while (m.find()) {
                assertEquals(expected++, Integer.parseInt(m.group(1)));
            }
            assertTrue(expected > 4, "exhibits: " + (expected - 1));
        }
    }

    @Test
    void everyPageSaysPageXOfY() throws IOException {
        try (PDDocument doc = Loader.loadPDF(brief)) {
            List<String> pages = pageTexts(doc);
            int n = doc.getNumberOfPages();
            assertTrue(n >= 4, "pages: " + n);
            for (int i = 0; i < n; i++) {
                assertTrue(squash(pages.get(i)).contains("Page " + (i + 1) + " of " + n), "page " + (i + 1) + ": " + pages.get(i));
            }
        }
    }

    @Test
    void contentsPageNumbersPointAtTheSections() throws IOException {
        try (PDDocument doc = Loader.loadPDF(brief)) {
            List<String> pages = pageTexts(doc);
            String contents = pages.get(0).substring(pages.get(0).indexOf("Contents"));
            Matcher m = Pattern.compile("(?m)^(\\d\\.(?:\\d)? ?[^\\n]*?) (\\d+)$").matcher(contents);
            int checked = 0;
            while (m.find()) {
                String title = m.group(1).trim();
                int page = Integer.parseInt(m.group(2));
                assertTrue(pages.get(page - 1).contains(title), title + " not on page " + page);
                checked++;
            }
            assertEquals(PARTS.size() + fixture.hotspots().size(), checked, contents);
        }
    }

    @Test
    void outlineMatchesSectionsAndHotspotsAndOpensShown() throws IOException {
        try (PDDocument doc = Loader.loadPDF(brief)) {
            assertEquals(PageMode.USE_OUTLINES, doc.getDocumentCatalog().getPageMode());
            List<String> top = new ArrayList<>();
            List<String> hotspots = new ArrayList<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                top.add(item.getTitle());
                if (item.getTitle().startsWith("3.")) {
                    for (PDOutlineItem kid : item.children()) {
                        hotspots.add(kid.getTitle());
                        PDPage page = kid.findDestinationPage(doc);
                        int index = doc.getPages().indexOf(page);
                        assertTrue(pageTexts(doc).get(index).contains(kid.getTitle()));
                    }
                }
            }
            assertEquals(PARTS, top);
            List<String> expected = new ArrayList<>();
            int i = 1;
            for (Hotspot h : fixture.hotspots()) {
                expected.add("3." + i++ + " " + h.name());
            }
            assertEquals(expected, hotspots);
        }
    }

    @Test
    void everyLinkResolves() throws IOException {
        try (PDDocument doc = Loader.loadPDF(brief)) {
            int internal = 0;
            int external = 0;
            for (PDPage page : doc.getPages()) {
                for (PDAnnotation a : page.getAnnotations()) {
                    if (!(a instanceof PDAnnotationLink link)) {
                        continue;
                    }
                    if (link.getAction() instanceof PDActionGoTo go) {
                        PDDestination d = go.getDestination();
                        PDPageDestination target = d instanceof PDNamedDestination named
                                ? doc.getDocumentCatalog().findNamedDestinationPage(named) : (PDPageDestination) d;
                        assertNotNull(target, "a contents link to nowhere: " + d);
                        assertTrue(target.retrievePageNumber() >= 0);
                        internal++;
                    } else if (link.getAction() instanceof PDActionURI uri) {
                        assertTrue(java.net.URI.create(uri.getURI()).isAbsolute(), uri.getURI());
                        external++;
                    }
                }
            }
            assertEquals(PARTS.size() + fixture.hotspots().size(), internal / 2, "each contents entry: title and number");
            assertTrue(external >= 1, "the source's address is a link");
        }
    }

    @Test
    void theBriefIsATaggedPdfWithLanguageXmpAndAlternativeText() throws IOException {
        try (PDDocument doc = Loader.loadPDF(brief)) {
            var catalog = doc.getDocumentCatalog();
            assertTrue(catalog.getMarkInfo().isMarked());
            assertEquals("en-GB", catalog.getLanguage());
            var tree = catalog.getStructureTreeRoot();
            assertNotNull(tree);
            List<String> roles = new ArrayList<>();
            List<String> alts = new ArrayList<>();
            collect(tree.getKids(), roles, alts);
            for (String role : List.of("Document", "Sect", "H1", "H2", "H3", "P", "L", "LI", "LBody", "Table", "TR", "TH",
                    "TD", "Figure", "Caption", "TOC", "TOCI")) {
                assertTrue(roles.contains(role), "no " + role + " in the structure tree: " + new java.util.TreeSet<>(roles));
            }
            assertEquals(1, alts.size(), "the map has alternative text");
            assertTrue(alts.get(0).contains("Freedonia") && alts.get(0).contains("China"), alts.get(0));
            String xmp = new String(catalog.getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(xmp.contains(PdfOptions.DEFAULT_TITLE) && xmp.contains("<dc:language>"), xmp);
            // running heads and feet are artifacts, not content
            String page2 = new String(doc.getPage(1).getContents().readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
            assertTrue(page2.contains("/Artifact BMC"), "no artifacts on page 2");
        }
    }

    private static void collect(List<Object> kids, List<String> roles, List<String> alts) {
        for (Object k : kids) {
            if (k instanceof PDStructureElement e) {
                roles.add(e.getStructureType());
                if (e.getAlternateDescription() != null) {
                    alts.add(e.getAlternateDescription());
                }
                collect(e.getKids(), roles, alts);
            }
        }
    }

    @Test
    void theBundledBriefsFitTheirPageLimits() throws IOException {
        Atlas bundled = Atlas.bundled();
        try (PDDocument full = Loader.loadPDF(export(bundled, PdfOptions.defaults()))) {
            assertTrue(full.getNumberOfPages() <= 12, "full brief: " + full.getNumberOfPages() + " pages");
            String text = new PDFTextStripper().getText(full);
            for (Hotspot h : bundled.hotspots()) {
                assertTrue(squash(text).contains(h.name()), h.name());
            }
        }
        PdfOptions arctic = PdfOptions.defaults().withSelection(Selection.hotspots("arctic"));
        try (PDDocument one = Loader.loadPDF(export(bundled, arctic))) {
            assertTrue(one.getNumberOfPages() <= 4, "one-hotspot brief: " + one.getNumberOfPages() + " pages");
        }
    }

    @Test
    void aLongTableRepeatsItsHeaderOnEveryPage() throws IOException {
        Atlas.Builder b = Atlas.builder().dataVersion(fixture.dataVersion()).source(fixture.source()).relationship(fixture.relationship())
                .addActors(fixture.actors()).addClaims(fixture.claims()).addHotspots(fixture.hotspots())
                .addEvents(fixture.events());
        Event e = fixture.events().get(0);
        for (int i = 0; i < 120; i++) {
            b.addEvent(new Event("ev-" + i, e.kind(), "Event number " + i, e.time(), null, null, List.of(), null,
                    List.of(), e.locators()));
        }
        try (PDDocument doc = Loader.loadPDF(export(b.build(), PdfOptions.defaults()))) {
            List<String> pages = pageTexts(doc);
            int withRows = 0;
            for (String p : pages) {
                if (p.contains("Event number")) {
                    withRows++;
                    assertTrue(p.contains("Date Event Hotspot"), "no header row on a page of the timeline:\n" + p);
                }
            }
            assertTrue(withRows >= 3, "the timeline spans pages: " + withRows);
        }
    }

    @Test
    void everyFontIsEmbedded() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfExporter().export(withSylvaniaNamed("Сильвания 西尔瓦尼亚"), out);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            List<String> names = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                collectFonts(page.getResources(), names);
            }
            assertTrue(names.stream().anyMatch(n -> n.contains("DejaVuSans")), names.toString());
            assertTrue(names.stream().anyMatch(n -> n.contains("WenQuanYi")), names.toString());
            // subset tags are six capital letters and a plus
            assertTrue(names.stream().allMatch(n -> n.matches("[A-Z]{6}\\+.*")), names.toString());
        }
    }

    private static void collectFonts(PDResources res, List<String> names) throws IOException {
        if (res == null) {
            return;
        }
        for (COSName f : res.getFontNames()) {
            PDFont font = res.getFont(f);
            assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
            names.add(font.getName());
        }
        for (COSName x : res.getXObjectNames()) {
            PDXObject o = res.getXObject(x);
            if (o instanceof PDFormXObject form) {
                collectFonts(form.getResources(), names);
            }
        }
    }

    private static Atlas withSylvaniaNamed(String name) {
        Hotspot h = fixture.hotspot("sylvania").orElseThrow();
        Hotspot renamed = new Hotspot(h.id(), name, h.regions(), h.heading(), h.location(),
                h.theatres(), h.roles(), h.assessment(), h.summary());
        Atlas.Builder b = Atlas.builder().dataVersion(fixture.dataVersion()).source(fixture.source()).relationship(fixture.relationship())
                .addActors(fixture.actors()).addClaims(fixture.claims()).addEvents(fixture.events());
        fixture.hotspots().forEach(x -> b.addHotspot(x.id().equals("sylvania") ? renamed : x));
        return b.build();
    }

    @Test
    void cjkAndCyrillicRenderWithoutWarnings() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportResult r = new PdfExporter().export(withSylvaniaNamed("Сильвания 西尔瓦尼亚 Ålesund"), out);
        assertEquals(List.of(), r.warnings());
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            assertTrue(new PDFTextStripper().getText(doc).contains("Сильвания 西尔瓦尼亚 Ålesund"));
        }
    }

    @Test
    void metadataAndDatesComeFromTheData() throws IOException {
        try (PDDocument doc = Loader.loadPDF(brief)) {
            PDDocumentInformation info = doc.getDocumentInformation();
            assertEquals(PdfOptions.DEFAULT_TITLE, info.getTitle());
            assertEquals("Freedonia and Sylvanian mediation", info.getSubject());
            assertTrue(info.getKeywords().contains("Freedonia"), info.getKeywords());
            assertTrue(info.getKeywords().contains("Russia"));
            assertEquals(BriefLayout.CREATOR, info.getCreator());
            assertEquals("Hotspot Atlas", info.getAuthor(), "the tool wrote the brief, not the source's publisher");
            Calendar created = info.getCreationDate();
            assertEquals(2019, created.get(Calendar.YEAR));
            assertEquals(Calendar.JUNE, created.get(Calendar.MONTH));
            assertEquals(1, created.get(Calendar.DAY_OF_MONTH));
            assertEquals(created.getTimeInMillis(), info.getModificationDate().getTimeInMillis());
            assertEquals(2, doc.getDocument().getDocumentID().size());
        }
        try (PDDocument doc = Loader.loadPDF(export(fixture, PdfOptions.defaults().withAuthor("Policy Desk")))) {
            assertEquals("Policy Desk", doc.getDocumentInformation().getAuthor());
        }
    }

    private static void assertDay(java.time.LocalDate day, Calendar c, String what) {
        assertEquals(day, java.time.LocalDate.of(c.get(Calendar.YEAR), c.get(Calendar.MONTH) + 1,
                c.get(Calendar.DAY_OF_MONTH)), what);
    }

    private static String xmp(PDDocument doc) throws IOException {
        return new String(doc.getDocumentCatalog().getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void theDocumentIsDatedByTheDataReleaseUnlessTheOptionSetsADate() throws IOException {
        java.time.LocalDate released = java.time.LocalDate.of(2021, 3, 15);
        Atlas withRelease = fixture.toBuilder().dataReleased(released).build();
        try (PDDocument doc = Loader.loadPDF(export(withRelease, PdfOptions.defaults()))) {
            PDDocumentInformation info = doc.getDocumentInformation();
            assertDay(released, info.getCreationDate(), "Info CreationDate");
            assertDay(released, info.getModificationDate(), "Info ModDate");
            String xmp = xmp(doc);
            assertTrue(xmp.contains("<xmp:CreateDate>" + released + "T00:00:00Z</xmp:CreateDate>"), xmp);
            String text = squash(new PDFTextStripper().getText(doc));
            assertTrue(text.contains("Dated 15 Mar 2021"), "the cover gives the release day");
        }
        java.time.LocalDate chosen = java.time.LocalDate.of(2022, 7, 1);
        try (PDDocument doc = Loader.loadPDF(export(withRelease, PdfOptions.defaults().withDate(chosen)))) {
            assertDay(chosen, doc.getDocumentInformation().getCreationDate(), "the option wins");
            assertTrue(xmp(doc).contains("<xmp:ModifyDate>" + chosen + "T00:00:00Z</xmp:ModifyDate>"));
        }
        // the fixture records no release: the source's publication date, as before
        try (PDDocument doc = Loader.loadPDF(brief)) {
            assertDay(fixture.source().published().start(), doc.getDocumentInformation().getCreationDate(), "fallback");
        }
    }

    @Test
    void bidiControlsShowAsMarkersInMetadataAndBookmarks() throws IOException {
        String rlo = "\u202E";
        Atlas atlas = withSylvaniaNamed("Syl" + rlo + "vania");
        byte[] pdf = export(atlas, PdfOptions.defaults().withTitle("Brief" + "\u2067" + " desk"));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDDocumentInformation info = doc.getDocumentInformation();
            assertEquals("Brief[U+2067] desk", info.getTitle());
            assertTrue(info.getSubject().contains("Syl[U+202E]vania"), info.getSubject());
            assertTrue(info.getKeywords().contains("Syl[U+202E]vania"), info.getKeywords());
            String xmp = xmp(doc);
            assertTrue(xmp.contains("Brief[U+2067] desk") && xmp.contains("Syl[U+202E]vania"), xmp);
            List<String> titles = new ArrayList<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                titles.add(item.getTitle());
                item.children().forEach(kid -> titles.add(kid.getTitle()));
            }
            assertTrue(titles.stream().anyMatch(t -> t.endsWith("Syl[U+202E]vania")), titles.toString());
            String all = info.getTitle() + info.getSubject() + info.getKeywords() + xmp + String.join("", titles)
                    + new PDFTextStripper().getText(doc);
            assertFalse(all.chars().anyMatch(c -> org.hotspotatlas.core.model.TextSafety.isBidiControl(c)),
                    "no control is left to reorder what follows it");
        }
    }

    @Test
    void sameInputGivesSameBytes() throws IOException {
        byte[] again = export(fixture, PdfOptions.defaults());
        assertArrayEquals(brief, again);
        PdfOptions letter = PdfOptions.defaults().withPageSize(PdfOptions.PageSize.LETTER);
        assertArrayEquals(export(fixture, letter), export(fixture, letter));
        assertFalse(java.util.Arrays.equals(brief, export(fixture, letter)));
    }

    @Test
    void oneHotspotBriefFromASelectedAtlas() throws IOException {
        Atlas one = fixture.select(Selection.hotspots("freedonia"));
        byte[] pdf = export(one, PdfOptions.defaults().withSelection(Selection.hotspots("freedonia")));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = squash(new PDFTextStripper().getText(doc));
            assertTrue(text.contains("3.1 Freedonia"));
            assertFalse(text.contains("Sylvania"), "a one-hotspot brief should not mention the other hotspot");
            assertEquals("Freedonia", doc.getDocumentInformation().getSubject());
            assertTrue(text.contains("Hotspot: Freedonia; every actor; all dates."), text);
            assertTrue(doc.getNumberOfPages() <= 4);
        }
        assertArrayEquals(pdf, export(fixture, PdfOptions.defaults().withSelection(Selection.hotspots("freedonia"))));
    }

    @Test
    void pageSizeOptionSetsTheMediaBox() throws IOException {
        try (PDDocument a4 = Loader.loadPDF(brief);
             PDDocument letter = Loader.loadPDF(export(fixture, PdfOptions.defaults().withPageSize(PdfOptions.PageSize.LETTER)))) {
            for (PDPage p : a4.getPages()) {
                assertEquals(595f, p.getMediaBox().getWidth(), 1f);
                assertEquals(842f, p.getMediaBox().getHeight(), 1f);
            }
            for (PDPage p : letter.getPages()) {
                assertEquals(PDRectangle.LETTER.getWidth(), p.getMediaBox().getWidth(), 1f);
                assertEquals(PDRectangle.LETTER.getHeight(), p.getMediaBox().getHeight(), 1f);
            }
        }
    }

    @Test
    void titleAndSubtitleOptionsAreUsed() throws IOException {
        PdfOptions o = PdfOptions.defaults().withTitle("Брифинг 简报").withSubtitle("For the desk");
        try (PDDocument doc = Loader.loadPDF(export(fixture, o))) {
            assertEquals("Брифинг 简报", doc.getDocumentInformation().getTitle());
            assertEquals("For the desk", doc.getDocumentInformation().getSubject());
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Брифинг 简报"));
            assertTrue(text.contains("For the desk"));
        }
    }

    @Test
    void aCharacterNoFontHasIsReportedNotDropped() throws IOException {
        Hotspot h = fixture.hotspot("freedonia").orElseThrow();
        Hotspot odd = new Hotspot(h.id(), h.name(), h.regions(), h.heading(), h.location(), h.theatres(), h.roles(),
                h.assessment(), "Private use \uE000 and a tile \uD83C\uDC04 here.");
        Atlas.Builder b = Atlas.builder().dataVersion(fixture.dataVersion()).source(fixture.source()).relationship(fixture.relationship())
                .addActors(fixture.actors()).addClaims(fixture.claims()).addEvents(fixture.events());
        fixture.hotspots().forEach(x -> b.addHotspot(x.id().equals("freedonia") ? odd : x));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportResult r = new PdfExporter().export(b.build(), out);
        assertEquals(2, r.warnings().size(), r.warnings().toString());
        assertTrue(r.warnings().get(0).contains("U+E000"), r.warnings().get(0));
        assertTrue(r.warnings().get(0).contains("freedonia"), r.warnings().get(0));
        assertTrue(r.warnings().get(1).contains("U+1F004"), r.warnings().get(1));
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            assertTrue(new PDFTextStripper().getText(doc).contains("Private use \uFFFD and a tile \uFFFD here."));
        }
    }

    @Test
    void writesAFileAtomically(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("brief.pdf");
        ExportResult r = new PdfExporter().export(fixture, file);
        assertEquals(List.of(), r.warnings());
        assertArrayEquals(brief, Files.readAllBytes(file));
        assertEquals("pdf", new PdfExporter().format());
        assertEquals(".pdf", new PdfExporter().fileExtension());
    }

    @Test
    void badOptionsAreRefusedWithAClearMessage() {
        IllegalArgumentException blank = assertThrows(IllegalArgumentException.class,
                () -> PdfOptions.defaults().withTitle("  "));
        assertTrue(blank.getMessage().contains("title"));
        IllegalArgumentException longSub = assertThrows(IllegalArgumentException.class,
                () -> PdfOptions.defaults().withSubtitle("x".repeat(PdfOptions.MAX_TITLE_LENGTH + 1)));
        assertTrue(longSub.getMessage().contains("subtitle"));
        assertThrows(NullPointerException.class, () -> PdfOptions.defaults().withPageSize(null));
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> new PdfExporter(
                PdfOptions.defaults().withSelection(Selection.hotspots("atlantis"))).export(fixture,
                java.io.OutputStream.nullOutputStream()));
        assertTrue(unknown.getMessage().contains("atlantis"), unknown.getMessage());
    }
}
