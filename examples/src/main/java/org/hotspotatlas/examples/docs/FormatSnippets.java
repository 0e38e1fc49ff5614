package org.hotspotatlas.examples.docs;

// tag::xlsxImports[]
import java.nio.file.Files;
import java.nio.file.Path;
import org.hotspotatlas.core.Atlas;
import org.hotspotatlas.core.Selection;
import org.hotspotatlas.export.ExportResult;
import org.hotspotatlas.export.xlsx.XlsxExporter;
import org.hotspotatlas.export.xlsx.XlsxOptions;
// end::xlsxImports[]
import java.io.IOException;

import org.hotspotatlas.export.docx.DocxExporter;
import org.hotspotatlas.export.docx.DocxOptions;
import org.hotspotatlas.export.json.AnnotationsExporter;
import org.hotspotatlas.export.json.CanonicalJsonExporter;
import org.hotspotatlas.export.json.GraphJsonExporter;
import org.hotspotatlas.export.json.NdjsonClaimsExporter;
import org.hotspotatlas.export.pdf.PdfExporter;
import org.hotspotatlas.export.pdf.PdfOptions;

/**
 * The code on the formats page (docs/formats.md), as methods that compile and run. Each method
 * holds, between its tag markers, exactly the lines the page shows; {@code DocSnippetsTest} checks
 * that they match and runs each method in a scratch directory, where the files appear.
 */
public final class FormatSnippets {
    private FormatSnippets() {}

    /**
     * The workbook: the whole dataset to a file, one hotspot, and a stream the caller owns.
     *
     * @throws IOException if a file cannot be written
     */
    public static void xlsx() throws IOException {
        // tag::xlsx[]
        Atlas atlas = Atlas.bundled();
        XlsxExporter excel = new XlsxExporter();

        // The whole dataset, written atomically.
        ExportResult result = excel.export(atlas, Path.of("hotspots.xlsx"));
        result.warnings().forEach(System.err::println);   // e.g. text cut to the cell limit

        // One hotspot only; the options carry the selection, which the About sheet records.
        Selection venezuela = Selection.hotspots("venezuela");
        new XlsxExporter(XlsxOptions.defaults().withSelection(venezuela))
                .export(atlas.select(venezuela), Path.of("venezuela.xlsx"));

        // Write to a stream you own (it is flushed, not closed).
        try (var out = Files.newOutputStream(Path.of("copy.xlsx"))) {
            excel.export(atlas, out);
        }
        // end::xlsx[]
    }

    /**
     * The brief: in full on A4, and for one hotspot on Letter paper.
     *
     * @throws IOException if a file cannot be written
     */
    public static void pdf() throws IOException {
        // tag::pdf[]
        Atlas atlas = Atlas.bundled();

        // The full brief, on A4.
        new PdfExporter().export(atlas, Path.of("brief.pdf"));

        // A one-hotspot brief on U.S. Letter with its own title.
        PdfOptions options = PdfOptions.defaults()
                .withTitle("The Arctic: a brief")
                .withPageSize(PdfOptions.PageSize.LETTER);
        ExportResult result = new PdfExporter(options)
                .export(atlas.select(Selection.hotspots("arctic")), Path.of("arctic.pdf"));
        result.warnings().forEach(System.err::println);
        // end::pdf[]
    }

    /**
     * The Word brief with an author of one's own.
     *
     * @throws IOException if the file cannot be written
     */
    public static void docx() throws IOException {
        // tag::docx[]
        new DocxExporter(DocxOptions.defaults().withAuthor("Research desk"))
                .export(Atlas.bundled(), Path.of("brief.docx"));
        // end::docx[]
    }

    /**
     * The four JSON files.
     *
     * @throws IOException if a file cannot be written
     */
    public static void json() throws IOException {
        // tag::json[]
        Atlas atlas = Atlas.bundled();
        new CanonicalJsonExporter().export(atlas, Path.of("atlas.json"));
        new GraphJsonExporter().export(atlas, Path.of("atlas.graph.json"));
        new NdjsonClaimsExporter().export(atlas, Path.of("atlas.claims.ndjson"));
        new AnnotationsExporter().export(atlas, Path.of("atlas.annotations.jsonld"));
        // end::json[]
    }
}
