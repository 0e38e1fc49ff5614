package org.hotspotatlas.examples;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.hotspotatlas.core.Atlas;
import org.hotspotatlas.core.Selection;
import org.hotspotatlas.export.xlsx.XlsxExporter;
import org.hotspotatlas.export.xlsx.XlsxOptions;

/**
 * An Excel comparison matrix for a selection: the Middle East and Africa, without the records
 * dated outside 2018 and 2019 (undated claims, most of them, are kept), written to a stream the
 * caller owns.
 *
 * <p>Argument: {@code [OUT-DIR]}, by default {@code out/examples}.
 */
public final class SelectionMatrixExample {
    private SelectionMatrixExample() {}

    /**
     * Writes {@code matrix-middle-east-africa.xlsx}, the workbook of the selection, to the output
     * directory and prints its path.
     *
     * @param args optional output directory
     * @throws IOException if the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path dir = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "out/examples"));

        // Most claims carry no date of their own: keep those, and drop only what is dated outside the range.
        Selection selection = Selection.hotspots("middle-east", "africa")
                .between(LocalDate.of(2018, 1, 1), LocalDate.of(2019, 12, 31))
                .keepingUndated();
        Atlas part = Atlas.bundled().select(selection);

        Path file = dir.resolve("matrix-middle-east-africa.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            // the options carry the selection, so that the workbook's About sheet says what was left out
            new XlsxExporter(XlsxOptions.defaults().withSelection(selection)).export(part, out);
        }
        System.out.println("wrote " + file + " for " + selection.describe() + ": " + part);
    }
}
