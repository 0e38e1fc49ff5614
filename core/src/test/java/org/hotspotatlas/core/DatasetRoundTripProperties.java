package org.hotspotatlas.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Random valid atlases survive the dataset format unchanged. */
class DatasetRoundTripProperties {

    private static byte[] write(Atlas a) {
        try {
            return CanonicalRoundTripTest.write(a);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void writeThenReadGivesAnEqualAtlasAndTheSameBytes() {
        qt().withExamples(100).forAll(longs().all()).checkAssert(seed -> {
            Atlas a = AtlasGen.atlas(seed);
            byte[] once = write(a);
            Atlas back = CanonicalRoundTripTest.read(once);
            assertEquals(a, back, "seed " + seed);
            assertEquals(a.claims(), back.claims(), "seed " + seed);
            assertEquals(a.events(), back.events(), "seed " + seed);
            assertEquals(a.timeline(), back.timeline(), "seed " + seed);
            assertArrayEquals(once, write(back), "seed " + seed);
            String text = new String(once, StandardCharsets.UTF_8);
            assertFalse(text.contains("\r"), "seed " + seed);
            assertTrue(text.endsWith("}\n"), "seed " + seed);
        });
    }

    @Test
    void theGeneratorIsDeterministic() {
        qt().withExamples(10).forAll(longs().all()).checkAssert(seed ->
                assertArrayEquals(write(AtlasGen.atlas(seed)), write(AtlasGen.atlas(seed)), "seed " + seed));
    }

    @Test
    void selectingAHotspotKeepsAValidAtlas() {
        qt().withExamples(40).forAll(longs().all()).checkAssert(seed -> {
            Atlas a = AtlasGen.atlas(seed);
            String[] hotspots = a.hotspots().stream().map(h -> h.id()).toArray(String[]::new);
            Atlas s = a.select(Selection.hotspots(hotspots[0]));
            assertEquals(s, CanonicalRoundTripTest.read(write(s)), "seed " + seed);
            assertTrue(a.actors().containsAll(s.actors()), "seed " + seed);
            assertTrue(s.claims().stream().allMatch(c -> hotspots[0].equals(c.hotspot())), "seed " + seed);
        });
    }
}
