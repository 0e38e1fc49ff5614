package org.hotspotatlas.export.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Misspelled commands, options and ids: a usage error that suggests what was probably meant. */
class CliSuggestionsTest {
    @TempDir
    Path dir;

    private static void noStackTrace(CliTest.Run r) {
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        assertFalse(r.err().contains("Exception"), "no exception class: " + r.err());
    }

    @Test
    void misspelledCommand() {
        CliTest.Run r = CliTest.run("exprot", "--out", dir.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("Did you mean export?"), r.err());
        noStackTrace(r);
    }

    @Test
    void misspelledOption() {
        CliTest.Run r = CliTest.run("export", "--hotspt", "venezuela", "--out", dir.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("Did you mean --hotspot?"), r.err());
        assertTrue(r.err().contains("hotspot-atlas export --help"), r.err());
        noStackTrace(r);
    }
}
