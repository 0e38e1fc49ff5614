package org.hotspotatlas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.hotspotatlas.core.Analysis;
import org.hotspotatlas.core.Atlas;
import org.hotspotatlas.core.model.Claim;
import org.hotspotatlas.core.model.Hotspot;
import org.hotspotatlas.core.model.PartialDate;
import org.hotspotatlas.export.docx.DocxExporter;
import org.hotspotatlas.export.json.GraphJsonExporter;
import org.hotspotatlas.export.json.NdjsonClaimsExporter;
import org.hotspotatlas.export.pdf.PdfExporter;
import org.hotspotatlas.export.xlsx.XlsxExporter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every format says the same thing about what the data means: joint acts (per hotspot and in total),
 * the names of hotspots, theatres and actors, and each claim's effective date agree across the
 * workbook (read with POI), the brief's text (PDFBox), the Word brief's headings and tables (POI), the
 * NDJSON lines and the graph, and match the
 * core analysis. Each format is read back with an independent reader into a {@link Reading}; a new
 * renderer joins by adding one entry to {@link #READERS}.
 */
class ConsistencyTest {

    /**
     * What one format shows of the analysis, read back from its bytes. Maps hold only what the format
     * shows; an empty map means the format does not show that part.
     *
     * @param format          the format's name, for messages
     * @param jointActs       hotspot id to the number of joint acts the format lists there (every hotspot)
     * @param jointActsTotal  the total the format states, or null if it states none
     * @param jointActByClaim claim id to whether the format marks it a joint act
     * @param hotspotNames    hotspot id to the name shown
     * @param theatreNames    theatre id to the name shown
     * @param actorNames      actor id to the name shown
     * @param claimDates      claim id to the date shown for it, as an ISO partial date
     */
    record Reading(String format, Map<String, Integer> jointActs, Integer jointActsTotal,
                   Map<String, Boolean> jointActByClaim, Map<String, String> hotspotNames,
                   Map<String, String> theatreNames, Map<String, String> actorNames, Map<String, String> claimDates) {}

    /**
     * Where the stated total of joint acts splits into those in the hotspots and those outside any, the
     * first part is the sum of the per-hotspot counts the same document shows, and the parts add up.
     */
    static void inHotspots(String format, String text, Map<String, Integer> perHotspot, Integer stated) {
        Matcher split = Pattern.compile("joint acts \\((\\d+) in the hotspots, (\\d+) between").matcher(text);
        if (split.find()) {
            int in = Integer.parseInt(split.group(1));
            assertEquals(perHotspot.values().stream().mapToInt(Integer::intValue).sum(), in,
                    format + ": joint acts in the hotspots against the per-hotspot counts");
            assertEquals(stated, in + Integer.parseInt(split.group(2)), format + ": the parts of the total");
        }
    }

    /** One reader per format: exports the atlas and reads what the output shows. */
    static final Map<String, Function<Atlas, Reading>> READERS = new LinkedHashMap<>();

    static {
        READERS.put("xlsx", ConsistencyTest::workbook);
        READERS.put("pdf", ConsistencyTest::brief);
        READERS.put("docx", ConsistencyTest::wordBrief);
        READERS.put("ndjson", ConsistencyTest::ndjson);
        READERS.put("graph", ConsistencyTest::graph);
    }

    static Stream<Arguments> cases() {
        Atlas fixture = fixture();
        Atlas bundled = Atlas.bundled();
        List<Arguments> out = new ArrayList<>();
        for (String format : READERS.keySet()) {
            out.add(Arguments.of("fixture", fixture, format));
            out.add(Arguments.of("bundled", bundled, format));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} as {2}")
    @MethodSource("cases")
    void theFormatAgreesWithTheCoreAnalysis(String data, Atlas atlas, String format) {
        Reading r = READERS.get(format).apply(atlas);
        Analysis an = atlas.analysis();
        String at = data + " as " + format + ": ";

        Map<String, Integer> expectedPerHotspot = new LinkedHashMap<>();
        atlas.hotspots().forEach(h -> expectedPerHotspot.put(h.id(), an.jointActs(h.id()).size()));
        assertEquals(expectedPerHotspot, r.jointActs(), at + "joint acts per hotspot");
        if (r.jointActsTotal() != null) {
            assertEquals(an.jointActs().size(), r.jointActsTotal(), at + "joint acts in total");
        }
        r.jointActByClaim().forEach((id, joint) -> assertEquals(an.isJointAct(claim(atlas, id)), joint,
                at + "joint act flag of " + id));
        r.hotspotNames().forEach((id, name) -> assertEquals(atlas.hotspotName(id), name, at + "hotspot " + id));
        r.theatreNames().forEach((id, name) -> assertEquals(atlas.theatreName(id), name, at + "theatre " + id));
        r.actorNames().forEach((id, name) -> assertEquals(atlas.actorName(id), name, at + "actor " + id));
        r.claimDates().forEach((id, date) -> assertEquals(
                an.effectiveDate(claim(atlas, id)).map(t -> t.date().toString()).orElse(null), date,
                at + "effective date of " + id));
        // every format names every hotspot; those that list claims one by one mark and date every one
        assertEquals(atlas.hotspots().size(), r.hotspotNames().size(), at + "hotspots named");
        if (!r.jointActByClaim().isEmpty()) {
            assertEquals(atlas.claims().size(), r.jointActByClaim().size(), at + "claims marked");
            long dated = atlas.claims().stream().filter(c -> an.effectiveDate(c).isPresent()).count();
            assertEquals(dated, r.claimDates().size(), at + "claims dated");
        }
    }

    /** The data must exercise what this test checks, or it proves nothing. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("atlases")
    void theDataExercisesTheRules(String data, Atlas atlas) {
        Analysis an = atlas.analysis();
        assertFalse(an.jointActs().isEmpty(), data + " has joint acts");
        assertTrue(atlas.claims().stream().anyMatch(c -> c.time() == null && an.effectiveDate(c).isPresent()),
                data + " has a claim dated only by its event");
        assertTrue(atlas.hotspots().stream().anyMatch(h -> atlas.actor(h.id()).isPresent()
                        && !atlas.actorName(h.id()).equals(h.name())),
                data + " has an id naming an actor and a hotspot differently");
        assertTrue(atlas.claims().stream().anyMatch(c -> an.whoActs(c).isJoint() && !an.isJointAct(c)),
                data + " has a claim both principals carry out that is not a joint act");
    }

    static Stream<Arguments> atlases() {
        return Stream.of(Arguments.of("fixture", fixture()), Arguments.of("bundled", Atlas.bundled()));
    }

    // ------------------------------------------------------------------ readers

    /**
     * Claims sheet (per claim: hotspot, theatre, joint act, date), Claim subjects (actor names), and
     * the joint acts per hotspot on the Overview, which the Matrix's list and the Actions count must
     * repeat.
     */
    static Reading workbook(Atlas atlas) {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(export(new XlsxExporter(), atlas)))) {
            DataFormatter fmt = new DataFormatter(Locale.ROOT);
            Sheet claims = wb.getSheet("Claims");
            Map<String, Integer> col = header(claims, fmt);
            Map<String, Boolean> joint = new TreeMap<>();
            Map<String, String> hotspots = new TreeMap<>();
            Map<String, String> theatres = new TreeMap<>();
            Map<String, String> actors = new TreeMap<>();
            Map<String, String> dates = new TreeMap<>();
            for (int r = 1; r <= claims.getLastRowNum(); r++) {
                Row row = claims.getRow(r);
                String id = fmt.formatCellValue(row.getCell(col.get("Claim id")));
                if (id.isEmpty()) {
                    continue;
                }
                Claim c = claim(atlas, id);
                joint.put(id, yesNo(fmt.formatCellValue(row.getCell(col.get("Joint act")))));
                if (c.hotspot() != null) {
                    hotspots.put(c.hotspot(), fmt.formatCellValue(row.getCell(col.get("Hotspot"))));
                }
                if (c.theatre() != null) {
                    theatres.put(c.theatre(), fmt.formatCellValue(row.getCell(col.get("Theatre"))));
                }
                Cell date = row.getCell(col.get("Date"));
                if (date != null && date.getCellType() == CellType.NUMERIC) {
                    dates.put(id, excelDate(date, row.getCell(col.get("Until"))));
                }
            }
            Sheet subjects = wb.getSheet("Claim subjects");
            Map<String, Integer> scol = header(subjects, fmt);
            for (int r = 1; r <= subjects.getLastRowNum(); r++) {
                Row row = subjects.getRow(r);
                String actor = fmt.formatCellValue(row.getCell(scol.get("Subject id")));
                if (!actor.isEmpty()) {
                    actors.put(actor, fmt.formatCellValue(row.getCell(scol.get("Subject"))));
                }
            }
            Sheet overview = wb.getSheet("Overview");
            Sheet matrix = wb.getSheet("Matrix");
            Sheet acts = wb.getSheet("Actions");
            Map<String, Integer> ocol = header(overview, fmt);
            Map<String, Integer> mcol = header(matrix, fmt);
            Map<String, Integer> acol = header(acts, fmt);
            Map<String, Integer> perHotspot = new LinkedHashMap<>();
            for (int i = 0; i < atlas.hotspots().size(); i++) {
                Hotspot h = atlas.hotspots().get(i);
                Row o = overview.getRow(i + 1);
                Row m = matrix.getRow(i + 1);
                Row a = acts.getRow(i + 1);
                for (Row row : List.of(o, m, a)) {
                    String sheet = row.getSheet().getSheetName();
                    Map<String, Integer> cols = sheet.equals("Overview") ? ocol : sheet.equals("Matrix") ? mcol : acol;
                    assertEquals(h.id(), fmt.formatCellValue(row.getCell(cols.get("Hotspot id"))), sheet + " row " + (i + 1));
                    hotspots.merge(h.id(), fmt.formatCellValue(row.getCell(cols.get("Hotspot"))),
                            (x, y) -> x.equals(y) ? x : x + " / " + y);
                }
                int n = (int) o.getCell(ocol.get("Joint acts")).getNumericCellValue();
                perHotspot.put(h.id(), n);
                assertEquals(n, countListed(fmt.formatCellValue(m.getCell(mcol.get("Joint acts")))),
                        "the Matrix lists the Overview's joint acts of " + h.id());
                assertEquals(n, (int) a.getCell(acol.get("Joint acts")).getNumericCellValue(),
                        "Actions counts the Overview's joint acts of " + h.id());
            }
            return new Reading("xlsx", perHotspot, null, joint, hotspots, theatres, actors, dates);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Bullet lines of a Matrix cell, plus the "And N more" line if there is one. */
    private static int countListed(String cell) {
        int n = 0;
        for (String line : cell.split("\n")) {
            if (line.startsWith("\u2022 ")) {
                n++;
            }
            Matcher more = Pattern.compile("^And (\\d+) more joint acts").matcher(line);
            if (more.find()) {
                n += Integer.parseInt(more.group(1));
            }
        }
        return n;
    }

    /**
     * The brief's text: each hotspot section's key-facts line (under its heading "3.N name") states
     * its joint acts ("Joint acts: N"); a dated joint act appears as "date. summary" or, in a
     * hotspot's joint-acts table, "date act summary"; the key judgement states the total.
     */
    static Reading brief(Atlas atlas) {
        String text;
        try (PDDocument doc = Loader.loadPDF(export(new PdfExporter(), atlas))) {
            text = new PDFTextStripper().getText(doc).replaceAll("(?U)\\s+", " "); // the en space after a bullet too
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Integer> perHotspot = new LinkedHashMap<>();
        Map<String, String> names = new TreeMap<>();
        Map<String, String> dates = new TreeMap<>();
        int n = 1;
        for (Hotspot h : atlas.hotspots()) {
            String heading = "3." + n++ + " ";
            int at = text.lastIndexOf(heading + h.name() + " "); // the section, after its contents entry
            assertTrue(at >= 0, "brief: no section heading for " + h.id());
            names.put(h.id(), h.name());
            Matcher count = Pattern.compile("Joint acts: (\\d+)").matcher(text);
            assertTrue(count.find(at), "brief: no joint-act count for " + h.id());
            perHotspot.put(h.id(), Integer.parseInt(count.group(1)));
            for (Claim c : atlas.claimsIn(h.id())) {
                Matcher row = Pattern.compile("(?<![^ ])(" + DATE + ")\\*?(?:\\.| " + wrapped(c.action().label()) + ") "
                        + wrapped(c.summary())).matcher(text);
                if (row.find(at)) {
                    dates.put(c.id(), isoDate(row.group(1)));
                }
            }
        }
        Matcher total = Pattern.compile("The data records (\\w+) joint acts?").matcher(text);
        Integer stated = total.find() ? number(total.group(1)) : null;
        assertTrue(stated != null || atlas.analysis().jointActs().isEmpty(), "brief: no joint-act total stated");
        inHotspots("brief", text, perHotspot, stated);
        return new Reading("pdf", perHotspot, stated, Map.of(), names, Map.of(), Map.of(), dates);
    }

    /**
     * The Word brief, read with POI as Word structure: hotspot names from the level 2 headings of the
     * hotspot part, joint acts per hotspot from the comparison table's "Joint acts" column, the total
     * from the key judgement, and the dates of the joint acts a hotspot's "When / Act / What" table
     * lists.
     */
    static Reading wordBrief(Atlas atlas) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(export(new DocxExporter(), atlas)))) {
            List<IBodyElement> body = doc.getBodyElements();
            Map<String, String> names = new TreeMap<>();
            Map<String, Integer> perHotspot = new LinkedHashMap<>();
            Map<String, String> dates = new TreeMap<>();
            // the hotspot part: its level 2 headings, each followed by the section's paragraphs and tables
            int part = -1;
            for (int i = 0; i < body.size(); i++) {
                if (body.get(i) instanceof XWPFParagraph p && "Heading1".equals(p.getStyle())
                        && p.getText().equals("Hotspot by hotspot")) {
                    part = i;
                }
            }
            assertTrue(part >= 0 || atlas.hotspots().isEmpty(), "docx: no hotspot part");
            List<List<IBodyElement>> sections = new ArrayList<>();
            for (int i = part + 1; part >= 0 && i < body.size(); i++) {
                IBodyElement e = body.get(i);
                if (e instanceof XWPFParagraph p && "Heading1".equals(p.getStyle())) {
                    break;
                }
                if (e instanceof XWPFParagraph p && "Heading2".equals(p.getStyle())) {
                    sections.add(new ArrayList<>(List.of(p)));
                } else if (!sections.isEmpty()) {
                    sections.get(sections.size() - 1).add(e);
                }
            }
            assertEquals(atlas.hotspots().size(), sections.size(), "docx: one section per hotspot");
            for (int i = 0; i < sections.size(); i++) {
                Hotspot h = atlas.hotspots().get(i);
                names.put(h.id(), ((XWPFParagraph) sections.get(i).get(0)).getText());
                for (IBodyElement e : sections.get(i)) {
                    if (e instanceof XWPFTable t && cells(t.getRow(0)).equals(List.of("When", "Act", "What"))) {
                        for (XWPFTableRow row : t.getRows().subList(1, t.getNumberOfRows())) {
                            List<String> cell = cells(row);
                            for (Claim c : atlas.claimsIn(h.id())) {
                                if (cell.get(1).equals(c.action().label()) && plain(cell.get(2)).startsWith(plain(c.summary()))
                                        && !cell.get(0).equals("Undated")) {
                                    dates.put(c.id(), isoDate(cell.get(0).replace("*", "").trim()));
                                }
                            }
                        }
                    }
                }
            }
            // the comparison exhibit: one row per hotspot, in the atlas's order
            XWPFTable compared = doc.getTables().stream().filter(t -> cells(t.getRow(0)).contains("Joint acts")
                    && cells(t.getRow(0)).contains("Hotspot")).findFirst().orElse(null);
            assertTrue(compared != null || atlas.hotspots().isEmpty(), "docx: no comparison table");
            if (compared != null) {
                int hotspotColumn = cells(compared.getRow(0)).indexOf("Hotspot");
                int jointColumn = cells(compared.getRow(0)).indexOf("Joint acts");
                assertEquals(atlas.hotspots().size() + 1, compared.getNumberOfRows(), "docx: comparison rows");
                for (int i = 0; i < atlas.hotspots().size(); i++) {
                    List<String> row = cells(compared.getRow(i + 1));
                    assertEquals(names.get(atlas.hotspots().get(i).id()), row.get(hotspotColumn),
                            "docx: the comparison row and the section heading name the hotspot alike");
                    perHotspot.put(atlas.hotspots().get(i).id(), Integer.parseInt(row.get(jointColumn)));
                }
            }
            String text = doc.getParagraphs().stream().map(XWPFParagraph::getText).reduce("", (a, b) -> a + " " + b)
                    .replaceAll("\\s+", " ");
            Matcher total = Pattern.compile("The data records (\\w+) joint acts?\\b").matcher(text);
            Integer stated = total.find() ? number(total.group(1)) : null;
            assertTrue(stated != null || atlas.analysis().jointActs().isEmpty(), "docx: no joint-act total stated");
            inHotspots("docx", text, perHotspot, stated);
            return new Reading("docx", perHotspot, stated, Map.of(), names, Map.of(), Map.of(), dates);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> cells(XWPFTableRow row) {
        return row.getTableCells().stream().map(c -> c.getText().trim()).toList();
    }

    /** Text with typographic quotes made straight, for comparing the brief's prose with the data's. */
    private static String plain(String s) {
        return s.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201C', '"').replace('\u201D', '"');
    }

    /** Text as a table cell may wrap it: at a space, or just after a hyphen. */
    private static String wrapped(String s) {
        List<String> words = new ArrayList<>();
        for (String w : s.split(" ")) {
            words.add(String.join("- ?", java.util.Arrays.stream(w.split("-", -1)).map(Pattern::quote).toList()));
        }
        return String.join(" ", words);
    }

    /**
     * Dates as the brief writes them: "2019", "Feb 2019", "28 Feb 2019", "5–7 Jun 2019",
     * "28 Jun – 2 Jul 2019", "28 Dec 2018 – 2 Jan 2019".
     */
    private static final String MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)";
    private static final String DATE = "(?:\\d{1,2} " + MONTH + " \\d{4} \u2013 \\d{1,2} " + MONTH + " \\d{4}"
            + "|\\d{1,2} " + MONTH + " \u2013 \\d{1,2} " + MONTH + " \\d{4}"
            + "|\\d{1,2}\u2013\\d{1,2} " + MONTH + " \\d{4}"
            + "|\\d{1,2} " + MONTH + " \\d{4}"
            + "|" + MONTH + " \\d{4}"
            + "|\\d{4})";

    /** Reads a date as the brief writes it back into ISO 8601 form, independently of the renderer. */
    static String isoDate(String written) {
        String shown = written.replace(" ", "");
        Matcher m;
        if ((m = Pattern.compile("^(\\d{4})$").matcher(shown)).matches()) {
            return m.group(1);
        }
        if ((m = Pattern.compile("^([A-Z][a-z]{2})(\\d{4})$").matcher(shown)).matches()) {
            return PartialDate.ofMonth(Integer.parseInt(m.group(2)), month(m.group(1))).toString();
        }
        if ((m = Pattern.compile("^(\\d{1,2})([A-Z][a-z]{2})(\\d{4})$").matcher(shown)).matches()) {
            return PartialDate.ofDay(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)))
                    .toString();
        }
        if ((m = Pattern.compile("^(\\d{1,2})\u2013(\\d{1,2})([A-Z][a-z]{2})(\\d{4})$").matcher(shown)).matches()) {
            int y = Integer.parseInt(m.group(4));
            int mo = month(m.group(3));
            return PartialDate.ofRange(LocalDate.of(y, mo, Integer.parseInt(m.group(1))),
                    LocalDate.of(y, mo, Integer.parseInt(m.group(2)))).toString();
        }
        if ((m = Pattern.compile("^(\\d{1,2})([A-Z][a-z]{2})(\\d{4})\u2013(\\d{1,2})([A-Z][a-z]{2})(\\d{4})$")
                .matcher(shown)).matches()) {
            return PartialDate.ofRange(
                    LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1))),
                    LocalDate.of(Integer.parseInt(m.group(6)), month(m.group(5)), Integer.parseInt(m.group(4))))
                    .toString();
        }
        if ((m = Pattern.compile("^(\\d{1,2})([A-Z][a-z]{2})\u2013(\\d{1,2})([A-Z][a-z]{2})(\\d{4})$").matcher(shown))
                .matches()) {
            int y = Integer.parseInt(m.group(5));
            return PartialDate.ofRange(LocalDate.of(y, month(m.group(2)), Integer.parseInt(m.group(1))),
                    LocalDate.of(y, month(m.group(4)), Integer.parseInt(m.group(3)))).toString();
        }
        throw new AssertionError("not a date as the brief writes one: '" + shown + "'");
    }

    private static int month(String abbreviation) {
        for (Month m : Month.values()) {
            if (m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).equals(abbreviation)) {
                return m.getValue();
            }
        }
        throw new AssertionError("not a month: " + abbreviation);
    }

    private static final List<String> NUMBER_WORDS = List.of("no", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve");

    private static int number(String word) {
        int i = NUMBER_WORDS.indexOf(word);
        return i >= 0 ? i : Integer.parseInt(word);
    }

    /** Every line: hotspot, theatre, subjects and objects with names, jointAct, effectiveDate. */
    static Reading ndjson(Atlas atlas) {
        String text = new String(export(new NdjsonClaimsExporter(), atlas), StandardCharsets.UTF_8);
        Map<String, Boolean> joint = new TreeMap<>();
        Map<String, String> hotspots = new TreeMap<>();
        Map<String, String> theatres = new TreeMap<>();
        Map<String, String> actors = new TreeMap<>();
        Map<String, String> dates = new TreeMap<>();
        for (String line : text.split("\n")) {
            JsonNode l = JSON.readTree(line);
            String id = l.get("id").stringValue();
            joint.put(id, l.get("jointAct").booleanValue());
            if (l.has("hotspot")) {
                hotspots.put(l.get("hotspot").get("id").stringValue(), l.get("hotspot").get("name").stringValue());
            }
            if (l.has("theatre")) {
                theatres.put(l.get("theatre").get("id").stringValue(), l.get("theatre").get("name").stringValue());
            }
            for (String list : List.of("subjects", "objects")) {
                l.get(list).forEach(a -> actors.put(a.get("id").stringValue(), a.get("name").stringValue()));
            }
            if (l.has("effectiveDate")) {
                dates.put(id, l.get("effectiveDate").get("date").stringValue());
            }
        }
        return new Reading("ndjson", perHotspot(atlas, joint), null, joint, withEveryHotspot(atlas, hotspots),
                theatres, actors, dates);
    }

    /** Nodes give names; claim edges give each claim's jointAct and date. */
    static Reading graph(Atlas atlas) {
        JsonNode doc = JSON.readTree(export(new GraphJsonExporter(), atlas));
        Map<String, String> hotspots = new TreeMap<>();
        Map<String, String> actors = new TreeMap<>();
        for (JsonNode n : doc.get("elements").get("nodes")) {
            JsonNode d = n.get("data");
            switch (d.get("category").stringValue()) {
                case "hotspot" -> hotspots.put(d.get("ref").stringValue(), d.get("label").stringValue());
                case "actor" -> actors.put(d.get("ref").stringValue(), d.get("label").stringValue());
                default -> { }
            }
        }
        Map<String, Boolean> joint = new TreeMap<>();
        Map<String, String> dates = new TreeMap<>();
        for (JsonNode e : doc.get("elements").get("edges")) {
            JsonNode d = e.get("data");
            if (!d.get("type").stringValue().equals("claim")) {
                continue;
            }
            String id = d.get("claim").stringValue();
            Boolean before = joint.put(id, d.get("jointAct").booleanValue());
            assertTrue(before == null || before == d.get("jointAct").booleanValue(), "graph: edges of " + id + " disagree");
            if (d.has("date")) {
                dates.put(id, d.get("date").stringValue());
            }
        }
        // a claim whose only actors could not be linked has no edge; none should be missing here
        atlas.claims().forEach(c -> assertTrue(joint.containsKey(c.id()), "graph: no edge for claim " + c.id()));
        return new Reading("graph", perHotspot(atlas, joint), null, joint, hotspots, Map.of(), actors, dates);
    }

    // ------------------------------------------------------------------ helpers

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static Map<String, Integer> perHotspot(Atlas atlas, Map<String, Boolean> jointByClaim) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (Hotspot h : atlas.hotspots()) {
            out.put(h.id(), (int) atlas.claimsIn(h.id()).stream()
                    .filter(c -> Boolean.TRUE.equals(jointByClaim.get(c.id()))).count());
        }
        return out;
    }

    /** NDJSON names a hotspot only on its claims; a hotspot without claims is named by the core. */
    private static Map<String, String> withEveryHotspot(Atlas atlas, Map<String, String> shown) {
        Map<String, String> out = new TreeMap<>(shown);
        atlas.hotspots().forEach(h -> out.putIfAbsent(h.id(), h.name()));
        return out;
    }

    private static Claim claim(Atlas atlas, String id) {
        return atlas.claim(id).orElseThrow(() -> new AssertionError("no claim " + id + " in the atlas"));
    }

    private static boolean yesNo(String s) {
        assertTrue(s.equals("Yes") || s.equals("No"), "Joint act must be Yes or No, but was '" + s + "'");
        return s.equals("Yes");
    }

    private static Map<String, Integer> header(Sheet s, DataFormatter fmt) {
        Map<String, Integer> col = new LinkedHashMap<>();
        for (Cell c : s.getRow(0)) {
            col.put(fmt.formatCellValue(c), c.getColumnIndex());
        }
        return col;
    }

    /** An Excel date cell shown at its precision ("yyyy", "mmm yyyy", "d mmm yyyy"), with its Until cell. */
    private static String excelDate(Cell date, Cell until) {
        LocalDate d = date.getLocalDateTimeCellValue().toLocalDate();
        String format = date.getCellStyle().getDataFormatString();
        if (until != null && until.getCellType() == CellType.NUMERIC) {
            return PartialDate.ofRange(d, until.getLocalDateTimeCellValue().toLocalDate()).toString();
        }
        return switch (format) {
            case "yyyy" -> PartialDate.ofYear(d.getYear()).toString();
            case "mmm yyyy" -> PartialDate.ofMonth(d.getYear(), d.getMonthValue()).toString();
            case "d mmm yyyy" -> PartialDate.ofDay(d.getYear(), d.getMonthValue(), d.getDayOfMonth()).toString();
            default -> throw new AssertionError("unexpected date format " + format);
        };
    }

    private static byte[] export(Exporter exporter, Atlas atlas) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            exporter.export(atlas, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static Atlas fixture() {
        try (InputStream in = ConsistencyTest.class.getResourceAsStream("/fixture/fixture-atlas.json")) {
            return Atlas.read(in, "fixture", org.hotspotatlas.core.ReadLimits.DEFAULT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
