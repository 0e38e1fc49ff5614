package org.hotspotatlas.export.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Enumeration;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Copies a zip package entry by entry, in the same order, stamping every entry with one fixed
 * time. POI stamps entries with the clock; this makes the bytes depend on the data alone.
 */
final class DeterministicZip {

    private static final LocalDateTime DOS_EPOCH = LocalDateTime.of(1980, 1, 1, 0, 0);

    private DeterministicZip() {}

    /**
     * The entry time for a data date: midnight of that day, clamped to the range a zip's DOS
     * time field can hold (1980 to 2107), so that no extended time field is written.
     */
    static LocalDateTime entryTime(LocalDate day) {
        if (day.getYear() < 1980) {
            return DOS_EPOCH;
        }
        if (day.getYear() > 2107) {
            return LocalDateTime.of(2107, 12, 31, 0, 0);
        }
        return day.atStartOfDay();
    }

    /**
     * @param zip  a zip archive, read through its central directory (POI's streamed entries carry
     *             data descriptors that {@code ZipInputStream} cannot always follow)
     * @param out  where the copy goes; finished but not closed
     * @param time the time every entry gets
     */
    static void copy(Path zip, OutputStream out, LocalDateTime time) throws IOException {
        try (ZipFile in = new ZipFile(zip.toFile())) {
            ZipOutputStream zout = new ZipOutputStream(out);
            zout.setLevel(6);
            byte[] buffer = new byte[64 * 1024];
            for (Enumeration<? extends ZipEntry> all = in.entries(); all.hasMoreElements(); ) {
                ZipEntry e = all.nextElement();
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTimeLocal(time);
                zout.putNextEntry(copy);
                try (InputStream data = in.getInputStream(e)) {
                    for (int n = data.read(buffer); n >= 0; n = data.read(buffer)) {
                        zout.write(buffer, 0, n);
                    }
                }
                zout.closeEntry();
            }
            zout.finish();
            zout.flush();
        }
    }
}
