package org.hotspotatlas.examples.bench;

import org.hotspotatlas.export.json.CanonicalJsonExporter;
import org.hotspotatlas.export.pdf.PdfExporter;
import org.hotspotatlas.export.xlsx.XlsxExporter;

/** The benchmark cases by exporter name. */
final class Cases {
    private Cases() {}

    static Bench.Case of(String name) {
        return switch (name) {
            case "xlsx" -> new Bench.Case("xlsx", (a, out) -> new XlsxExporter().export(a, out), XlsxFloor::write);
            case "pdf" -> new Bench.Case("pdf", (a, out) -> new PdfExporter().export(a, out), PdfFloor::write);
            case "json" -> new Bench.Case("json", (a, out) -> new CanonicalJsonExporter().export(a, out), JsonFloor::write);
            default -> throw new IllegalArgumentException("unknown exporter '" + name + "'; expected xlsx, pdf or json");
        };
    }
}
