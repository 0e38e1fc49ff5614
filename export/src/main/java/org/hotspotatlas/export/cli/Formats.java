package org.hotspotatlas.export.cli;

import java.util.List;
import java.util.Locale;

import org.hotspotatlas.export.Exporter;
import org.hotspotatlas.export.docx.DocxExporter;
import org.hotspotatlas.export.docx.DocxOptions;
import org.hotspotatlas.export.json.AnnotationsExporter;
import org.hotspotatlas.export.json.CanonicalJsonExporter;
import org.hotspotatlas.export.json.GraphJsonExporter;
import org.hotspotatlas.export.json.NdjsonClaimsExporter;
import org.hotspotatlas.export.pdf.PdfExporter;
import org.hotspotatlas.export.pdf.PdfOptions;
import org.hotspotatlas.export.xlsx.XlsxExporter;
import org.hotspotatlas.export.xlsx.XlsxOptions;

/** The formats the command line can write, by name. */
final class Formats {
    private Formats() {}

    /** Options that some formats take. */
    record Settings(String title, String pageSize, org.hotspotatlas.core.Selection selection) {}

    private static final List<String> NAMES = List.of("xlsx", "pdf", "docx", "json", "graph", "ndjson", "annotations");

    static List<String> names() {
        return NAMES;
    }

    static Exporter create(String name, Settings settings) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "xlsx" -> new XlsxExporter(XlsxOptions.defaults().withSelection(settings.selection()));
            case "pdf" -> new PdfExporter(pdfOptions(settings));
            case "docx" -> new DocxExporter(docxOptions(settings));
            case "json" -> new CanonicalJsonExporter();
            case "graph" -> new GraphJsonExporter();
            case "ndjson" -> new NdjsonClaimsExporter();
            case "annotations" -> new AnnotationsExporter();
            default -> throw new UserException("unknown format '" + name + "'; expected one of: "
                    + String.join(", ", NAMES), HotspotAtlasCli.EXIT_USAGE);
        };
    }

    /** Loads and initialises POI's workbook classes; the result is discarded. Never fails. */
    static void warmUpXlsx() {
        try {
            // not closed: closing a new workbook saves it to memory, work the export does not need
            new org.apache.poi.xssf.usermodel.XSSFWorkbook().createSheet("warm-up").createRow(0).createCell(0)
                    .setCellValue("warm-up");
        } catch (RuntimeException | LinkageError e) {
            // only a speed-up: the real export reports any real problem
        }
    }

    /** The Word brief takes the PDF brief's choices: title, subtitle, author, date, paper size, selection. */
    private static DocxOptions docxOptions(Settings settings) {
        PdfOptions pdf = pdfOptions(settings);
        return DocxOptions.defaults().withTitle(pdf.title()).withSubtitle(pdf.subtitle()).withAuthor(pdf.author())
                .withDate(pdf.date()).withPageSize(DocxOptions.PageSize.valueOf(pdf.pageSize().name()))
                .withSelection(pdf.selection());
    }

    private static PdfOptions pdfOptions(Settings settings) {
        PdfOptions options = PdfOptions.defaults();
        if (settings.title() != null) {
            options = options.withTitle(settings.title());
        }
        PdfOptions.PageSize size;
        try {
            size = PdfOptions.PageSize.valueOf(settings.pageSize().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserException("--page-size must be A4 or LETTER, but was '" + settings.pageSize() + "'",
                    HotspotAtlasCli.EXIT_USAGE);
        }
        return options.withPageSize(size).withSelection(settings.selection());
    }
}
