package org.hotspotatlas.export.xlsx;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The streaming workbook, with POI's sheet writer given a faster way to its temporary file. POI
 * writes every character of a streamed sheet's XML through a {@code BufferedWriter}, one call
 * (and one lock) per character, into an {@code OutputStreamWriter}; that was about a third of the
 * time POI spends writing rows. Here the characters go to {@link Utf8Writer}, which encodes
 * UTF-8 into its own buffer without locking, and writes the same bytes. No temporary file is
 * compressed and strings stay inline, as {@code new SXSSFWorkbook(workbook, window, false, false)}
 * has them.
 */
final class StreamingBook extends SXSSFWorkbook {

    StreamingBook(XSSFWorkbook workbook, int rowWindow) {
        super(workbook, rowWindow, false, false);
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        return new Sheet();
    }

    /** POI's writer of a streamed sheet, writing through {@link Utf8Writer}. */
    private static final class Sheet extends SheetDataWriter {
        Sheet() throws IOException {
            super();
        }

        @Override
        public Writer createWriter(File fd) throws IOException {
            return new Utf8Writer(new FileOutputStream(fd));
        }
    }

    /**
     * A buffered UTF-8 writer for one thread: the bytes {@code OutputStreamWriter} with UTF-8 would
     * write, including a {@code ?} for a surrogate without its other half (also when a pair is
     * split between two calls), but no lock and no encoder per call.
     */
    static final class Utf8Writer extends Writer {
        private final OutputStream out;
        private final byte[] buf = new byte[1 << 16];
        private int n;
        /** A high surrogate waiting for the next character, or 0. */
        private char high;

        Utf8Writer(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int c) throws IOException {
            put((char) c);
        }

        @Override
        public void write(char[] cs, int off, int len) throws IOException {
            for (int i = off, end = off + len; i < end; i++) {
                put(cs[i]);
            }
        }

        @Override
        public void write(String s, int off, int len) throws IOException {
            for (int i = off, end = off + len; i < end; i++) {
                put(s.charAt(i));
            }
        }

        private void put(char c) throws IOException {
            if (n > buf.length - 4) {
                drain();
            }
            if (high != 0) {
                char h = high;
                high = 0;
                if (Character.isLowSurrogate(c)) {
                    int cp = Character.toCodePoint(h, c);
                    buf[n++] = (byte) (0xF0 | cp >> 18);
                    buf[n++] = (byte) (0x80 | cp >> 12 & 0x3F);
                    buf[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
                    buf[n++] = (byte) (0x80 | cp & 0x3F);
                    return;
                }
                buf[n++] = '?';
                if (n > buf.length - 4) {
                    drain();
                }
            }
            if (c < 0x80) {
                buf[n++] = (byte) c;
            } else if (c < 0x800) {
                buf[n++] = (byte) (0xC0 | c >> 6);
                buf[n++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c)) {
                high = c;
            } else if (Character.isLowSurrogate(c)) {
                buf[n++] = '?';
            } else {
                buf[n++] = (byte) (0xE0 | c >> 12);
                buf[n++] = (byte) (0x80 | c >> 6 & 0x3F);
                buf[n++] = (byte) (0x80 | c & 0x3F);
            }
        }

        private void drain() throws IOException {
            out.write(buf, 0, n);
            n = 0;
        }

        @Override
        public void flush() throws IOException {
            drain();
            out.flush();
        }

        /** Writes what is buffered and closes the stream; a high surrogate still waiting is written as {@code ?}. */
        @Override
        public void close() throws IOException {
            try {
                if (high != 0) {
                    high = 0;
                    buf[n++] = '?';
                }
                drain();
            } finally {
                out.close();
            }
        }
    }
}
