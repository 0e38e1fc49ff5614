package org.hotspotatlas.export.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a command loads in a fresh JVM ({@code -Xlog:class+load}): the browsing commands load no
 * POI and no OpenPDF, {@code --version} not even the dataset reader, and an export loads only the
 * libraries of the formats asked for.
 */
class StartupClassesTest {
    private static final String POI = " org.apache.poi.";
    private static final String XMLBEANS = " org.apache.xmlbeans.";
    private static final String OPENPDF = " com.lowagie.";
    private static final String DATABIND = " tools.jackson.databind.";

    @TempDir
    Path dir;

    /** @return the classes loaded by one run of the command line, one log line each */
    private List<String> loaded(String... args) throws IOException, InterruptedException {
        Path log = dir.resolve("classes-" + System.nanoTime() + ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", "-Xlog:class+load=info:file=" + log, "-cp", System.getProperty("java.class.path"),
                HotspotAtlasCli.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("out.txt").toFile()).start();
        assertEquals(0, p.waitFor(), String.join(" ", args) + ": " + Files.readString(dir.resolve("out.txt")));
        List<String> lines = Files.readAllLines(log);
        assertTrue(lines.size() > 100, "the log lists the loaded classes");
        return lines;
    }

    private static long count(List<String> lines, String prefix) {
        return lines.stream().filter(l -> l.contains(prefix)).count();
    }

    @Test
    void versionReadsNeitherTheDatasetNorAnyExportLibrary() throws Exception {
        List<String> lines = loaded("--version");
        assertEquals(0, count(lines, POI) + count(lines, XMLBEANS) + count(lines, OPENPDF), "no POI, no OpenPDF");
        assertEquals(0, count(lines, DATABIND), "the dataset is not parsed for --version");
        assertFalse(lines.stream().anyMatch(l -> l.contains(" picocli.CommandLine$Model")), "no command model is built");
    }

    @Test
    void browsingLoadsNoExportLibrary() throws Exception {
        for (String[] args : List.of(new String[] {"--help"}, new String[] {"list", "hotspots"},
                new String[] {"show", "venezuela"})) {
            List<String> lines = loaded(args);
            assertEquals(0, count(lines, POI) + count(lines, XMLBEANS) + count(lines, OPENPDF),
                    String.join(" ", args) + " loads no POI and no OpenPDF");
        }
    }

    @Test
    void anExportLoadsOnlyTheLibrariesOfItsFormats() throws Exception {
        List<String> json = loaded("export", "--format", "json,graph,ndjson", "--out", dir.resolve("json").toString());
        assertEquals(0, count(json, POI) + count(json, XMLBEANS) + count(json, OPENPDF), "JSON formats need neither");
        assertFalse(json.stream().anyMatch(l -> l.contains(" org.hotspotatlas.export.pdf.")
                || l.contains(" org.hotspotatlas.export.xlsx.")), "nor the PDF and workbook code");
        List<String> pdf = loaded("export", "--format", "pdf", "--out", dir.resolve("pdf").toString());
        assertEquals(0, count(pdf, POI) + count(pdf, XMLBEANS), "a brief needs no POI");
        assertTrue(count(pdf, OPENPDF) > 0, "but OpenPDF");
    }
}
