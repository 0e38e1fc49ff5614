package org.hotspotatlas.export.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hotspotatlas.export.brief.LabelPlacer.Box;
import org.hotspotatlas.export.brief.LabelPlacer.Placed;
import org.junit.jupiter.api.Test;

class LabelPlacerTest {

    private final Box frame = new Box(0, 0, 200, 100);

    @Test
    void aLoneLabelGoesToTheRightOfItsMarker() {
        LabelPlacer p = new LabelPlacer(frame);
        p.marker(50, 50, 4, true);
        Placed placed = p.place(50, 50, 4, 30, 8);
        assertFalse(placed.overlapping());
        assertFalse(placed.leader());
        assertTrue(placed.box().x() > 54, "right of the marker: " + placed.box());
        assertEquals(50, placed.box().centreY(), 1e-9);
    }

    @Test
    void aLabelAtTheRightEdgeGoesLeft() {
        LabelPlacer p = new LabelPlacer(frame);
        p.marker(190, 50, 4, true);
        Placed placed = p.place(190, 50, 4, 30, 8);
        assertTrue(placed.box().inside(frame));
        assertTrue(placed.box().x() + placed.box().w() < 186, "left of the marker: " + placed.box());
    }

    @Test
    void twoNeighboursDoNotCollideAndEachLabelIsNearerItsOwnMarker() {
        LabelPlacer p = new LabelPlacer(frame);
        p.marker(100, 50, 4, true);
        p.marker(112, 50, 4, true);
        Placed a = p.place(100, 50, 4, 40, 8);
        Placed b = p.place(112, 50, 4, 40, 8);
        assertFalse(a.box().intersects(b.box()), a + " and " + b);
        assertFalse(a.overlapping() || b.overlapping());
        assertTrue(LabelPlacer.distance(a.box(), 100, 50) < LabelPlacer.distance(a.box(), 112, 50));
        assertTrue(LabelPlacer.distance(b.box(), 112, 50) < LabelPlacer.distance(b.box(), 100, 50));
    }

    @Test
    void aLabelWithNoRoomIsReportedAsOverlapping() {
        LabelPlacer p = new LabelPlacer(new Box(0, 0, 20, 20));
        Placed placed = p.place(10, 10, 2, 100, 8);
        assertTrue(placed.overlapping(), "a label wider than the frame cannot fit");
    }

    @Test
    void anObstacleIsAvoided() {
        LabelPlacer p = new LabelPlacer(frame);
        Box name = new Box(55, 45, 40, 10);
        p.obstacle(name);
        Placed placed = p.place(50, 50, 4, 30, 8);
        assertFalse(placed.box().intersects(name));
    }
}
