package org.hotspotatlas.export.json;

import static org.hotspotatlas.export.json.JsonTestSupport.assertTidyLines;
import static org.hotspotatlas.export.json.JsonTestSupport.assertValid;
import static org.hotspotatlas.export.json.JsonTestSupport.export;
import static org.hotspotatlas.export.json.JsonTestSupport.fixture;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.hotspotatlas.core.Atlas;
import org.hotspotatlas.core.ReadLimits;
import org.hotspotatlas.core.Selection;
import org.hotspotatlas.core.io.DatasetFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.networknt.schema.Schema;

import tools.jackson.databind.JsonNode;

class CanonicalJsonExporterTest {

    private final CanonicalJsonExporter exporter = new CanonicalJsonExporter();

    @Test
    void namesItsFormat() {
        assertEquals("json", exporter.format());
        assertEquals(".json", exporter.fileExtension());
    }

    @Test
    void validatesAgainstThePublishedSchema() {
        byte[] bytes = export(exporter, fixture());
        JsonNode doc = JsonTestSupport.PLAIN.readTree(bytes);
        Schema schema = JsonTestSupport.schema(DatasetFormat.schema());
        assertValid(schema, doc, "canonical document");
        assertEquals(DatasetFormat.SCHEMA_ID, doc.get("$schema").stringValue());
        assertEquals(9, doc.get("claims").size());
        assertEquals("=Both powers prop up the Firefly government, each with its own instrument.",
                doc.get("hotspots").get(0).get("summary").stringValue());
    }

    @Test
    void theSchemaRejectsADocumentMissingARequiredPart() {
        JsonNode doc = JsonTestSupport.PLAIN.readTree(export(exporter, fixture()));
        ((tools.jackson.databind.node.ObjectNode) doc).remove("claims");
        Schema schema = JsonTestSupport.schema(DatasetFormat.schema());
        assertFalse(schema.validate(doc).isEmpty(), "a document without claims must not validate");
    }

    @Test
    void roundTripsToAnEqualAtlasAndIdenticalBytes() {
        Atlas original = fixture();
        byte[] first = export(exporter, original);
        Atlas back = Atlas.read(new ByteArrayInputStream(first), "export", ReadLimits.DEFAULT);
        assertEquals(original, back);
        assertArrayEquals(first, export(exporter, back));
    }

    @Test
    void sameAtlasSameBytesWithTidyLines() {
        byte[] a = export(exporter, fixture());
        byte[] b = export(exporter, fixture());
        assertArrayEquals(a, b);
        String text = JsonTestSupport.utf8(a);
        assertTidyLines(text);
        assertTrue(text.contains("中国") && text.contains("Россия"), "native names written as UTF-8, not escaped");
    }

    @Test
    void aSelectionExportsAValidSubAtlas() {
        Atlas atlas = fixture();
        Atlas part = atlas.select(Selection.hotspots("sylvania"));
        byte[] bytes = export(exporter, part);
        assertValid(JsonTestSupport.schema(DatasetFormat.schema()), JsonTestSupport.PLAIN.readTree(bytes), "selection");
        assertEquals(part, Atlas.read(new ByteArrayInputStream(bytes), "selection", ReadLimits.DEFAULT));
    }

    @Test
    void writesAFileAtomically(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("atlas" + exporter.fileExtension());
        exporter.export(fixture(), file);
        assertEquals(fixture(), Atlas.read(file));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no temporary file left behind");
        }
    }
}
