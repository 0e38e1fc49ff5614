package org.hotspotatlas.it.classpath;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hotspotatlas.core.Atlas;
import org.hotspotatlas.export.json.CanonicalJsonExporter;
import org.hotspotatlas.export.pdf.PdfExporter;
import org.hotspotatlas.export.xlsx.XlsxExporter;

/** Writes a workbook, a brief and the JSON dataset from the bundled atlas and checks each file. */
public final class Main {
    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of(args[0]));
        Atlas atlas = Atlas.bundled();

        Path xlsx = dir.resolve("atlas.xlsx");
        new XlsxExporter().export(atlas, xlsx);
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            check(wb.getNumberOfSheets() > 1, "workbook has sheets: " + wb.getNumberOfSheets());
        }

        Path pdf = dir.resolve("atlas.pdf");
        new PdfExporter().export(atlas, pdf);
        byte[] bytes = Files.readAllBytes(pdf);
        check(bytes.length > 10_000 && new String(bytes, 0, 5, "US-ASCII").equals("%PDF-"), "pdf header");

        Path json = dir.resolve("atlas.json");
        new CanonicalJsonExporter().export(atlas, json);
        check(Atlas.read(json).equals(atlas), "json reads back as the same atlas");

        try {
            Class.forName("picocli.CommandLine");
            check(false, "picocli is on a library user's class path");
        } catch (ClassNotFoundException expected) {
            // Library users do not get the command line's parser.
        }
        System.out.println("classpath-consumer OK: " + atlas);
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new AssertionError("failed: " + what);
        }
    }
}
