package org.hotspotatlas.it.modulepath;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;

import org.hotspotatlas.core.Atlas;
import org.hotspotatlas.core.Selection;
import org.hotspotatlas.export.json.CanonicalJsonExporter;
import org.hotspotatlas.export.pdf.PdfExporter;
import org.hotspotatlas.export.xlsx.XlsxExporter;

/**
 * Writes a workbook, a brief and the JSON dataset from the bundled atlas, as a named module
 * without picocli, and checks each file.
 */
public final class Main {
    public static void main(String[] args) throws Exception {
        check(Main.class.getModule().isNamed(), "runs as a named module");
        check(ModuleLayer.boot().findModule("org.hotspotatlas.export").isPresent(), "export is a module");
        check(ModuleLayer.boot().findModule("info.picocli").isEmpty(), "picocli is not in the module graph");

        Path dir = Files.createDirectories(Path.of(args[0]));
        Atlas atlas = Atlas.bundled();
        // One hotspot is enough to load every class the renderers need (the class-path consumer
        // renders the whole atlas).
        Atlas part = atlas.select(Selection.hotspots(atlas.hotspots().get(0).id()));

        Path xlsx = dir.resolve("atlas.xlsx");
        new XlsxExporter().export(part, xlsx);
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            check(zip.getEntry("xl/workbook.xml") != null, "workbook part present");
        }

        Path pdf = dir.resolve("atlas.pdf");
        new PdfExporter().export(part, pdf);
        byte[] bytes = Files.readAllBytes(pdf);
        check(bytes.length > 1_000
                && new String(bytes, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-"), "pdf header");

        Path json = dir.resolve("atlas.json");
        new CanonicalJsonExporter().export(atlas, json);
        check(Atlas.read(json).equals(atlas), "json reads back as the same atlas");

        System.out.println("modulepath-consumer OK: " + atlas + "; rendered " + part);
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new AssertionError("failed: " + what);
        }
    }
}
