package org.hotspotatlas.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.LinkedHashSet;
import java.util.Set;

import org.hotspotatlas.core.model.Actor;
import org.hotspotatlas.core.model.Claim;
import org.hotspotatlas.core.model.Concert;

import org.junit.jupiter.api.Test;

/**
 * Who acts in a claim follows from the principals its subjects roll up to, as the definition says, and
 * a hotspot's joint acts are exactly its claims that are joint acts.
 */
class WhoActsProperties {

    /** The definition written out plainly: the set of principals acting, then its size. */
    private static WhoActs expected(Analysis an, Claim c) {
        if (an.principals().isEmpty()) {
            return WhoActs.OTHER;
        }
        Set<String> acting = new LinkedHashSet<>();
        for (String s : c.subjects()) {
            an.principalOf(s).map(Actor::id).ifPresent(acting::add);
        }
        if (acting.size() >= 2) {
            return c.concert() == Concert.IN_PARALLEL ? WhoActs.PARALLEL : WhoActs.JOINT;
        }
        if (acting.size() == 1) {
            String p = acting.iterator().next();
            return an.whoActsValues().stream().filter(w -> p.equals(w.principal())).findFirst().orElseThrow();
        }
        return WhoActs.OTHER;
    }

    @Test
    void everyClaimOfRandomAtlasesAndTheFixture() {
        qt().withExamples(60).forAll(longs().all()).checkAssert(seed -> check(AtlasGen.atlas(seed), "seed " + seed));
        check(Fixtures.atlas(), "the fixture");
    }

    @Test
    void theJointActsOfAHotspotAreItsClaimsThatAreJointActsInDatasetOrder() {
        qt().withExamples(60).forAll(longs().all()).checkAssert(seed -> {
            Atlas atlas = AtlasGen.atlas(seed);
            Analysis an = atlas.analysis();
            for (org.hotspotatlas.core.model.Hotspot h : atlas.hotspots()) {
                assertEquals(atlas.claimsIn(h.id()).stream().filter(an::isJointAct).toList(), an.jointActs(h.id()),
                        "seed " + seed + ", " + h.id());
            }
        });
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Fixtures.atlas().analysis().jointActs("atlantis"));
    }

    private static void check(Atlas atlas, String which) {
        Analysis an = atlas.analysis();
        for (Claim c : atlas.claims()) {
            assertEquals(expected(an, c), an.whoActs(c), which + ", " + c.id());
            assertEquals(an.isAct(c) && expected(an, c).isJoint(), an.isJointAct(c), which + ", " + c.id());
        }
    }
}
