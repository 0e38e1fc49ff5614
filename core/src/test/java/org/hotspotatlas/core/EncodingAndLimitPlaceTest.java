package org.hotspotatlas.core;

import static org.hotspotatlas.core.Docs.refusal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/**
 * The format is UTF-8 only: documents in UTF-16 or UTF-32 (which the JSON parser would otherwise
 * guess from their first bytes) are refused; and a broken read limit says where it was broken.
 */
class EncodingAndLimitPlaceTest {

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static void refusedAsNotUtf8(byte[] doc) {
        DatasetException e = refusal(() -> Docs.read(doc, ReadLimits.DEFAULT));
        assertEquals(1, e.problems().size(), e.getMessage());
        assertEquals("line 1, column 1", e.problems().get(0).where());
        assertTrue(e.problems().get(0).message().contains("not UTF-8"), e.getMessage());
    }

    @Test
    void utf16AndUtf32AreRefusedWithOrWithoutAByteOrderMark() {
        String text = new String(Fixtures.bytes(), StandardCharsets.UTF_8);
        refusedAsNotUtf8(text.getBytes(StandardCharsets.UTF_16)); // big-endian with a mark
        refusedAsNotUtf8(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE)));
        refusedAsNotUtf8(text.getBytes(StandardCharsets.UTF_16LE));
        refusedAsNotUtf8(text.getBytes(StandardCharsets.UTF_16BE));
        refusedAsNotUtf8(text.getBytes(Charset.forName("UTF-32")));
        refusedAsNotUtf8(new byte[] {0, 0, 0, 0});
        refusedAsNotUtf8(new byte[] {'{', 0});
    }

    @Test
    void invalidUtf8InsideIsMalformedWithItsPlace() {
        byte[] doc = concat("{\"formatVersion\": \"1.0\",\n \"dataVersion\": \"".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xC3, (byte) 0x28, '"', '}'});
        DatasetException e = refusal(() -> Docs.read(doc, ReadLimits.DEFAULT));
        assertEquals(1, e.problems().size(), e.getMessage());
        assertTrue(e.problems().get(0).where().startsWith("line 2, column"), e.getMessage());
        assertTrue(e.problems().get(0).message().contains("UTF-8"), e.getMessage());
    }

    @Test
    void aBrokenReadLimitSaysWhere() {
        DatasetException deep = refusal(() -> Docs.read("{\"formatVersion\": \"1.0\",\n\"x\": " + "[".repeat(100) + "]".repeat(100) + "}"));
        assertTrue(deep.problems().get(0).where().matches("line 2, column \\d+"), deep.getMessage());
        DatasetException longString = refusal(() -> Docs.read("{\n\"dataVersion\": \"" + "x".repeat(200_000) + "\"}"));
        assertTrue(longString.problems().get(0).where().matches("line 2, column \\d+"), longString.getMessage());
        assertTrue(longString.getMessage().contains("String value length"), longString.getMessage());
    }
}
