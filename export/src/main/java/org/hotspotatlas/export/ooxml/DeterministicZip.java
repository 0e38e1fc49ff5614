package org.hotspotatlas.export.ooxml;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Enumeration;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Zip packages whose bytes depend on the data alone: every entry is stamped with one fixed time,
 * never the clock. {@link #copy} copies a package that POI wrote (the workbook) entry by entry, its
 * compressed data as it is (no inflating and deflating again), so the copy costs little more than
 * reading and writing the bytes; {@link #write} zips parts held in memory (the Word brief, whose
 * parts are written without POI).
 */
public final class DeterministicZip {

    private static final LocalDateTime DOS_EPOCH = LocalDateTime.of(1980, 1, 1, 12, 0);

    private DeterministicZip() {}

    /**
     * The entry time for a data date: noon of that day, clamped to the range a zip's DOS time field
     * can hold (1980 to 2107), so that no extended time field is written. Noon, not midnight: some
     * zones skip midnight when their clocks go forward (Santiago, Beirut, Havana), and a time that
     * does not exist in the default zone would come back an hour later.
     *
     * @param day the data's date
     * @return the time to stamp every entry with
     */
    public static LocalDateTime entryTime(LocalDate day) {
        if (day.getYear() < 1980) {
            return DOS_EPOCH;
        }
        if (day.getYear() > 2107) {
            return LocalDateTime.of(2107, 12, 31, 12, 0);
        }
        return day.atTime(12, 0);
    }

    /**
     * Writes a copy of a zip archive to a stream: the same entries in the same order, their
     * compressed data unchanged, each stamped with the one time given, and no Zip64 records.
     *
     * @param zip  a zip archive, read through its central directory (POI's streamed entries carry
     *             data descriptors that a streaming reader cannot always follow)
     * @param out  where the copy goes; finished but not closed
     * @param time the time every entry gets, as local date and time fields (the zip format's DOS
     *             time has no zone; it is converted through the default zone and back, so the
     *             fields, and the bytes, are the same in every zone)
     * @throws IOException if reading the archive or writing the copy fails
     */
    public static void copy(Path zip, OutputStream out, LocalDateTime time) throws IOException {
        long millis = time.atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
        try (ZipFile in = ZipFile.builder().setPath(zip).get();
             ZipArchiveOutputStream zout = new ZipArchiveOutputStream(new NonClosing(out))) {
            zout.setUseZip64(Zip64Mode.Never);
            for (Enumeration<ZipArchiveEntry> all = in.getEntriesInPhysicalOrder(); all.hasMoreElements(); ) {
                ZipArchiveEntry e = all.nextElement();
                ZipArchiveEntry copy = new ZipArchiveEntry(e.getName());
                copy.setMethod(e.getMethod());
                copy.setCrc(e.getCrc());
                copy.setSize(e.getSize());
                copy.setCompressedSize(e.getCompressedSize());
                copy.setTime(millis);
                try (InputStream raw = in.getRawInputStream(e)) {
                    zout.addRawArchiveEntry(copy, raw);
                }
            }
            zout.finish();
        }
        out.flush();
    }

    /**
     * Writes a zip archive of the given entries to a stream, in the order given, each stamped with
     * the one time given, with no data descriptors and no Zip64 records: the same entries and time
     * give the same bytes on the same Java runtime (the deflated bytes are those of the runtime's
     * zlib). PNG pictures, already compressed, are stored as they are; every other entry is
     * deflated.
     *
     * @param entries the entries' names and contents, in the order they are written
     * @param out     where the archive goes; finished but not closed
     * @param time    the time every entry gets, as for {@link #copy}
     * @throws IOException if writing fails
     */
    public static void write(Map<String, byte[]> entries, OutputStream out, LocalDateTime time) throws IOException {
        long millis = time.atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        try (ZipArchiveOutputStream zout = new ZipArchiveOutputStream(new NonClosing(out))) {
            zout.setUseZip64(Zip64Mode.Never);
            byte[] buffer = new byte[64 * 1024];
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                byte[] data = e.getValue();
                boolean store = e.getKey().endsWith(".png");
                byte[] packed = data;
                if (!store) {
                    deflater.reset();
                    deflater.setInput(data);
                    deflater.finish();
                    ByteArrayOutputStream deflated = new ByteArrayOutputStream(data.length / 3 + 64);
                    while (!deflater.finished()) {
                        deflated.write(buffer, 0, deflater.deflate(buffer));
                    }
                    packed = deflated.toByteArray();
                }
                CRC32 crc = new CRC32();
                crc.update(data);
                ZipArchiveEntry entry = new ZipArchiveEntry(e.getKey());
                entry.setMethod(store ? ZipArchiveEntry.STORED : ZipArchiveEntry.DEFLATED);
                entry.setCrc(crc.getValue());
                entry.setSize(data.length);
                entry.setCompressedSize(packed.length);
                entry.setTime(millis);
                zout.addRawArchiveEntry(entry, new ByteArrayInputStream(packed));
            }
            zout.finish();
        } finally {
            deflater.end();
        }
        out.flush();
    }

    /** The caller owns the stream: flushing passes through, closing does not. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
