package org.hotspotatlas.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.hotspotatlas.core.model.Actor;
import org.hotspotatlas.core.model.Claim;
import org.hotspotatlas.core.model.Hotspot;
import org.junit.jupiter.api.Test;

/**
 * A selection keeps the hotspots and actors it names, whatever its other filters leave; a date
 * range leaves out claims without a date unless told to keep them, and says how many it left out.
 * On the fixture, six claims have no effective date: fx-relationship, fx-rhetoric, fx-loans,
 * fx-forecast (Freedonia), fx-defer and fx-us-view (Sylvania).
 */
class SelectionKeepsWhatIsNamedTest {
    private final Atlas atlas = Fixtures.atlas();
    private static final LocalDate JUNE_1 = LocalDate.of(2019, 6, 1);
    private static final LocalDate JUNE_30 = LocalDate.of(2019, 6, 30);

    private static List<String> claimIds(Atlas a) {
        return a.claims().stream().map(Claim::id).toList();
    }

    private static List<String> hotspotIds(Atlas a) {
        return a.hotspots().stream().map(Hotspot::id).toList();
    }

    private static void assertValid(Atlas s) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        s.write(out);
        assertEquals(s, Atlas.read(new ByteArrayInputStream(out.toByteArray()), "selection", ReadLimits.DEFAULT));
    }

    @Test
    void aNamedHotspotStaysWhenTheRangeHoldsNothingOfIt() throws IOException {
        Selection june = Selection.hotspots("sylvania").between(JUNE_1, JUNE_30);
        Atlas s = atlas.select(june);
        assertEquals(List.of("sylvania"), hotspotIds(s), "named, so kept, with its assessment");
        assertEquals(atlas.hotspot("sylvania"), s.hotspot("sylvania"));
        assertEquals(List.of(), claimIds(s), "its talks are in July and its two claims have no date");
        assertEquals(2, atlas.undatedClaimsLeftOut(june));
        assertValid(s);
    }

    @Test
    void keepingUndatedClaimsLetsThemThroughTheRange() throws IOException {
        Selection june = Selection.all().between(JUNE_1, JUNE_30);
        assertEquals(List.of("fx-forum"), claimIds(atlas.select(june)));
        assertEquals(6, atlas.undatedClaimsLeftOut(june));

        Atlas kept = atlas.select(june.keepingUndated());
        assertEquals(List.of("fx-relationship", "fx-rhetoric", "fx-loans", "fx-forecast", "fx-defer", "fx-us-view",
                "fx-forum"), claimIds(kept));
        assertEquals(List.of("freedonia", "sylvania"), hotspotIds(kept), "both now hold kept claims");
        assertEquals(0, atlas.undatedClaimsLeftOut(june.keepingUndated()));
        assertValid(kept);
    }

    @Test
    void aNamedActorStaysAndOnlyItsUndatedClaimsAreCounted() throws IOException {
        Selection later = Selection.all().withActors("united-states").between(LocalDate.of(2030, 1, 1), null);
        Atlas s = atlas.select(later);
        assertEquals(List.of(), claimIds(s));
        assertTrue(s.actors().stream().map(Actor::id).anyMatch("united-states"::equals), "named, so kept");
        assertEquals(1, atlas.undatedClaimsLeftOut(later), "fx-us-view");
        assertValid(s);
    }

    @Test
    void withoutARangeNothingIsLeftOutForWantOfADate() {
        assertEquals(0, atlas.undatedClaimsLeftOut(Selection.all()));
        assertEquals(0, atlas.undatedClaimsLeftOut(Selection.hotspots("freedonia")));
        assertEquals(atlas.select(Selection.hotspots("freedonia")),
                atlas.select(Selection.hotspots("freedonia").keepingUndated()), "no range: the flag changes nothing");
    }

    @Test
    void countingRefusesUnknownIdsLikeSelecting() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> atlas.undatedClaimsLeftOut(Selection.hotspots("sylvnia").between(JUNE_1, null)));
        assertEquals("unknown hotspot id sylvnia; closest known: sylvania, freedonia", e.getMessage());
    }

    @Test
    void describeSaysUndatedClaimsAreKept() {
        assertEquals("hotspot sylvania; 2019-06-01 to 2019-06-30, undated claims kept",
                Selection.hotspots("sylvania").between(JUNE_1, JUNE_30).keepingUndated().describe());
        assertEquals("hotspot sylvania; 2019-06-01 to 2019-06-30",
                Selection.hotspots("sylvania").between(JUNE_1, JUNE_30).describe());
    }

    @Test
    void closestIdsAcrossTheKindsShowCanShow() {
        assertEquals("sylvania", atlas.closestIds("sylvnia").get(0));
        assertEquals("fx-veto", atlas.closestIds("fx-vetto").get(0));
        assertEquals("fx-summit", atlas.closestIds("fx-sumit").get(0));
        assertEquals("united-states", atlas.closestIds("united-state").get(0));
        assertEquals(3, atlas.closestIds("zzzz").size());
        assertEquals(atlas.closestIds("freedonia").indexOf("freedonia"), 0, "an id two kinds share comes once");
        assertEquals(1, atlas.closestIds("freedonia").stream().filter("freedonia"::equals).count());
    }
}
