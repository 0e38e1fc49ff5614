package org.hotspotatlas.export.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.hotspotatlas.core.Atlas;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    @TempDir
    Path dir;
    Path fixture;

    /** What one run printed and returned. */
    record Run(int code, String out, String err) {}

    @BeforeEach
    void copyFixture() throws IOException {
        fixture = dir.resolve("fixture.json");
        try (InputStream in = getClass().getResourceAsStream("/fixture/fixture-atlas.json")) {
            Files.copy(in, fixture);
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = HotspotAtlasCli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void validateAcceptsAValidFile() {
        Run r = run("validate", fixture.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("valid"), r.out());
        assertTrue(r.out().contains("2 hotspots"), r.out());
        assertTrue(r.out().contains("note: 2 text anchors are well formed") && r.out().contains("needs the source text"),
                "validate says what it cannot check about anchors: " + r.out());
    }

    @Test
    void validateChecksAUsersAnchorsForLengthShapeAndPlaceButNotAgainstTheText() throws IOException {
        String text = Files.readString(fixture);
        String first = "{\"locator\": \"\u00b64.2\", \"start\": \"Both powers vetoed\", \"end\": \"on Freedonia.\"}";
        assertTrue(text.contains(first), "the fixture's first anchor");
        Path bad = dir.resolve("anchors.json");
        Files.writeString(bad, text.replace(first, "{\"locator\": \"\u00b64.9\", \"start\": \"Both powers vetoed\"},"
                + " {\"locator\": \"\u00b63\", \"start\": \"one two three four five six seven\", \"end\": \" eight\"},"
                + " {\"locator\": \"\u00b64.1\", \"start\": \"one two three four five six seven\","
                + " \"end\": \"eight nine ten eleven twelve thirteen\"}"));
        Run r = run("validate", bad.toString());
        assertEquals(1, r.code(), r.out());
        assertTrue(r.err().contains("source.anchors[1]: anchor end must not start or end with white space, but was ' eight'"),
                r.err());
        assertTrue(r.err().contains("source.anchors[2]: anchor for \u00b64.1 must have at most 12 words in all, but had 13"),
                r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        // one anchor pointing past the source's outline, the others fine: named by its place in the file
        Files.writeString(bad, text.replace(first, first.replace("\u00b64.2", "\u00b64.9")));
        r = run("validate", bad.toString());
        assertEquals(1, r.code(), r.out());
        assertTrue(r.err().contains("source.anchors[0].locator: locator \u00b64.9 is outside the source"), r.err());
        // well-formed anchors pass, and validate says what it could not check
        r = run("validate", fixture.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("note: 2 text anchors are well formed and within the 12-word limit; whether each link "
                + "finds its sentence needs the source text, which validate does not have"), r.out());
    }

    @Test
    void validateListsEveryProblemWithoutAStackTrace() throws IOException {
        String text = Files.readString(fixture)
                .replace("\"modality\": \"fact\", \"voice\": \"author\", \"quantities\"",
                        "\"modality\": \"rumour\", \"voice\": \"author\", \"quantities\"")
                .replace("\"objects\": [\"security-council\"]", "\"objects\": [\"nobody\"]");
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, text);
        Run r = run("validate", bad.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("claims[0] (id fx-relationship).modality"), r.err());
        assertTrue(r.err().contains("unknown modality 'rumour'"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
    }

    @Test
    void danglingReferenceIsNamed() throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, Files.readString(fixture).replace("\"objects\": [\"security-council\"]", "\"objects\": [\"nobody\"]"));
        Run r = run("validate", bad.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("claims[2] (id fx-veto).objects[0]: no actor has id 'nobody'"), r.err());
    }

    @Test
    void malformedJsonGivesLineAndColumn() throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\n  \"formatVersion\": \"1.0\",\n  oops\n}");
        Run r = run("validate", bad.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("line 3, column"), r.err());
    }

    @Test
    void missingFileIsAOneLineError() {
        Run r = run("validate", dir.resolve("nope.json").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("does not exist"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, run("frobnicate").code());
        assertEquals(2, run("export").code(), "--out is required");
        Run r = run("export", "--out", dir.toString(), "--format", "rtf", "--data", fixture.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("unknown format 'rtf'"), r.err());
        assertEquals(2, run("export", "--out", dir.toString(), "--from", "2019-13-01").code());
    }

    @Test
    void showCountsClaimsInTheSingularAndThePlural() throws IOException {
        Atlas atlas = Atlas.read(fixture);
        String one = atlas.actors().stream().filter(a -> atlas.claimsInvolving(a.id()).size() == 1)
                .filter(a -> atlas.hotspot(a.id()).isEmpty()).map(a -> a.id()).findFirst()
                .orElseThrow(() -> new AssertionError("the fixture needs an actor in exactly one claim"));
        Run r = run("show", one, "--data", fixture.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\n1 claim involves it."), r.out());
        String many = atlas.actors().stream().filter(a -> atlas.claimsInvolving(a.id()).size() > 1)
                .filter(a -> atlas.hotspot(a.id()).isEmpty()).map(a -> a.id()).findFirst().orElseThrow();
        Run m = run("show", many, "--data", fixture.toString());
        assertTrue(m.out().contains("\n" + atlas.claimsInvolving(many).size() + " claims involve it."), m.out());
    }

    @Test
    void showPrintsEveryKindOfRecordThatSharesTheId() {
        Run r = run("show", "freedonia", "--data", fixture.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("[hotspot freedonia"), r.out());
        assertTrue(r.out().contains("[state freedonia]"), r.out());
        // the hotspot and the actor named by one id print their own names
        Run s = run("show", "sylvania", "--data", fixture.toString());
        assertTrue(s.out().contains("Sylvanian mediation  [hotspot sylvania"), s.out());
        assertTrue(s.out().contains("Sylvania  [state sylvania]"), s.out());
        Run claim = run("show", "fx-envoys", "--data", fixture.toString());
        assertTrue(claim.out().contains("  hotspot: Freedonia"), claim.out());
        assertTrue(claim.out().contains("  who acts: Both together (a joint act)"), claim.out());
        assertTrue(claim.out().contains("  when: 2019-02-28 (day, enrichment, its event's date)"), claim.out());
        Run leader = run("show", "chen-wei", "--data", fixture.toString());
        assertTrue(leader.out().contains("Acts for: China"), leader.out());
        Run planned = run("show", "fx-talks", "--data", fixture.toString());
        assertTrue(planned.out().contains("  status: Expected (Likely): not yet held"), planned.out());
    }

    @Test
    void selectionMistakesAreUsageErrors() {
        Path out = dir.resolve("out");
        assertEquals(2, run("export", "--actor", "nobody", "--data", fixture.toString(), "--out", out.toString()).code());
        Run reversed = run("export", "--from", "2019-06-01", "--to", "2019-01-01", "--data", fixture.toString(),
                "--out", out.toString());
        assertEquals(2, reversed.code());
        // the same words as the API's refusal
        String rule = assertThrows(IllegalArgumentException.class, () -> org.hotspotatlas.core.Atlas.checkRange(
                java.time.LocalDate.of(2019, 6, 1), java.time.LocalDate.of(2019, 1, 1))).getMessage();
        assertTrue(reversed.err().contains(rule), reversed.err());
        assertEquals(2, run("export", "--format", "pdf", "--title", " ", "--data", fixture.toString(),
                "--out", out.toString()).code());
        Run empty = run("export", "--format", "json", "--from", "1900-01-01", "--to", "1900-12-31",
                "--data", fixture.toString(), "--out", out.toString());
        assertEquals(0, empty.code(), empty.err());
        assertTrue(empty.err().contains("keeps no hotspot and no claim"), empty.err());
    }

    @Test
    void helpAndVersion() {
        Run help = run("export", "--help");
        assertEquals(0, help.code(), help.err());
        assertTrue(help.out().contains("--hotspot"), help.out());
        // The help names every format export accepts (it once left out the newest, annotations).
        assertTrue(help.out().replaceAll("\\s+", " ").contains(String.join(", ", Formats.names()) + "."),
                "every format in the help: " + help.out());
        Run version = run("--version");
        assertEquals(0, version.code());
        assertTrue(version.out().contains("hotspot-atlas "), version.out());
        assertTrue(version.out().contains("bundled data " + Atlas.bundled().dataVersion()), version.out());
    }

    @Test
    void listAndShowPrintTables() {
        Run list = run("list", "hotspots", "--data", fixture.toString());
        assertEquals(0, list.code(), list.err());
        assertTrue(list.out().contains("freedonia") && list.out().contains("sylvania"), list.out());
        assertTrue(list.out().contains("(2 rows)"), list.out());
        Run events = run("list", "events", "--data", fixture.toString());
        int founding = events.out().indexOf("fx-founding");
        int vote = events.out().indexOf("fx-vote");
        assertTrue(founding > 0 && vote > founding, "chronological: " + events.out());
        Run show = run("show", "fx-veto", "--data", fixture.toString());
        assertEquals(0, show.code(), show.err());
        assertTrue(show.out().contains("veto") && show.out().contains("\u00b64.2"), show.out());
        assertTrue(show.out().contains("\n  \u00b64.2  https://example.org/fixture-brief#:~:text=Both%20powers%20vetoed,"
                + "on%20Freedonia.\n"), "the locator beside its link: " + show.out());
        Run hotspot = run("show", "freedonia", "--data", fixture.toString());
        assertTrue(hotspot.out().contains("\n  \u00b64.1  https://example.org/fixture-brief  (no text anchor: opens the page)\n"),
                "a locator without an anchor says so: " + hotspot.out());
        Run none = run("show", "nothing-here", "--data", fixture.toString());
        assertEquals(1, none.code());
        assertTrue(none.err().contains("no hotspot, actor, claim or event has id 'nothing-here'"), none.err());
    }

    @Test
    void exportWritesTheCanonicalJsonThatReadsBack() throws IOException {
        Path out = dir.resolve("out");
        Run r = run("export", "--format", "json", "--data", fixture.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        Atlas back = Atlas.read(out.resolve("hotspot-atlas.json"));
        assertEquals(Atlas.read(fixture), back);
        assertEquals(List.of("hotspot-atlas.json"), names(out));
    }

    @Test
    void defaultExportWritesEveryFormat() throws IOException {
        Path out = dir.resolve("out");
        Run r = run("export", "--data", fixture.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("hotspot-atlas.annotations.jsonld", "hotspot-atlas.claims.ndjson", "hotspot-atlas.docx",
                "hotspot-atlas.graph.json", "hotspot-atlas.json", "hotspot-atlas.pdf", "hotspot-atlas.xlsx"), names(out));
        assertTrue(r.out().contains("exported Atlas[data 0.0.1-fixture"), r.out());
    }

    @Test
    void oneHotspotBriefFromTheCommandLine() throws IOException {
        Path out = dir.resolve("out");
        Run r = run("export", "--format", "pdf", "--hotspot", "sylvania", "--page-size", "letter",
                "--title", "Sylvania brief", "--name", "sylvania", "--data", fixture.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(out.resolve("sylvania.pdf").toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Sylvania brief"), "title");
            assertTrue(text.contains("China leaves the lead to Russia."), "the hotspot's coordination finding");
            assertFalse(text.contains("Both vetoed a draft resolution on Freedonia."), "no other hotspot's claims");
            assertEquals(612f, pdf.getPage(0).getMediaBox().getWidth(), 1f, "Letter paper");
        }
        assertEquals(2, run("export", "--format", "pdf", "--page-size", "A3", "--data", fixture.toString(),
                "--out", out.toString()).code());
    }

    @Test
    void oneHotspotWordBriefFromTheCommandLine() throws IOException {
        Path out = dir.resolve("out");
        Run r = run("export", "--format", "docx", "--hotspot", "sylvania", "--page-size", "letter",
                "--title", "Sylvania brief", "--name", "sylvania", "--data", fixture.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("sylvania.docx"), names(out));
        try (org.apache.poi.xwpf.usermodel.XWPFDocument doc = org.hotspotatlas.export.Hardening.docx(
                java.nio.file.Files.readAllBytes(out.resolve("sylvania.docx")))) {
            assertEquals("Sylvania brief", doc.getProperties().getCoreProperties().getTitle());
            List<String> headings = doc.getParagraphs().stream().filter(p -> "Heading2".equals(p.getStyle()))
                    .map(p -> p.getText()).toList();
            List<String> names = Atlas.read(fixture).hotspots().stream().map(h -> h.name()).toList();
            assertEquals(List.of(Atlas.read(fixture).hotspot("sylvania").orElseThrow().name()),
                    headings.stream().filter(names::contains).toList(), "only the chosen hotspot");
            assertEquals(12240, ((java.math.BigInteger) doc.getDocument().getBody().getSectPr().getPgSz().getW()).intValue(),
                    "Letter paper");
        }
    }

    @Test
    void failedExportLeavesNothingBehind() throws IOException {
        Path out = dir.resolve("out");
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "[]");
        Run r = run("export", "--format", "json", "--data", bad.toString(), "--out", out.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("must be a JSON object"), r.err());
        assertTrue(!Files.exists(out) || names(out).isEmpty(), "nothing written");
        Run unknownHotspot = run("export", "--hotspot", "atlantis", "--data", fixture.toString(), "--out", out.toString());
        assertEquals(2, unknownHotspot.code(), "an id the dataset lacks is a usage error");
        assertTrue(unknownHotspot.err().contains("unknown hotspot id atlantis"), unknownHotspot.err());
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
