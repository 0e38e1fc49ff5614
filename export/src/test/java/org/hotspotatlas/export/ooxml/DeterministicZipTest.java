package org.hotspotatlas.export.ooxml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The zip entries' times depend on the data's date alone: not on the default time zone, even on a
 * day whose midnight that zone skips (clocks going forward at 00:00), and the same entries give the
 * same bytes.
 */
class DeterministicZipTest {

    /** Days on which these zones moved their clocks from 00:00 to 01:00. */
    private static final List<Object[]> SKIPPED_MIDNIGHTS = List.of(
            new Object[] {"America/Santiago", LocalDate.of(2026, 9, 6)},
            new Object[] {"Asia/Beirut", LocalDate.of(2026, 3, 29)},
            new Object[] {"America/Havana", LocalDate.of(2026, 3, 8)});

    private static Map<String, byte[]> parts() {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8));
        parts.put("word/document.xml", "<w:document/>".repeat(50).getBytes(StandardCharsets.UTF_8));
        parts.put("word/media/image1.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3});
        return parts;
    }

    private static byte[] write(LocalDate day) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DeterministicZip.write(parts(), out, DeterministicZip.entryTime(day));
        return out.toByteArray();
    }

    private static byte[] copy(Path zip, LocalDate day) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DeterministicZip.copy(zip, out, DeterministicZip.entryTime(day));
        return out.toByteArray();
    }

    private static void assertEntriesOn(LocalDate day, byte[] zip, String when) throws IOException {
        Map<String, byte[]> expected = parts();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            int n = 0;
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                assertEquals(day, e.getTimeLocal().toLocalDate(), e.getName() + " " + when);
                assertArrayEquals(expected.get(e.getName()), in.readAllBytes(), e.getName() + " " + when);
                n++;
            }
            assertEquals(expected.size(), n, when);
        }
    }

    @Test
    void entriesCarryTheDataDateInEveryZoneEvenWhereItsMidnightIsSkipped(@TempDir Path dir) throws IOException {
        TimeZone saved = TimeZone.getDefault();
        try {
            for (Object[] c : SKIPPED_MIDNIGHTS) {
                LocalDate day = (LocalDate) c[1];
                TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
                byte[] written = write(day);
                Path zip = Files.write(dir.resolve("in-utc.zip"), written);
                byte[] copied = copy(zip, day);
                assertEntriesOn(day, written, "written in UTC");

                TimeZone.setDefault(TimeZone.getTimeZone((String) c[0]));
                String where = "in " + c[0] + " on " + day;
                assertArrayEquals(written, write(day), "written " + where);
                assertEntriesOn(day, write(day), "written " + where);
                assertArrayEquals(copied, copy(zip, day), "copied " + where);
                assertEntriesOn(day, copy(zip, day), "copied " + where);
            }
        } finally {
            TimeZone.setDefault(saved);
        }
    }

    @Test
    void datesOutsideWhatADosTimeHoldsAreClamped() {
        assertEquals(LocalDate.of(1980, 1, 1), DeterministicZip.entryTime(LocalDate.of(1969, 7, 20)).toLocalDate());
        assertEquals(LocalDate.of(2107, 12, 31), DeterministicZip.entryTime(LocalDate.of(2200, 1, 1)).toLocalDate());
        assertEquals(LocalDate.of(2019, 6, 1), DeterministicZip.entryTime(LocalDate.of(2019, 6, 1)).toLocalDate());
    }
}
