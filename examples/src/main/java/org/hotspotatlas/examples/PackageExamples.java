package org.hotspotatlas.examples;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.hotspotatlas.core.Atlas;
import org.hotspotatlas.core.Selection;
import org.hotspotatlas.core.io.AtomicFile;
import org.hotspotatlas.core.io.DatasetFormat;
import org.hotspotatlas.core.model.Action;
import org.hotspotatlas.core.model.Claim;
import org.hotspotatlas.core.model.Hotspot;
import org.hotspotatlas.core.model.UsAlignment;
import org.hotspotatlas.export.ExportResult;
import org.hotspotatlas.export.Exporter;
import org.hotspotatlas.export.docx.DocxExporter;
import org.hotspotatlas.export.docx.DocxOptions;
import org.hotspotatlas.export.json.CanonicalJsonExporter;
import org.hotspotatlas.export.json.GraphJsonExporter;
import org.hotspotatlas.export.json.HotspotAtlasModule;
import org.hotspotatlas.export.json.NdjsonClaimsExporter;
import org.hotspotatlas.export.pdf.PdfExporter;
import org.hotspotatlas.export.pdf.PdfOptions;
import org.hotspotatlas.export.xlsx.XlsxExporter;
import org.hotspotatlas.export.xlsx.XlsxOptions;

import tools.jackson.databind.json.JsonMapper;

/**
 * The examples on the package pages of the API documentation, as code that compiles and runs.
 * Each method holds, between its snippet markers, exactly the lines its package page shows;
 * {@code PackageExamplesTest} runs every method and checks that the pages still match.
 */
public final class PackageExamples {
    private PackageExamples() {}

    /**
     * Loads the dataset, queries it and selects one hotspot. The example of package {@code
     * org.hotspotatlas.core}.
     */
    public static void core() {
        // snippet: org.hotspotatlas.core
        Atlas atlas = Atlas.bundled();
        for (Hotspot h : atlas.hotspotsWith(UsAlignment.COUNTER)) {
            System.out.println(h.name() + ": " + atlas.claimsIn(h.id()).size() + " claims");
        }
        Atlas arctic = atlas.select(Selection.hotspots("arctic"));
        System.out.println(arctic);
        // end of snippet
    }

    /**
     * Prints the vetoes with their citations and likelihoods. The example of package {@code
     * org.hotspotatlas.core.model}.
     */
    public static void model() {
        // snippet: org.hotspotatlas.core.model
        for (Claim claim : Atlas.bundled().claimsWith(Action.VETO)) {
            System.out.println(claim.summary() + " " + claim.locators());
            claim.likelihoodWord().ifPresent(l -> System.out.println(
                    "  " + l.code() + ", " + l.minPercent() + " to " + l.maxPercent() + " percent"));
        }
        // end of snippet
    }

    /**
     * Writes the dataset atomically and reports the format. The example of package {@code
     * org.hotspotatlas.core.io}.
     *
     * @param dir an existing directory to write to
     * @throws IOException if a file cannot be written
     */
    public static void io(Path dir) throws IOException {
        // snippet: org.hotspotatlas.core.io
        Path file = dir.resolve("atlas.json");
        AtomicFile.write(file, out -> Atlas.bundled().write(out));
        System.out.println("format " + DatasetFormat.VERSION + ", schema of "
                + DatasetFormat.schema().length() + " characters");
        // end of snippet
    }

    /**
     * Writes the part of the atlas about one hotspot in three formats. The example of package
     * {@code org.hotspotatlas.export}.
     *
     * @param dir an existing directory to write to
     * @throws IOException if a file cannot be written
     */
    public static void export(Path dir) throws IOException {
        // snippet: org.hotspotatlas.export
        Atlas atlas = Atlas.bundled().select(Selection.hotspots("arctic"));
        for (Exporter exporter : List.of(new XlsxExporter(), new PdfExporter(), new CanonicalJsonExporter())) {
            ExportResult result = exporter.export(atlas, dir.resolve("atlas" + exporter.fileExtension()));
            result.warnings().forEach(System.out::println);
        }
        // end of snippet
    }

    /**
     * Writes a workbook of two hotspots. The example of package {@code
     * org.hotspotatlas.export.xlsx}.
     *
     * @param dir an existing directory to write to
     * @throws IOException if a file cannot be written
     */
    public static void xlsx(Path dir) throws IOException {
        // snippet: org.hotspotatlas.export.xlsx
        Atlas part = Atlas.bundled().select(Selection.hotspots("arctic", "venezuela"));
        XlsxOptions options = XlsxOptions.defaults().withMaxCellText(5_000);
        new XlsxExporter(options).export(part, dir.resolve("matrix.xlsx"));
        // end of snippet
    }

    /**
     * Writes a brief on one hotspot. The example of package {@code org.hotspotatlas.export.pdf}.
     *
     * @param dir an existing directory to write to
     * @throws IOException if a file cannot be written
     */
    public static void pdf(Path dir) throws IOException {
        // snippet: org.hotspotatlas.export.pdf
        PdfOptions options = PdfOptions.defaults()
                .withTitle("China and Russia in the Arctic")
                .withPageSize(PdfOptions.PageSize.LETTER)
                .withSelection(Selection.hotspots("arctic"));
        new PdfExporter(options).export(Atlas.bundled(), dir.resolve("arctic.pdf"));
        // end of snippet
    }

    /**
     * Writes an editable Word brief on one hotspot, in the name of its author. The example of package
     * {@code org.hotspotatlas.export.docx}.
     *
     * @param dir an existing directory to write to
     * @throws IOException if a file cannot be written
     */
    public static void docx(Path dir) throws IOException {
        // snippet: org.hotspotatlas.export.docx
        DocxOptions options = DocxOptions.defaults()
                .withAuthor("Policy Planning Staff")
                .withSelection(Selection.hotspots("venezuela"));
        ExportResult result = new DocxExporter(options).export(Atlas.bundled(), dir.resolve("venezuela.docx"));
        result.warnings().forEach(System.out::println);
        // end of snippet
    }

    /**
     * Writes the JSON views and one claim through a mapper. The example of package {@code
     * org.hotspotatlas.export.json}.
     *
     * @param dir an existing directory to write to
     * @throws IOException if a file cannot be written
     */
    public static void json(Path dir) throws IOException {
        // snippet: org.hotspotatlas.export.json
        Atlas atlas = Atlas.bundled();
        new GraphJsonExporter().export(atlas, dir.resolve("atlas.graph.json"));
        new NdjsonClaimsExporter().export(atlas, dir.resolve("claims.ndjson"));
        JsonMapper mapper = JsonMapper.builder().addModule(new HotspotAtlasModule()).build();
        System.out.println(mapper.writeValueAsString(atlas.claims().get(0)));
        // end of snippet
    }
}
