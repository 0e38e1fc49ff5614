package org.hotspotatlas.export.xlsx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Whatever the text and however it is cut into calls, the streaming workbook's writer writes the
 * bytes the JDK's UTF-8 {@code OutputStreamWriter} writes: the same encoding of every character,
 * the same {@code ?} for a surrogate without its other half, also when a pair is split between
 * two calls or the text ends in the middle of one.
 */
class Utf8WriterProperties {

    @Test
    void writesTheBytesOfTheJdksUtf8Writer() {
        qt().withExamples(400).forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            String text = text(r);
            long cuts = r.nextLong();
            assertArrayEquals(write(text, cuts, new OutputStreamWriterFactory()), write(text, cuts, StreamingBook.Utf8Writer::new),
                    () -> "text of " + text.length() + " chars from seed " + seed);
        });
    }

    /** ASCII, Latin, Cyrillic, CJK, emoji (pairs), lone high and low surrogates, and long runs that fill the buffer. */
    private static String text(Random r) {
        StringBuilder b = new StringBuilder();
        int parts = 1 + r.nextInt(12);
        for (int p = 0; p < parts; p++) {
            int len = r.nextInt(5) == 0 ? 20_000 + r.nextInt(50_000) : r.nextInt(40);
            int kind = r.nextInt(7);
            for (int i = 0; i < len; i++) {
                switch (kind) {
                    case 0 -> b.append((char) (0x20 + r.nextInt(0x5F)));
                    case 1 -> b.append((char) (0xA0 + r.nextInt(0x500)));
                    case 2 -> b.append((char) (0x4E00 + r.nextInt(0x5000)));
                    case 3 -> b.appendCodePoint(0x1F300 + r.nextInt(0x300));
                    case 4 -> b.append((char) (0xD800 + r.nextInt(0x400)));
                    case 5 -> b.append((char) (0xDC00 + r.nextInt(0x400)));
                    default -> b.append((char) r.nextInt(0x10000));
                }
            }
        }
        return b.toString();
    }

    interface Factory {
        Writer open(ByteArrayOutputStream out);
    }

    private static final class OutputStreamWriterFactory implements Factory {
        @Override
        public Writer open(ByteArrayOutputStream out) {
            return new OutputStreamWriter(out, StandardCharsets.UTF_8);
        }
    }

    /** Writes the text in random pieces, by all three kinds of call, then flushes and closes. */
    private static byte[] write(String text, long cuts, Factory factory) {
        Random r = new Random(cuts);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer w = factory.open(out)) {
            int i = 0;
            while (i < text.length()) {
                int len = Math.min(text.length() - i, r.nextInt(4) == 0 ? 1 : 1 + r.nextInt(3000));
                switch (r.nextInt(3)) {
                    case 0 -> {
                        for (int k = 0; k < len; k++) {
                            w.write(text.charAt(i + k));
                        }
                    }
                    case 1 -> w.write(text.toCharArray(), i, len);
                    default -> w.write(text, i, len);
                }
                if (r.nextInt(10) == 0) {
                    w.flush();
                }
                i += len;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
