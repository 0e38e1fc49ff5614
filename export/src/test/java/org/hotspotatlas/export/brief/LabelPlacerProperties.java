package org.hotspotatlas.export.brief;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.hotspotatlas.export.brief.LabelPlacer.Box;
import org.hotspotatlas.export.brief.LabelPlacer.Placed;
import org.junit.jupiter.api.Test;

/** Whatever the markers, labels that are placed without a reported overlap never collide. */
class LabelPlacerProperties {

    @Test
    void cleanlyPlacedLabelsNeverOverlapEachOtherOrAnyMarkerAndStayInTheFrame() {
        qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            Box frame = new Box(0, 0, 300, 150);
            LabelPlacer p = new LabelPlacer(frame);
            int n = 1 + r.nextInt(15);
            double[][] m = new double[n][];
            List<Box> markers = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                m[i] = new double[] {5 + r.nextDouble() * 290, 5 + r.nextDouble() * 140};
                p.marker(m[i][0], m[i][1], 3, true);
                markers.add(new Box(m[i][0] - 3, m[i][1] - 3, 6, 6));
            }
            List<Box> clean = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Placed placed = p.place(m[i][0], m[i][1], 3, 10 + r.nextDouble() * 60, 8);
                if (!placed.overlapping()) {
                    clean.add(placed.box());
                }
            }
            for (int i = 0; i < clean.size(); i++) {
                assertTrue(clean.get(i).inside(frame), "outside the frame: " + clean.get(i));
                for (Box k : markers) {
                    assertFalse(clean.get(i).intersects(k), clean.get(i) + " covers a marker at " + k);
                }
                for (int j = i + 1; j < clean.size(); j++) {
                    assertFalse(clean.get(i).intersects(clean.get(j)), clean.get(i) + " and " + clean.get(j));
                }
            }
        });
    }
}
