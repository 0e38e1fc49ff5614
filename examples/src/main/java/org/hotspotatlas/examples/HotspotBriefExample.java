package org.hotspotatlas.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.hotspotatlas.core.Atlas;
import org.hotspotatlas.core.Selection;
import org.hotspotatlas.export.ExportResult;
import org.hotspotatlas.export.pdf.PdfExporter;
import org.hotspotatlas.export.pdf.PdfOptions;

/**
 * A PDF brief for one hotspot, on U.S. Letter paper.
 *
 * <p>Arguments: {@code [HOTSPOT-ID [OUT-DIR]]}, by default {@code venezuela} and {@code out/examples}.
 */
public final class HotspotBriefExample {
    private HotspotBriefExample() {}

    /**
     * Writes {@code brief-HOTSPOT.pdf}, a Letter-size brief on the hotspot, to the output directory and
     * prints its path.
     *
     * @param args optional hotspot id and output directory
     * @throws IOException if the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        String hotspot = args.length > 0 ? args[0] : "venezuela";
        Path dir = Files.createDirectories(Path.of(args.length > 1 ? args[1] : "out/examples"));

        Atlas one = Atlas.bundled().select(Selection.hotspots(hotspot));
        PdfOptions options = PdfOptions.defaults()
                .withTitle("China and Russia in " + one.hotspots().get(0).name())
                .withPageSize(PdfOptions.PageSize.LETTER);
        Path file = dir.resolve("brief-" + hotspot + ".pdf");
        ExportResult result = new PdfExporter(options).export(one, file);

        System.out.println("wrote " + file + " (" + Files.size(file) + " bytes) for " + one);
        result.warnings().forEach(w -> System.out.println("warning: " + w));
    }
}
