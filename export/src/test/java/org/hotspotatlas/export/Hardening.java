package org.hotspotatlas.export;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.hotspotatlas.core.Atlas;
import org.hotspotatlas.core.ReadLimits;
import org.hotspotatlas.export.docx.DocxExporter;
import org.hotspotatlas.export.json.AnnotationsExporter;
import org.hotspotatlas.export.json.CanonicalJsonExporter;
import org.hotspotatlas.export.json.GraphJsonExporter;
import org.hotspotatlas.export.json.NdjsonClaimsExporter;
import org.hotspotatlas.export.pdf.PdfExporter;
import org.hotspotatlas.export.xlsx.XlsxExporter;

import org.hotspotatlas.core.io.DatasetFormat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Shared pieces of the hardening tests: the fixture as a JSON tree to edit, every exporter, and
 * the independent readers each format is read back with.
 */
public final class Hardening {

    /** A plain Jackson mapper, independent of the library's own JSON module. */
    public static final JsonMapper JSON = JsonMapper.builder().build();

    private Hardening() {}

    /** @return the fixture's bytes */
    public static byte[] fixtureBytes() {
        try (InputStream in = Hardening.class.getResourceAsStream("/fixture/fixture-atlas.json")) {
            assertNotNull(in, "fixture on the test class path");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the fixture atlas */
    public static Atlas fixture() {
        return read(fixtureBytes());
    }

    /** @return the fixture document as an editable tree */
    public static ObjectNode fixtureTree() {
        return (ObjectNode) JSON.readTree(fixtureBytes());
    }

    /** @return the fixture document, edited, as bytes */
    public static byte[] fixtureWith(Consumer<ObjectNode> edit) {
        ObjectNode root = fixtureTree();
        edit.accept(root);
        return JSON.writeValueAsBytes(root);
    }

    /** @return record i of a top-level list */
    public static ObjectNode record(ObjectNode root, String list, int i) {
        return (ObjectNode) root.get(list).get(i);
    }

    /** @return an array field of an object */
    public static ArrayNode array(ObjectNode o, String field) {
        return (ArrayNode) o.get(field);
    }

    /** Reads a dataset from bytes with the default limits. */
    public static Atlas read(byte[] bytes) {
        return Atlas.read(new java.io.ByteArrayInputStream(bytes), "test", ReadLimits.DEFAULT);
    }

    /** @return one of each exporter, with default options, in the CLI's order */
    public static List<Exporter> exporters() {
        return List.of(new XlsxExporter(), new PdfExporter(), new DocxExporter(), new CanonicalJsonExporter(),
                new GraphJsonExporter(), new NdjsonClaimsExporter(), new AnnotationsExporter());
    }

    /** An export's bytes and result. */
    public record Output(byte[] bytes, ExportResult result) {}

    /** Exports to memory. */
    public static Output export(Exporter exporter, Atlas atlas) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ExportResult r = exporter.export(atlas, out);
            return new Output(out.toByteArray(), r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ------------------------------------------------------------------ independent readers

    /** Opens a workbook with POI. */
    public static XSSFWorkbook xlsx(byte[] bytes) {
        try {
            return new XSSFWorkbook(new java.io.ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens a Word document with POI. */
    public static XWPFDocument docx(byte[] bytes) {
        try {
            return new XWPFDocument(new java.io.ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Word document's text (body, tables, headers and footers), extracted with POI's word extractor. */
    public static String docxText(byte[] bytes) {
        try (XWPFWordExtractor extractor = new XWPFWordExtractor(docx(bytes))) {
            return extractor.getText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Validates every XML part of a Word document that the OOXML schema covers (document, styles,
     * numbering, settings, headers, footers, extended properties) against that schema, with the
     * complete schema types of poi-ooxml-full, and checks that the content types and relationships
     * are well-formed XML.
     *
     * @return every violation, "part: message", or none
     */
    public static List<String> docxSchemaViolations(byte[] bytes) {
        // the subset in poi-ooxml-lite cannot validate elements it has no types for: make sure the full set is in use
        String from = String.valueOf(org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument.class
                .getProtectionDomain().getCodeSource().getLocation());
        if (!from.contains("poi-ooxml-full")) {
            throw new IllegalStateException("the OOXML schema types come from " + from + ", not poi-ooxml-full");
        }
        List<String> violations = new ArrayList<>();
        int validated = 0;
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(bytes))) {
            for (java.util.zip.ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                String name = e.getName();
                byte[] part = zip.readAllBytes();
                org.apache.xmlbeans.SchemaType type = docxPartType(name);
                if (type == null && !name.endsWith(".xml") && !name.endsWith(".rels")) {
                    continue;
                }
                // with no type (content types, relationships, core properties) the part only has to parse
                org.apache.xmlbeans.XmlOptions load = new org.apache.xmlbeans.XmlOptions().setLoadLineNumbers();
                org.apache.xmlbeans.XmlObject typed;
                try (InputStream in = new java.io.ByteArrayInputStream(part)) {
                    // through the type's own type system, which also resolves the parts' wildcards (the picture)
                    typed = type == null ? org.apache.xmlbeans.XmlObject.Factory.parse(in, load)
                            : type.getTypeSystem().parse(in, type, load);
                    if (type == null) {
                        continue;
                    }
                } catch (org.apache.xmlbeans.XmlException x) {
                    violations.add(name + ": " + x.getMessage());
                    continue;
                }
                List<org.apache.xmlbeans.XmlError> errors = new ArrayList<>();
                typed.validate(new org.apache.xmlbeans.XmlOptions().setErrorListener(errors));
                errors.forEach(x -> violations.add(name + ": " + x));
                validated++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (validated < 7) {
            violations.add("only " + validated + " parts validated; a Word brief has at least 7");
        }
        return violations;
    }

    /** @return the schema type of a Word document's part, or null for a part the WordprocessingML schema does not cover */
    private static org.apache.xmlbeans.SchemaType docxPartType(String name) {
        if (name.startsWith("word/header")) {
            return org.openxmlformats.schemas.wordprocessingml.x2006.main.HdrDocument.type;
        }
        if (name.startsWith("word/footer")) {
            return org.openxmlformats.schemas.wordprocessingml.x2006.main.FtrDocument.type;
        }
        return switch (name) {
            case "word/document.xml" -> org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument.type;
            case "word/styles.xml" -> org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument.type;
            case "word/numbering.xml" -> org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument.type;
            case "word/settings.xml" -> org.openxmlformats.schemas.wordprocessingml.x2006.main.SettingsDocument.type;
            case "docProps/app.xml" -> org.openxmlformats.schemas.officeDocument.x2006.extendedProperties.PropertiesDocument.type;
            default -> null;
        };
    }

    /** Every page's text, extracted with PDFBox, and the page count. */
    public record PdfText(int pages, String text) {}

    /** Opens a PDF with PDFBox and extracts its text. */
    public static PdfText pdf(byte[] bytes) {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            return new PdfText(doc.getNumberOfPages(), new PDFTextStripper().getText(doc));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses one JSON document with plain Jackson. */
    public static JsonNode json(byte[] bytes) {
        return JSON.readTree(bytes);
    }

    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    /** The published schemas of the three JSON formats. */
    public static final Schema DATASET_SCHEMA = SCHEMAS.getSchema(DatasetFormat.schema());
    /** The graph view's schema. */
    public static final Schema GRAPH_SCHEMA = SCHEMAS.getSchema(GraphJsonExporter.schema());
    /** The schema of one NDJSON claim line. */
    public static final Schema LINE_SCHEMA = SCHEMAS.getSchema(NdjsonClaimsExporter.lineSchema());
    /** The schema of the annotations document. */
    public static final Schema ANNOTATIONS_SCHEMA = SCHEMAS.getSchema(AnnotationsExporter.schema());

    /** Asserts that a JSON document meets a schema, listing every error if not. */
    public static void assertMeets(Schema schema, JsonNode json, String what) {
        List<com.networknt.schema.Error> errors = schema.validate(json);
        org.junit.jupiter.api.Assertions.assertTrue(errors.isEmpty(), () -> what + " does not meet its schema: " + errors);
    }

    /** Parses newline-delimited JSON: one document per line. */
    public static List<JsonNode> ndjson(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        List<JsonNode> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isEmpty()) {
                lines.add(JSON.readTree(line));
            }
        }
        return lines;
    }
}
