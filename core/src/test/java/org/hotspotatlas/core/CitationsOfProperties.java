package org.hotspotatlas.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.hotspotatlas.core.model.ActorRole;
import org.hotspotatlas.core.model.Assessment;
import org.hotspotatlas.core.model.Claim;
import org.hotspotatlas.core.model.Finding;
import org.hotspotatlas.core.model.Hotspot;
import org.hotspotatlas.core.model.Locator;
import org.hotspotatlas.core.model.Theatre;

import org.junit.jupiter.api.Test;

/** A hotspot's citations are every passage its own parts and its claims cite, once each, in order. */
class CitationsOfProperties {

    /** The plain definition, written out independently of how the atlas computes it. */
    private static List<Locator> expected(Atlas atlas, Hotspot h) {
        List<Locator> all = new ArrayList<>();
        all.add(h.heading());
        for (Theatre t : h.theatres()) {
            all.addAll(t.locators());
        }
        for (ActorRole r : h.roles()) {
            all.addAll(r.locators());
        }
        Assessment a = h.assessment();
        all.addAll(a.coordination().locators());
        all.addAll(a.alignmentReason().locators());
        for (Finding f : a.divergences()) {
            all.addAll(f.locators());
        }
        for (Finding f : a.outlook()) {
            all.addAll(f.locators());
        }
        for (Claim c : atlas.claimsIn(h.id())) {
            all.addAll(c.locators());
        }
        return List.copyOf(new TreeSet<>(all));
    }

    @Test
    void citationsOfEveryHotspotAreItsPartsAndClaimsSortedWithoutRepeats() {
        qt().withExamples(60).forAll(longs().all()).checkAssert(seed -> {
            Atlas atlas = AtlasGen.atlas(seed);
            for (Hotspot h : atlas.hotspots()) {
                assertEquals(expected(atlas, h), List.copyOf(atlas.citationsOf(h.id())), "seed " + seed + ", " + h.id());
            }
        });
    }

    @Test
    void theFixturesHotspotsToo() {
        Atlas atlas = Fixtures.atlas();
        for (Hotspot h : atlas.hotspots()) {
            assertEquals(expected(atlas, h), List.copyOf(atlas.citationsOf(h.id())), h.id());
        }
    }
}
