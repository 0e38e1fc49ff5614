package org.hotspotatlas.examples.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import tools.jackson.databind.json.JsonMapper;

/**
 * The cold-start floor for the CLI: loads POI, OpenPDF and Jackson and writes one cell (a
 * workbook), one paragraph (a Word document), one line (a PDF) and one object (JSON), to files in
 * the directory given as the only argument: the libraries of every format, each doing the least.
 * {@link ColdStart} times it as a fresh JVM beside {@code hotspot-atlas export --out DIR}.
 */
public final class ColdStartFloor {
    private ColdStartFloor() {}

    /**
     * Writes the four small files (workbook, Word document, PDF, JSON) to the directory given.
     *
     * @param args the output directory
     * @throws Exception if a write fails
     */
    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "cold-start-floor"));
        try (SXSSFWorkbook wb = new SXSSFWorkbook(); OutputStream out = Files.newOutputStream(dir.resolve("one.xlsx"))) {
            wb.createSheet("Sheet").createRow(0).createCell(0).setCellValue("one cell");
            wb.write(out);
            wb.dispose();
        }
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(dir.resolve("one.docx"))) {
            doc.createParagraph().createRun().setText("one paragraph");
            doc.write(out);
        }
        try (OutputStream out = Files.newOutputStream(dir.resolve("one.pdf"))) {
            Document doc = new Document();
            PdfWriter.getInstance(doc, out);
            doc.open();
            doc.add(new Paragraph("one line"));
            doc.close();
        }
        writeJson(dir);
    }

    private static void writeJson(Path dir) throws IOException {
        JsonMapper.builder().build().writeValue(dir.resolve("one.json").toFile(), java.util.Map.of("one", "object"));
    }
}
