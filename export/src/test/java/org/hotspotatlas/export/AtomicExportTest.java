package org.hotspotatlas.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.hotspotatlas.core.Atlas;
import org.hotspotatlas.export.cli.HotspotAtlasCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A failed export leaves no partial file and no temporary file, and an existing file as it was:
 * for {@link Exporter#export(Atlas, Path)} with every exporter, and for the command line, which
 * commits its files only when every format succeeded.
 */
class AtomicExportTest {

    @TempDir
    Path dir;

    private static final Atlas FIXTURE = Hardening.fixture();

    /** A real exporter whose stream breaks after some bytes: it fails midway through writing. */
    record BreaksAfter(Exporter delegate, long bytes, boolean unchecked) implements Exporter {
        @Override
        public String format() {
            return delegate.format();
        }

        @Override
        public String fileExtension() {
            return delegate.fileExtension();
        }

        @Override
        public ExportResult export(Atlas atlas, OutputStream out) throws IOException {
            return delegate.export(atlas, new FilterOutputStream(out) {
                long written;

                @Override
                public void write(int b) throws IOException {
                    write(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    if (written + len > bytes) {
                        if (unchecked) {
                            throw new IllegalStateException("simulated failure after " + written + " bytes");
                        }
                        throw new IOException("simulated disk full after " + written + " bytes");
                    }
                    written += len;
                    out.write(b, off, len);
                }
            });
        }
    }

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void everyExporterFailingMidwayLeavesNothing() throws IOException {
        for (Exporter e : Hardening.exporters()) {
            int full = Hardening.export(e, FIXTURE).bytes().length;
            for (boolean unchecked : new boolean[] {false, true}) {
                Path target = dir.resolve("atlas" + e.fileExtension());
                Exporter failing = new BreaksAfter(e, full / 2, unchecked);
                Class<? extends Exception> expected = unchecked ? IllegalStateException.class : IOException.class;
                Exception thrown = assertThrows(expected, () -> failing.export(FIXTURE, target));
                assertTrue(thrown.getMessage().contains("simulated"), thrown.getMessage());
                assertEquals(List.of(), names(), e.format() + ": no partial or temporary file");
            }
        }
    }

    @Test
    void aFailedExportLeavesTheOldFileAsItWas() throws IOException {
        for (Exporter e : Hardening.exporters()) {
            Path target = dir.resolve("atlas" + e.fileExtension());
            e.export(FIXTURE, target);
            byte[] before = Files.readAllBytes(target);
            assertThrows(IOException.class, () -> new BreaksAfter(e, before.length / 3, false).export(FIXTURE, target));
            assertArrayEquals(before, Files.readAllBytes(target), e.format());
        }
        assertEquals(Hardening.exporters().size(), names().size(), names()::toString);
        assertTrue(names().stream().noneMatch(n -> n.startsWith(".") || n.endsWith(".tmp")), names()::toString);
    }

    @Test
    void theCommandLineCommitsAllFormatsOrNone() throws IOException {
        Path data = dir.resolve("data.json");
        Files.write(data, Hardening.fixtureBytes());
        Path out = Files.createDirectory(dir.resolve("out"));
        // the last format cannot be written: by then the others have been written, uncommitted
        Files.createDirectory(out.resolve("hotspot-atlas.claims.ndjson"));
        StringWriter o = new StringWriter();
        StringWriter err = new StringWriter();
        int code = HotspotAtlasCli.run(new PrintWriter(o), new PrintWriter(err), "export", "--data", data.toString(),
                "--out", out.toString());
        assertEquals(1, code, err.toString());
        assertTrue(err.toString().contains("hotspot-atlas.claims.ndjson") && err.toString().contains("a directory is in the way"),
                err.toString());
        assertTrue(!err.toString().contains("\tat "), err.toString());
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(List.of("hotspot-atlas.claims.ndjson"), s.map(p -> p.getFileName().toString()).toList(),
                    "no format committed and no temporary file left");
        }

        // a good export, then a failing one: the first export's files stay as they were
        Files.delete(out.resolve("hotspot-atlas.claims.ndjson"));
        assertEquals(0, HotspotAtlasCli.run(new PrintWriter(o), new PrintWriter(err), "export", "--data",
                data.toString(), "--out", out.toString()));
        byte[] xlsx = Files.readAllBytes(out.resolve("hotspot-atlas.xlsx"));
        Files.delete(out.resolve("hotspot-atlas.claims.ndjson"));
        Files.createDirectory(out.resolve("hotspot-atlas.claims.ndjson"));
        assertEquals(1, HotspotAtlasCli.run(new PrintWriter(o), new PrintWriter(err), "export", "--title", "Another",
                "--data", data.toString(), "--out", out.toString()));
        assertArrayEquals(xlsx, Files.readAllBytes(out.resolve("hotspot-atlas.xlsx")));
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(List.of("hotspot-atlas.annotations.jsonld", "hotspot-atlas.claims.ndjson", "hotspot-atlas.docx",
                    "hotspot-atlas.graph.json", "hotspot-atlas.json", "hotspot-atlas.pdf", "hotspot-atlas.xlsx"),
                    s.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }
}
