package org.hotspotatlas.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hotspotatlas.core.Atlas;
import org.hotspotatlas.core.Selection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Runs every example as a user would and reads what it wrote with independent readers. */
class ExamplesTest {
    @TempDir
    Path dir;

    private static String capture(ThrowingRunnable run) throws Exception {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            run.run();
        } finally {
            System.setOut(old);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    @Test
    void queryExamplePrintsTheCounterHotspotsAndTheVeto() throws Exception {
        String out = capture(() -> QueryExample.main(new String[0]));
        Atlas atlas = Atlas.bundled();
        assertTrue(out.startsWith(atlas.toString()), out);
        atlas.hotspotsWith(org.hotspotatlas.core.model.UsAlignment.COUNTER)
                .forEach(h -> assertTrue(out.contains("  " + h.name() + " ("), h.name()));
        assertTrue(out.contains("veto: "), out);
        assertTrue(out.contains("[likely 55-80%]"), out);
    }

    @org.junit.jupiter.api.Disabled("the brief 2.0 names other hotspots (map, method); the check must be rewritten for it (issue 14)")
    @Test
    void hotspotBriefExampleWritesABriefAboutThatHotspotOnly() throws Exception {
        capture(() -> HotspotBriefExample.main(new String[] {"arctic", dir.toString()}));
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("brief-arctic.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("China and Russia in The Arctic"), "title");
            assertTrue(text.contains("Northern Sea Route"), "arctic content");
            assertTrue(!text.contains("Maduro"), "no other hotspot's content");
            assertEquals(612f, pdf.getPage(0).getMediaBox().getWidth(), 1f, "Letter paper");
        }
    }

    @Test
    void selectionMatrixExampleWritesOnlyTheSelectedHotspots() throws Exception {
        capture(() -> SelectionMatrixExample.main(new String[] {dir.toString()}));
        Atlas expected = Atlas.bundled().select(Selection.hotspots("middle-east", "africa")
                .between(java.time.LocalDate.of(2018, 1, 1), java.time.LocalDate.of(2019, 12, 31)).keepingUndated());
        // A date range alone keeps one claim of these hotspots; the example keeps the undated ones.
        assertTrue(expected.claims().size() > 10, "claims in the selection: " + expected.claims().size());
        try (InputStream in = Files.newInputStream(dir.resolve("matrix-middle-east-africa.xlsx"));
             XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet matrix = wb.getSheet("Matrix");
            int name = -1;
            for (var cell : matrix.getRow(0)) {
                if (cell.getStringCellValue().equals("Hotspot")) {
                    name = cell.getColumnIndex();
                }
            }
            Set<String> names = new HashSet<>();
            for (Row row : matrix) {
                if (row.getRowNum() > 0 && row.getCell(name) != null) {
                    names.add(row.getCell(name).getStringCellValue());
                }
            }
            Set<String> want = new HashSet<>();
            expected.hotspots().forEach(h -> want.add(h.name()));
            assertEquals(want, names);
            assertEquals(expected.claims().size(), wb.getSheet("Claims").getTables().get(0).getDataRowCount());
            boolean recorded = false;
            for (Row row : wb.getSheet("About")) {
                for (var cell : row) {
                    recorded |= cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                            && cell.getStringCellValue().startsWith("Part of the dataset: hotspots middle-east, africa");
                }
            }
            assertTrue(recorded, "the About sheet records the selection");
        }
    }

    @Test
    void customDatasetExampleValidatesAndExports() throws Exception {
        int[] code = new int[1];
        Path data = dir.resolve("mine.json");
        Atlas.bundled().write(data);
        String out = capture(() -> code[0] = CustomDatasetExample.run(new String[] {data.toString(), dir.toString()}));
        assertEquals(0, code[0], out);
        assertTrue(out.contains("is valid: " + Atlas.bundled()), out);
        assertEquals(Atlas.bundled(), Atlas.read(dir.resolve("my-dataset.json")));
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("my-dataset.pdf").toFile())) {
            assertTrue(pdf.getNumberOfPages() > 5);
        }
        try (InputStream in = Files.newInputStream(dir.resolve("my-dataset.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals(Atlas.bundled().claims().size(), wb.getSheet("Claims").getTables().get(0).getDataRowCount());
        }
    }

    @Test
    void customDatasetExampleListsEveryProblemOfABadFile() throws Exception {
        Path bad = dir.resolve("bad.json");
        Atlas.bundled().write(bad);
        Files.writeString(bad, Files.readString(bad).replace("\"kind\": \"state\"", "\"kind\": \"country\""));
        int[] code = new int[1];
        String out = capture(() -> code[0] = CustomDatasetExample.run(new String[] {bad.toString(), dir.toString()}));
        assertEquals(1, code[0]);
        assertTrue(out.contains("is not valid:"), out);
        assertTrue(out.contains("unknown actor kind 'country'"), out);
        assertTrue(!Files.exists(dir.resolve("my-dataset.xlsx")), "nothing exported");
    }

    @Test
    void webJsonExampleWritesAGraphAPageCanLoad() throws Exception {
        capture(() -> WebJsonExample.main(new String[] {dir.toString()}));
        JsonNode graph = JsonMapper.builder().build().readTree(dir.resolve("atlas.graph.json").toFile());
        assertTrue(graph.get("elements").get("nodes").size() >= Atlas.bundled().actors().size());
        long lines = Files.readAllLines(dir.resolve("claims.ndjson")).size();
        assertEquals(Atlas.bundled().claims().size(), lines);
        assertTrue(Files.readString(dir.resolve("index.html")).contains("atlas.graph.json"));
    }
}
