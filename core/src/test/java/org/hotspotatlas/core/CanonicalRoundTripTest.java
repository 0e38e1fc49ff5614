package org.hotspotatlas.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.hotspotatlas.core.io.DatasetFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The canonical writer: read, write, read is equal; write, read, write is byte-identical. */
class CanonicalRoundTripTest {

    static byte[] write(Atlas a) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        a.write(out);
        return out.toByteArray();
    }

    static Atlas read(byte[] bytes) {
        return Atlas.read(new ByteArrayInputStream(bytes), "bytes", ReadLimits.DEFAULT);
    }

    @Test
    void readWriteReadGivesAnEqualAtlas() throws IOException {
        Atlas first = Fixtures.atlas();
        Atlas second = read(write(first));
        assertEquals(first, second);
        assertEquals(first.hashCode(), second.hashCode());
        assertEquals(first.claims(), second.claims());
        assertEquals(first.hotspots(), second.hotspots());
        assertEquals(first.source(), second.source());
    }

    @Test
    void writeReadWriteGivesIdenticalBytes() throws IOException {
        byte[] once = write(Fixtures.atlas());
        byte[] twice = write(read(once));
        assertArrayEquals(once, twice);
        assertArrayEquals(once, write(Fixtures.atlas()), "writing the same atlas twice differs");
    }

    @Test
    void outputIsUtf8WithLfLineEndsAndAFinalNewline() throws IOException {
        byte[] bytes = write(Fixtures.atlas());
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertFalse(text.contains("\r"), "output contains a carriage return");
        assertTrue(text.endsWith("}\n"), "output must end in a single newline");
        assertFalse(text.endsWith("\n\n"));
        assertFalse(bytes[0] == (byte) 0xEF, "output starts with a byte-order mark");
        assertTrue(text.startsWith("{\n  \"$schema\": \"" + DatasetFormat.SCHEMA_ID + "\",\n  \"formatVersion\": \"1.1\","),
                text.substring(0, 120));
        // non-ASCII text is written as UTF-8, not escaped
        assertTrue(text.contains("\"Россия\""));
        assertTrue(text.contains("\"中国\""));
        assertTrue(text.contains("\"¶4.2\""));
    }

    @Test
    void fieldsAreWrittenInTheCanonicalOrderAndEmptyOnesLeftOut() throws IOException {
        String text = new String(write(Fixtures.atlas()), StandardCharsets.UTF_8);
        int id = text.indexOf("\"id\": \"fx-loans\"");
        int end = text.indexOf('}', id);
        String loans = text.substring(id, end);
        assertTrue(loans.indexOf("\"hotspot\"") < loans.indexOf("\"subjects\""));
        assertTrue(loans.indexOf("\"subjects\"") < loans.indexOf("\"action\""));
        assertTrue(loans.indexOf("\"summary\"") < loans.indexOf("\"modality\""));
        assertTrue(loans.indexOf("\"modality\"") < loans.indexOf("\"locators\""));
        assertFalse(loans.contains("\"likelihood\""), loans);
        assertFalse(loans.contains("\"quantities\""), loans);
        assertFalse(loans.contains("null"), loans);
    }

    @Test
    void writeToPathRoundTripsAndReplaces(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("atlas.json");
        Files.writeString(file, "old content");
        Fixtures.atlas().write(file);
        assertArrayEquals(write(Fixtures.atlas()), Files.readAllBytes(file));
        assertEquals(Fixtures.atlas(), Atlas.read(file));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "a temporary file was left behind");
        }
    }

    @Test
    void theFrozenFixtureIsNotItselfCanonicalButReadsTheSame() throws IOException {
        // the fixture is hand-written (compact lines); the canonical form differs in layout only
        byte[] canonical = write(Fixtures.atlas());
        assertFalse(java.util.Arrays.equals(Fixtures.bytes(), canonical));
        assertEquals(Fixtures.atlas(), read(canonical));
    }
}
