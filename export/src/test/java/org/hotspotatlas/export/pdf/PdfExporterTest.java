package org.hotspotatlas.export.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hotspotatlas.core.Atlas;
import org.hotspotatlas.core.ReadLimits;
import org.hotspotatlas.core.Selection;
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

    @Test
    void everySectionIsPresentWithItsData() throws IOException {
        assertEquals(List.of(), briefResult.warnings());
        try (PDDocument doc = Loader.loadPDF(brief)) {
            String text = squash(new PDFTextStripper().getText(doc));
            for (String heading : List.of("Contents", "1. Key judgements", "2. The hotspots compared",
                    "China and Russia: instruments by hotspot", "3. Where the hotspots lie", "4. Hotspot by hotspot",
                    "4.1 Freedonia", "4.2 Sylvanian mediation", "5. Timeline", "6. Method and sources")) {
                assertTrue(text.contains(heading), "missing heading " + heading);
            }
            // cover: title, derived subtitle, source citation, data version
            assertTrue(text.contains(PdfOptions.DEFAULT_TITLE));
            assertTrue(text.contains("Freedonia and Sylvanian mediation"));
            assertTrue(text.contains("Fixture brief: two invented hotspots"));
            assertTrue(text.contains("0.0.1-fixture"));
            // computed key judgements, with citations
            assertTrue(text.contains("In one of the two hotspots (Freedonia) the two powers' course runs counter to "
                    + "U.S. interests; the exception is Sylvanian mediation (partly aligned)."), text);
            assertTrue(text.contains("Likely (55–80 %)"));
            assertTrue(text.contains("[¶4.3]"));
            // hotspot sections: roles, joint actions with dates, divergences, outlook, implications, citations
            for (String s : List.of("=Both powers prop up the Firefly government", "Lends money to the Firefly government.",
                    "Trains the Freedonian guard.", "Feb 2019", "Both vetoed a draft resolution on Freedonia.",
                    "China's stake is economic, Russia's military.", "Both will likely keep backing Firefly.",
                    "Their support keeps Firefly in office against U.S. wishes.", "¶4.1, ¶4.2, ¶4.3",
                    "Implications for U.S. interests", "Divergences", "Outlook", "Joint actions")) {
                assertTrue(text.contains(s), "missing " + s);
            }
            // timeline, with the enriched date
            assertTrue(text.contains("28 Feb 2019 *"));
            assertTrue(text.contains("5–7 Jun 2019"));
            assertTrue(text.contains("Security Council vote on Freedonia"));
            // method page: modalities, voices, ICD 203 scale, locators
            for (String s : List.of("Attributed view", "Chinese official media", "Almost certain", "95–99 %",
                    "How locators work", "Roughly even chance")) {
                assertTrue(text.contains(s), "missing " + s);
            }
        }
    }

    @Test
    void everyPageSaysPageXOfY() throws IOException {
        try (PDDocument doc = Loader.loadPDF(brief)) {
            List<String> pages = pageTexts(doc);
            int n = doc.getNumberOfPages();
            assertTrue(n >= 7, "pages: " + n);
            for (int i = 0; i < n; i++) {
                assertTrue(squash(pages.get(i)).contains("Page " + (i + 1) + " of " + n), "page " + (i + 1) + ": " + pages.get(i));
            }
        }
    }

    @Test
    void contentsPageNumbersPointAtTheSections() throws IOException {
        try (PDDocument doc = Loader.loadPDF(brief)) {
            List<String> pages = pageTexts(doc);
            String contents = pages.get(1);
            Matcher m = Pattern.compile("(?m)^(\\d\\.(?:\\d)? ?[^\\n]*?) (\\d+)$").matcher(contents);
            int checked = 0;
            while (m.find()) {
                String title = m.group(1).trim();
                int page = Integer.parseInt(m.group(2));
                assertTrue(pages.get(page - 1).contains(title), title + " not on page " + page);
                checked++;
            }
            assertTrue(checked >= 7, "contents entries checked: " + checked + "\n" + contents);
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
                if (item.getTitle().startsWith("4.")) {
                    for (PDOutlineItem kid : item.children()) {
                        hotspots.add(kid.getTitle());
                        PDPage page = kid.findDestinationPage(doc);
                        int index = doc.getPages().indexOf(page);
                        assertTrue(pageTexts(doc).get(index).contains(kid.getTitle()));
                    }
                }
            }
            assertEquals(List.of("Contents", "1. Key judgements", "2. The hotspots compared", "3. Where the hotspots lie",
                    "4. Hotspot by hotspot", "5. Timeline", "6. Method and sources"), top);
            List<String> expected = new ArrayList<>();
            int i = 1;
            for (Hotspot h : fixture.hotspots()) {
                expected.add("4." + i++ + " " + h.name());
            }
            assertEquals(expected, hotspots);
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
        Atlas.Builder b = Atlas.builder().dataVersion(fixture.dataVersion()).source(fixture.source())
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
            assertEquals(BriefRenderer.CREATOR, info.getCreator());
            assertTrue(info.getAuthor().contains("Hotspot Atlas test suite"));
            Calendar created = info.getCreationDate();
            assertEquals(2019, created.get(Calendar.YEAR));
            assertEquals(Calendar.JUNE, created.get(Calendar.MONTH));
            assertEquals(1, created.get(Calendar.DAY_OF_MONTH));
            assertEquals(created.getTimeInMillis(), info.getModificationDate().getTimeInMillis());
            assertEquals(2, doc.getDocument().getDocumentID().size());
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
        byte[] pdf = export(one, PdfOptions.defaults());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = squash(new PDFTextStripper().getText(doc));
            assertTrue(text.contains("4.1 Freedonia"));
            assertFalse(text.contains("Sylvania"), "a one-hotspot brief should not mention the other hotspot");
            assertEquals("Freedonia", doc.getDocumentInformation().getSubject());
            assertTrue(text.contains("In Freedonia, the two powers' course runs counter to U.S. interests."), text);
        }
        // the same brief through the options' selection
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
        Atlas.Builder b = Atlas.builder().dataVersion(fixture.dataVersion()).source(fixture.source())
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
