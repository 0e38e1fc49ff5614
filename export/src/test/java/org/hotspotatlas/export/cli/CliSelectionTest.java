package org.hotspotatlas.export.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.hotspotatlas.core.Atlas;
import org.hotspotatlas.core.Selection;
import org.hotspotatlas.core.model.Claim;
import org.hotspotatlas.core.model.Hotspot;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Date filters keep what the user named and say what they leave out: the named hotspot stays, the
 * claims without a date are counted in a warning, and {@code --keep-undated} keeps them. Checked by
 * reading back the canonical JSON that the export wrote.
 */
class CliSelectionTest {
    @TempDir
    Path dir;
    Path fixture;
    Path out;

    @BeforeEach
    void copyFixture() throws IOException {
        fixture = dir.resolve("fixture.json");
        try (InputStream in = getClass().getResourceAsStream("/fixture/fixture-atlas.json")) {
            Files.copy(in, fixture);
        }
        out = dir.resolve("out");
    }

    private CliTest.Run export(String... selection) {
        List<String> args = new java.util.ArrayList<>(List.of("export", "--format", "json", "--data", fixture.toString(),
                "--out", out.toString()));
        args.addAll(List.of(selection));
        return CliTest.run(args.toArray(String[]::new));
    }

    private Atlas written() {
        return Atlas.read(out.resolve("hotspot-atlas.json"));
    }

    @Test
    void aNamedHotspotIsNotDroppedByADateRange() {
        CliTest.Run r = export("--hotspot", "sylvania", "--from", "2019-06-01");
        assertEquals(0, r.code(), r.err());
        Atlas got = written();
        assertEquals(List.of("sylvania"), got.hotspots().stream().map(Hotspot::id).toList());
        assertEquals(List.of(), got.claims(), "its two claims have no date");
        int undated = Atlas.read(fixture).undatedClaimsLeftOut(
                Selection.hotspots("sylvania").between(LocalDate.of(2019, 6, 1), null));
        assertEquals(2, undated);
        assertTrue(r.err().contains("warning: the date range leaves out 2 claims that have no date (0 kept); "
                + "add --keep-undated to keep them"), r.err());
        assertTrue(r.err().contains("warning: hotspot sylvania is exported with its assessment but no claim"), r.err());
    }

    @Test
    void keepUndatedKeepsThem() {
        CliTest.Run r = export("--hotspot", "sylvania", "--from", "2019-06-01", "--keep-undated");
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("fx-defer", "fx-us-view"), written().claims().stream().map(Claim::id).toList());
        assertFalse(r.err().contains("leaves out"), r.err());
        assertTrue(r.out().contains("undated claims kept"), "the summary line says so: " + r.out());
    }

    @Test
    void theCountCoversEveryUndatedClaimTheRangeLeavesOut() {
        CliTest.Run r = export("--from", "2019-06-01", "--to", "2019-06-30");
        assertEquals(0, r.code(), r.err());
        Atlas source = Atlas.read(fixture);
        int undated = source.undatedClaimsLeftOut(Selection.all().between(LocalDate.of(2019, 6, 1), LocalDate.of(2019, 6, 30)));
        assertTrue(undated > 0);
        assertTrue(r.err().contains("leaves out " + undated + " claims that have no date (" + written().claims().size()
                + " kept)"), r.err());
    }

    @Test
    void keepUndatedWithoutARangeIsAUsageError() {
        CliTest.Run r = export("--keep-undated");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--keep-undated only applies with --from or --to"), r.err());
    }

    @Test
    void noWarningWithoutARange() {
        CliTest.Run r = export("--hotspot", "freedonia");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
    }
}
