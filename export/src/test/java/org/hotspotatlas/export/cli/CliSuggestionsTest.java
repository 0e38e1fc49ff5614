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
    void misspelledIdOfAnyKindInShow() {
        CliTest.Run hotspot = CliTest.run("show", "venezula");
        assertEquals(1, hotspot.code(), hotspot.err());
        assertTrue(hotspot.err().contains("no hotspot, actor, claim or event has id 'venezula'; did you mean venezuela?"),
                hotspot.err());
        noStackTrace(hotspot);
        Path fixture = Path.of("target", "test-classes", "fixture", "fixture-atlas.json");
        CliTest.Run claim = CliTest.run("show", "fx-vetto", "--data", fixture.toString());
        assertTrue(claim.err().contains("did you mean fx-veto?"), claim.err());
        CliTest.Run event = CliTest.run("show", "fx-sumit", "--data", fixture.toString());
        assertTrue(event.err().contains("did you mean fx-summit?"), event.err());
    }

    @Test
    void misspelledHotspotAndActorInASelection() {
        CliTest.Run actor = CliTest.run("export", "--format", "json", "--actor", "chna", "--out", dir.toString());
        assertEquals(2, actor.code(), actor.err());
        assertTrue(actor.err().contains("unknown actor id chna; closest known: china"), actor.err());
        assertTrue(actor.err().contains("'hotspot-atlas list actors'"), actor.err());
        CliTest.Run hotspot = CliTest.run("export", "--format", "json", "--hotspot", "venezula", "--out", dir.toString());
        assertEquals(2, hotspot.code(), hotspot.err());
        assertTrue(hotspot.err().contains("unknown hotspot id venezula; closest known: venezuela"), hotspot.err());
        assertTrue(hotspot.err().contains("'hotspot-atlas list hotspots'"), hotspot.err());
        noStackTrace(hotspot);
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
