package org.hotspotatlas.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
    @TempDir
    Path dir;

    private List<Path> files() throws IOException {
        try (var s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    @Test
    void successCreatesTheFile() throws IOException {
        Path target = dir.resolve("out.txt");
        AtomicFile.write(target, out -> out.write("hello\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("hello\n", Files.readString(target));
        assertEquals(List.of(target), files());
    }

    @Test
    void successReplacesAnExistingFile() throws IOException {
        Path target = dir.resolve("out.txt");
        Files.writeString(target, "a much longer old content that must disappear entirely");
        AtomicFile.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertEquals("new", Files.readString(target));
        assertEquals(List.of(target), files());
    }

    @Test
    void anIoFailureLeavesNoFileAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("out.txt");
        IOException e = assertThrows(IOException.class, () -> AtomicFile.write(target, out -> {
            out.write("partial".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertEquals("disk full", e.getMessage());
        assertEquals(List.of(), files());
    }

    @Test
    void aRuntimeFailureLeavesTheOldFileUntouched() throws IOException {
        Path target = dir.resolve("out.txt");
        Files.writeString(target, "old");
        assertThrows(IllegalStateException.class, () -> AtomicFile.write(target, out -> {
            out.write("partial".getBytes(StandardCharsets.UTF_8));
            throw new IllegalStateException("boom");
        }));
        assertEquals("old", Files.readString(target));
        assertEquals(List.of(target), files());
    }

    @Test
    void closingTheStreamInTheBodyDoesNotBreakTheWrite() throws IOException {
        Path target = dir.resolve("out.txt");
        AtomicFile.write(target, out -> {
            out.write('x');
            out.close();
        });
        assertEquals("x", Files.readString(target));
    }

    @Test
    void aMissingDirectoryIsReportedAndNothingIsCreated() {
        Path target = dir.resolve("no-such-dir").resolve("out.txt");
        NoSuchFileException e = assertThrows(NoSuchFileException.class,
                () -> AtomicFile.write(target, out -> out.write('x')));
        assertTrue(e.getMessage().contains("no-such-dir"), e.getMessage());
        assertFalse(Files.exists(target.getParent()));
    }
}
