package org.hotspotatlas.export.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input and output paths that cannot be used: one line on standard error that names the path, says
 * what is wrong and what to do, with no exception class name, no temporary file name and no stack
 * trace; exit code 1; nothing left behind.
 */
class CliPathErrorsTest {
    @TempDir
    Path dir;
    Path fixture;

    @BeforeEach
    void copyFixture() throws IOException {
        fixture = dir.resolve("fixture.json");
        try (InputStream in = getClass().getResourceAsStream("/fixture/fixture-atlas.json")) {
            Files.copy(in, fixture);
        }
    }

    /** The shape every path error must have. */
    private static void plainOneLiner(CliTest.Run r, String path) {
        assertEquals(1, r.code(), r.err());
        String err = r.err().strip();
        assertFalse(err.contains("\n"), "one line: " + err);
        assertTrue(err.startsWith("hotspot-atlas: "), err);
        assertTrue(err.contains(path), "names the path " + path + ": " + err);
        assertFalse(err.matches("(?s).*[A-Za-z]+(Exception|Error)\\b.*"), "no exception class: " + err);
        assertFalse(err.contains(".tmp"), "no temporary file: " + err);
        assertFalse(err.contains("\tat "), "no stack trace: " + err);
    }

    @Test
    void outputDirectoryUnderAFileSaysWhichFileIsInTheWay() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.txt"), "x");
        Path out = file.resolve("sub");
        CliTest.Run r = CliTest.run("export", "--format", "json", "--data", fixture.toString(), "--out", out.toString());
        plainOneLiner(r, out.toString());
        assertTrue(r.err().contains(file + " is a file"), r.err());
        assertTrue(r.err().contains("choose a directory you can write to"), r.err());
    }

    @Test
    void outputThatIsAFileIsRefusedBeforeAnythingIsRead() throws IOException {
        Path file = Files.writeString(dir.resolve("out.txt"), "keep me");
        CliTest.Run r = CliTest.run("export", "--data", dir.resolve("no-such.json").toString(), "--out", file.toString());
        plainOneLiner(r, file.toString());
        assertTrue(r.err().contains("it is a file, not a directory"), r.err());
        assertEquals("keep me", Files.readString(file));
    }

    @Test
    void aDirectoryInTheWayOfAnOutputFileIsNamedAndNothingIsWritten() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Path blocker = Files.createDirectories(out.resolve("hotspot-atlas.pdf"));
        CliTest.Run r = CliTest.run("export", "--format", "json,pdf", "--data", fixture.toString(), "--out", out.toString());
        plainOneLiner(r, blocker.toString());
        assertTrue(r.err().contains("a directory is in the way"), r.err());
        assertTrue(r.err().contains("--name"), "says what to do: " + r.err());
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(1, s.count(), "only the blocking directory: nothing written, no temporary file left");
        }
    }

    @Test
    void aDirectoryThatRefusesNewFilesIsExplained() {
        Path proc = Path.of("/proc/1");
        assumeTrue(Files.isDirectory(proc), "needs Linux /proc");
        CliTest.Run r = CliTest.run("export", "--format", "json", "--data", fixture.toString(), "--out", proc.toString());
        plainOneLiner(r, "--out /proc/1");
        assertTrue(r.err().contains("does not accept new files") || r.err().contains("permission denied"), r.err());
    }

    @Test
    void missingDataFileSaysWhatToDo() {
        Path missing = dir.resolve("my.json");
        CliTest.Run r = CliTest.run("list", "hotspots", "--data", missing.toString());
        plainOneLiner(r, missing.toString());
        assertTrue(r.err().contains("does not exist"), r.err());
        assertTrue(r.err().contains("leave out --data to use the bundled dataset"), r.err());
    }

    @Test
    void dataUnderAFileAndDataThatIsADirectory() throws IOException {
        Path file = Files.writeString(dir.resolve("plain.txt"), "x");
        CliTest.Run under = CliTest.run("show", "freedonia", "--data", file.resolve("data.json").toString());
        plainOneLiner(under, file.toString());
        assertTrue(under.err().contains(file + " is a file, not a directory"), under.err());
        CliTest.Run directory = CliTest.run("validate", dir.toString());
        plainOneLiner(directory, "validate " + dir);
        assertTrue(directory.err().contains("is a directory, not a dataset file"), directory.err());
    }

    @Test
    void unreadableDataFileIsOneLine() {
        Path mem = Path.of("/proc/1/mem");
        assumeTrue(Files.exists(mem), "needs Linux /proc");
        CliTest.Run r = CliTest.run("list", "hotspots", "--data", mem.toString());
        plainOneLiner(r, mem.toString());
        assertTrue(r.err().contains("cannot be read") || r.err().contains("permission denied"), r.err());
    }

    @Test
    void operatingSystemReasonsInPlainWords() {
        assertEquals("the disk is full", PathErrors.reason(new IOException("No space left on device")));
        assertEquals("the file system is read-only",
                PathErrors.reason(new FileSystemException("/mnt/x/.a.json.1f2e.tmp", null, "Read-only file system")));
        assertEquals("permission denied", PathErrors.reason(new AccessDeniedException("/x/.hotspot-atlas.json.00ff.tmp")));
        Path target = Path.of("out", "hotspot-atlas.xlsx");
        String full = PathErrors.outputFile(target, new IOException("No space left on device"));
        assertEquals("cannot write " + target + ": the disk is full; nothing was written; "
                + "free some space or choose another --out directory", full);
        String odd = PathErrors.reason(new IOException("strange failure on /x/.hotspot-atlas.json.7d979a52437b65b2.tmp"));
        assertFalse(odd.contains(".tmp"), odd);
        assertTrue(odd.contains("hotspot-atlas.json"), odd);
    }
}
