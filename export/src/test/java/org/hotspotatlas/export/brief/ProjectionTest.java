package org.hotspotatlas.export.brief;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProjectionTest {

    private final Projection ee = new Projection.EqualEarth();

    @Test
    void equalEarthHasItsPublishedExtent() {
        // Šavrič et al. (2018): the map is 2.7066 wide from the centre to the antimeridian and
        // 1.3174 tall from the equator to the pole, in units of the Earth's radius
        assertEquals(2.7066, ee.project(180, 0)[0], 1e-4);
        assertEquals(1.3174, ee.project(0, 90)[1], 1e-4);
        assertArrayEquals(new double[] {0, 0}, ee.project(0, 0), 1e-12);
    }

    @Test
    void equalEarthIsSymmetricAndKeepsParallelsStraight() {
        double[] a = ee.project(40, 30);
        double[] b = ee.project(-40, -30);
        assertEquals(-a[0], b[0], 1e-12);
        assertEquals(-a[1], b[1], 1e-12);
        assertEquals(ee.project(-170, 45)[1], ee.project(120, 45)[1], 1e-12, "parallels are straight lines");
        assertTrue(ee.project(0, 60)[1] > ee.project(0, 30)[1]);
    }

    @Test
    void equalEarthPreservesAreas() {
        // two cells of 10 by 10 degrees on the same parallel band have equal projected areas, and a
        // cell at 60 degrees has the area of one at the equator scaled by the band's true area
        double eq = cellArea(0, 0);
        double high = cellArea(100, 60);
        double trueRatio = (Math.sin(Math.toRadians(70)) - Math.sin(Math.toRadians(60))) / Math.sin(Math.toRadians(10));
        assertEquals(trueRatio, high / eq, 5e-3);
    }

    private double cellArea(double lon, double lat) {
        double[] p0 = ee.project(lon, lat);
        double[] p1 = ee.project(lon + 10, lat);
        double[] p2 = ee.project(lon + 10, lat + 10);
        double[] p3 = ee.project(lon, lat + 10);
        double[] ring = {p0[0], p0[1], p1[0], p1[1], p2[0], p2[1], p3[0], p3[1], p0[0], p0[1]};
        return Math.abs(WorldOutlines.Country.area(ring));
    }

    @Test
    void equidistantCylindricalIsTrueAlongItsStandardParallel() {
        Projection p = new Projection.EquidistantCylindrical(60);
        assertEquals(Math.toRadians(90) * 0.5, p.project(90, 10)[0], 1e-12);
        assertEquals(Math.toRadians(10), p.project(90, 10)[1], 1e-12);
        assertThrows(IllegalArgumentException.class, () -> new Projection.EquidistantCylindrical(90));
    }
}
