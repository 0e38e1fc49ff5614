package org.hotspotatlas.export.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import org.hotspotatlas.core.Atlas;
import org.hotspotatlas.core.ReadLimits;
import org.hotspotatlas.export.Exporter;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Shared helpers for the JSON exporter tests: the fixture, export to bytes, schema checks. */
final class JsonTestSupport {

    static final JsonMapper PLAIN = JsonMapper.builder().build();

    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private JsonTestSupport() {}

    static Atlas fixture() {
        try (InputStream in = JsonTestSupport.class.getResourceAsStream("/fixture/fixture-atlas.json")) {
            assertNotNull(in, "fixture on the test class path");
            return Atlas.read(in, "fixture", ReadLimits.DEFAULT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] export(Exporter exporter, Atlas atlas) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            exporter.export(atlas, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Decodes strictly: malformed UTF-8 fails the test. */
    static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError("output is not valid UTF-8", e);
        }
    }

    static Schema schema(String schemaText) {
        return SCHEMAS.getSchema(schemaText);
    }

    /** Asserts that the JSON meets the schema, listing every error if not. */
    static void assertValid(Schema schema, JsonNode json, String what) {
        List<Error> errors = schema.validate(json);
        assertTrue(errors.isEmpty(), () -> what + " does not meet its schema:\n"
                + errors.stream().map(Error::toString).collect(Collectors.joining("\n")));
    }

    /** Asserts LF line ends only, no trailing spaces, and a final LF. */
    static void assertTidyLines(String text) {
        assertTrue(text.indexOf('\r') < 0, "no CR anywhere");
        assertTrue(text.endsWith("\n"), "ends with LF");
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int n = i + 1;
            assertTrue(line.isEmpty() || !Character.isWhitespace(line.charAt(line.length() - 1)),
                    () -> "line " + n + " has trailing whitespace: [" + line + "]");
        }
        assertEquals("", lines[lines.length - 1], "exactly one final LF");
    }
}
