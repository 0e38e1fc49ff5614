package org.hotspotatlas.export.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line hands its selection to the workbook, whose About sheet records it. */
class WorkbookSelectionTest {
    @TempDir
    Path dir;

    private List<String> about(Path xlsx) throws IOException {
        List<String> all = new ArrayList<>();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Row row : wb.getSheet("About")) {
                for (Cell c : row) {
                    if (c.getCellType() == CellType.STRING) {
                        all.add(c.getStringCellValue());
                    }
                }
            }
        }
        return all;
    }

    @Test
    void aFilteredWorkbookSaysWhatWasSelectedAndAWholeOneSaysSo() throws IOException {
        Path fixture = dir.resolve("fixture.json");
        try (InputStream in = getClass().getResourceAsStream("/fixture/fixture-atlas.json")) {
            Files.copy(in, fixture);
        }
        CliTest.Run part = CliTest.run("export", "--format", "xlsx", "--hotspot", "freedonia", "--from", "2019-01-01",
                "--data", fixture.toString(), "--out", dir.resolve("part").toString());
        assertEquals(0, part.code(), part.err());
        List<String> about = about(dir.resolve("part/hotspot-atlas.xlsx"));
        assertTrue(about.contains("Part of the dataset: hotspot freedonia; 2019-01-01 to now. Claims and events are "
                + "kept when they pass every filter; a date range keeps only dated records."), about::toString);
        assertTrue(about.contains("Freedonia (freedonia)"), about::toString);
        assertTrue(about.contains("2019-01-01") && about.contains("no upper bound"), about::toString);

        CliTest.Run whole = CliTest.run("export", "--format", "xlsx", "--data", fixture.toString(), "--out",
                dir.resolve("whole").toString());
        assertEquals(0, whole.code(), whole.err());
        assertTrue(about(dir.resolve("whole/hotspot-atlas.xlsx")).contains("None: the whole dataset."));
    }
}
