package org.hotspotatlas.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.hotspotatlas.core.Atlas;
import org.hotspotatlas.core.DatasetException;
import org.hotspotatlas.core.Problem;
import org.hotspotatlas.export.Exporter;
import org.hotspotatlas.export.json.CanonicalJsonExporter;
import org.hotspotatlas.export.pdf.PdfExporter;
import org.hotspotatlas.export.xlsx.XlsxExporter;

/**
 * Load your own dataset, validate it, and export it. Without an argument it first writes a copy of
 * the bundled dataset to play with.
 *
 * <p>Arguments: {@code [DATASET-FILE [OUT-DIR]]}.
 */
public final class CustomDatasetExample {
    private CustomDatasetExample() {}

    /**
     * Reads and validates the dataset file (or, without one, a copy of the bundled dataset that it
     * writes first); if it is valid, exports it as a workbook, a PDF brief and JSON to the output
     * directory ({@code out/examples} by default), else prints every problem and exits with status 1.
     *
     * @param args optional dataset file and output directory
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        int code = run(args);
        if (code != 0) {
            System.exit(code);
        }
    }

    /**
     * Does the work of {@link #main} without exiting.
     *
     * @param args optional dataset file and output directory
     * @return 0 when the dataset was valid and exported, 1 when it was not valid
     * @throws IOException if a file cannot be written
     */
    public static int run(String[] args) throws IOException {
        Path dir = Files.createDirectories(Path.of(args.length > 1 ? args[1] : "out/examples"));
        Path dataset;
        if (args.length > 0) {
            dataset = Path.of(args[0]);
        } else {
            dataset = dir.resolve("my-dataset.json");
            Atlas.bundled().write(dataset);
        }

        Atlas atlas;
        try {
            atlas = Atlas.read(dataset);
        } catch (DatasetException e) {
            System.out.println(dataset + " is not valid:");
            for (Problem p : e.problems()) {
                System.out.println("  " + p.where() + ": " + p.message());
            }
            return 1;
        }
        System.out.println(dataset + " is valid: " + atlas);
        if (!atlas.uncitedAssertions().isEmpty()) {
            System.out.println("uncited sentences: " + atlas.uncitedAssertions());
        }

        for (Exporter exporter : List.of(new XlsxExporter(), new PdfExporter(), new CanonicalJsonExporter())) {
            Path file = dir.resolve("my-dataset" + exporter.fileExtension());
            exporter.export(atlas, file);
            System.out.println("wrote " + file);
        }
        return 0;
    }
}
