package org.hotspotatlas.export.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.hotspotatlas.core.model.GeoPoint;
import org.hotspotatlas.core.model.UsAlignment;
import org.hotspotatlas.export.brief.LabelPlacer.Box;
import org.hotspotatlas.export.brief.MapFigure.Label;
import org.hotspotatlas.export.brief.MapFigure.Mark;
import org.hotspotatlas.export.brief.MapFigure.Point;
import org.junit.jupiter.api.Test;

class MapFigureTest {

    /** Roughly DejaVu Sans: the tests check geometry, not typography. */
    static final MapFigure.TextMeasure MEASURE = (text, size, bold) -> text.length() * size * (bold ? 0.63 : 0.56);

    private static final WorldOutlines WORLD = WorldOutlines.naturalEarth110m();

    static MapFigure figure(MapFigure.View view, List<Point> points) {
        return new MapFigure(view, List.of(new MapFigure.Area("CN", "China"), new MapFigure.Area("RU", "Russia")),
                points, Map.of(UsAlignment.COUNTER, "Counter"), Map.of(Mark.DISC, "stated by the author"), "alt");
    }

    /** Nine points as crowded as the bundled data's, with long names. */
    static List<Point> crowded() {
        List<Point> p = new ArrayList<>();
        p.add(new Point("North Korea", new GeoPoint(39.02, 125.75), UsAlignment.UNSTATED, Mark.RING, true));
        p.add(new Point("Venezuela", new GeoPoint(10.49, -66.88), UsAlignment.COUNTER, Mark.DISC, true));
        p.add(new Point("Middle East", new GeoPoint(33, 42), UsAlignment.COUNTER, Mark.RING, true));
        p.add(new Point("Syria", new GeoPoint(33.51, 36.29), UsAlignment.COUNTER, Mark.RING, false));
        p.add(new Point("Afghanistan", new GeoPoint(34.53, 69.17), UsAlignment.PARTLY_ALIGNED, Mark.DISC, true));
        p.add(new Point("The Arctic", new GeoPoint(76, 100), UsAlignment.COUNTER, Mark.RING, true));
        p.add(new Point("Serbia", new GeoPoint(44.79, 20.45), UsAlignment.COUNTER, Mark.RING, true));
        p.add(new Point("Africa", new GeoPoint(8, 25), UsAlignment.UNSTATED, Mark.DIAMOND, true));
        p.add(new Point("South China Sea and Ukraine", new GeoPoint(12, 114), UsAlignment.UNSTATED, Mark.RING, true));
        p.add(new Point("Ukraine", new GeoPoint(50.45, 30.52), UsAlignment.UNSTATED, Mark.RING, false));
        p.add(new Point("Central Asia and regional organizations", new GeoPoint(42, 66), UsAlignment.COUNTER,
                Mark.RING, true));
        return p;
    }

    static Box box(Label l) {
        double h = 1.1 * l.size() * l.lines().size() + 0.1 * l.size();
        double w = 0;
        for (String line : l.lines()) {
            w = Math.max(w, MEASURE.width(line, l.size(), l.bold()));
        }
        double top = l.y() + 0.9 * l.size();
        return new Box(l.x() + 0.25, top - h + 0.25, w - 0.5, h - 0.5);
    }

    @Test
    void aCrowdedWorldMapHasEveryHotspotLabelledWithoutCollisions() {
        MapFigure.Layout m = figure(MapFigure.View.WORLD, crowded()).layout(483, 260, MEASURE, WORLD);
        assertEquals(0, m.overlapping());
        List<String> texts = m.labels().stream().map(Label::text).toList();
        for (Point p : crowded()) {
            if (p.major()) {
                assertTrue(texts.contains(p.label()), p.label() + " unlabelled: " + texts);
            }
        }
        Box frame = new Box(0, m.mapBottom(), m.width(), m.height() - m.mapBottom());
        List<Box> boxes = m.labels().stream().map(MapFigureTest::box).toList();
        for (int i = 0; i < boxes.size(); i++) {
            assertTrue(boxes.get(i).inside(frame), m.labels().get(i).text() + " leaves the map");
            for (int j = i + 1; j < boxes.size(); j++) {
                assertFalse(boxes.get(i).intersects(boxes.get(j)),
                        m.labels().get(i).text() + " collides with " + m.labels().get(j).text());
            }
        }
        assertTrue(m.labels().stream().anyMatch(l -> l.text().equals("Russia")), "the principals are named");
        assertTrue(m.labels().stream().anyMatch(l -> l.lines().size() == 2), "long names wrap");
    }

    @Test
    void thePrincipalsAreShadedAndOtherCountriesAreNot() {
        MapFigure.Layout m = figure(MapFigure.View.WORLD, crowded()).layout(483, 260, MEASURE, WORLD);
        long shaded = m.countries().stream().filter(p -> p.fill() == Palette.PRINCIPAL).count();
        assertEquals(2, shaded);
        assertEquals(WORLD.countries().size(), m.countries().size());
    }

    @Test
    void theLegendExplainsPrincipalsColoursAndShapesAndSitsBelowTheMap() {
        MapFigure.Layout m = figure(MapFigure.View.WORLD, crowded()).layout(483, 260, MEASURE, WORLD);
        List<String> legend = m.legend().stream().map(MapFigure.LegendItem::text).toList();
        assertEquals(List.of("China and Russia", "Counter", "stated by the author"), legend);
        m.legend().forEach(it -> assertTrue(it.y() < m.mapBottom(), "legend below the map"));
    }

    @Test
    void aOneHotspotMapIsARegionalViewAroundItsPoints() {
        List<Point> arctic = List.of(new Point("The Arctic", new GeoPoint(76, 100), UsAlignment.COUNTER, Mark.RING,
                true));
        MapFigure f = figure(MapFigure.View.REGION, arctic);
        double[] box = f.regionBox();
        assertTrue(box[0] < 100 && box[2] > 100 && box[1] < 76 && box[3] > 76, "the point is in view");
        assertTrue(box[3] <= 86, "no view up to the pole, where the projection degenerates");
        assertTrue(box[3] - box[1] >= MapFigure.MIN_SPAN_LAT - 1e-9);
        MapFigure.Layout m = f.layout(483, 230, MEASURE, WORLD);
        assertTrue(m.projection() instanceof Projection.EquidistantCylindrical);
        assertEquals(1, m.markers().size());
        assertEquals(0, m.overlapping());
        assertTrue(m.labels().stream().anyMatch(l -> l.text().equals("Russia")), "Russia is named in view");
        assertTrue(m.height() <= 230 + 40);
    }

    @Test
    void theLegendNamesOnlyPrincipalsInView() {
        List<Point> caracas = List.of(new Point("Venezuela", new GeoPoint(10.49, -66.88), UsAlignment.COUNTER,
                Mark.DISC, true));
        MapFigure.Layout m = figure(MapFigure.View.REGION, caracas).layout(483, 230, MEASURE, WORLD);
        List<String> legend = m.legend().stream().map(MapFigure.LegendItem::text).toList();
        assertEquals(List.of("Counter", "stated by the author"), legend);
        assertTrue(m.labels().stream().noneMatch(l -> l.text().equals("Russia")));
    }

    @Test
    void everyMarkerOfTheWorldViewLiesInsideTheFrameWithRoomToSpare() {
        for (double maxHeight : new double[] {250, 150}) {
            MapFigure.Layout m = figure(MapFigure.View.WORLD, crowded()).layout(483, maxHeight, MEASURE, WORLD);
            Box frame = new Box(0, m.mapBottom(), m.width(), m.height() - m.mapBottom());
            long majors = crowded().stream().filter(Point::major).count();
            assertTrue(m.markers().size() >= majors, "every hotspot has its marker");
            for (MapFigure.Marker k : m.markers()) {
                double r = k.radius() + 6;
                assertTrue(new Box(k.x() - r, k.y() - r, 2 * r, 2 * r).inside(frame),
                        "a marker at " + k.x() + ", " + k.y() + " lies within 6 pt of the frame " + frame);
            }
            // the Arctic, the northernmost, no longer sits on the top edge
            double top = m.markers().stream().mapToDouble(MapFigure.Marker::y).max().orElseThrow();
            assertTrue(m.height() - top >= MapFigure.MARKER_MARGIN, "top marker " + top + " in a frame up to " + m.height());
            for (Label l : m.labels()) {
                assertTrue(box(l).inside(frame), l.text() + " leaves the map");
            }
        }
    }

    @Test
    void everyHotspotLabelStaysBesideItsOwnMarker() {
        List<Point> points = crowded();
        MapFigure.Layout m = figure(MapFigure.View.WORLD, points).layout(483, 250, MEASURE, WORLD);
        assertEquals(points.size(), m.markers().size(), "every point has a marker, in the points' order");
        assertEquals(0, m.overlapping(), "every label found a free place near its marker");
        for (Label l : m.labels()) {
            int i = -1;
            for (int k = 0; k < points.size(); k++) {
                if (points.get(k).label().equals(l.text())) {
                    i = k;
                }
            }
            if (i < 0) {
                continue; // a country's name
            }
            MapFigure.Marker own = m.markers().get(i);
            Box b = box(l);
            double h = 1.1 * l.size() * l.lines().size() + 0.1 * l.size();
            double d = LabelPlacer.distance(b, own.x(), own.y());
            // the test's box is the drawn text's, a quarter point inside the placed box on each side
            assertTrue(d <= LabelPlacer.maxDistance(own.radius(), h) + 0.5,
                    l.text() + " lies " + d + " pt from its marker");
            if (l.leader() != null) {
                assertEquals(own.x(), l.leader()[0], 1e-9, l.text() + "'s leader starts at its marker");
                for (MapFigure.Marker other : m.markers()) {
                    if (other == own) {
                        continue;
                    }
                    double r = other.radius();
                    for (double f = 0; f <= 1; f += 0.01) {
                        double x = l.leader()[0] + f * (l.leader()[2] - l.leader()[0]);
                        double y = l.leader()[1] + f * (l.leader()[3] - l.leader()[1]);
                        assertFalse(Math.abs(x - other.x()) < r && Math.abs(y - other.y()) < r,
                                l.text() + "'s leader passes over another marker");
                    }
                }
            } else if (points.get(i).major()) {
                for (int k = 0; k < points.size(); k++) {
                    if (k != i && points.get(k).major()) {
                        MapFigure.Marker other = m.markers().get(k);
                        assertTrue(LabelPlacer.distance(b, other.x(), other.y()) > d,
                                l.text() + " lies nearer " + points.get(k).label() + " than its own marker");
                    }
                }
            }
        }
    }

    @Test
    void theWorldViewReachesThePole() {
        MapFigure.Layout m = figure(MapFigure.View.WORLD, crowded()).layout(483, 250, MEASURE, WORLD);
        double[] pole = m.projection().project(0, 90);
        double[] south = m.projection().project(0, MapFigure.LAT_SOUTH);
        double scale = m.width() / (2 * m.projection().project(180, 0)[0]);
        assertTrue((pole[1] - south[1]) * scale <= m.height() - m.mapBottom() + 1e-6,
                "the frame is tall enough for 58 S to 90 N");
    }

    @Test
    void theArcticViewNamesOnlyThePrincipalItShows() {
        List<Point> arctic = List.of(new Point("The Arctic", new GeoPoint(76, 100), UsAlignment.COUNTER, Mark.RING,
                true));
        MapFigure.Layout m = figure(MapFigure.View.REGION, arctic).layout(483, 210, MEASURE, WORLD);
        // independently of the layout's own test: sample the frame on a grid with Java2D's even-odd fill
        assertTrue(sharedOfFrame(m, "RU") > 0.1, "Russia fills much of the frame");
        assertTrue(sharedOfFrame(m, "CN") < 0.004, "the view around the Arctic leaves China out");
        assertEquals(List.of("RU"), m.shaded().stream().map(MapFigure.Area::iso2).toList());
        List<String> legend = m.legend().stream().map(MapFigure.LegendItem::text).toList();
        assertEquals("Russia", legend.get(0), "the legend names only the shading in view: " + legend);
        assertTrue(legend.stream().noneMatch(t -> t.contains("China")), legend.toString());
        assertTrue(m.altText().endsWith(" Russia is shaded."), m.altText());
        assertFalse(m.altText().contains("China"), m.altText());
    }

    @Test
    void theWorldViewNamesBothPrincipalsInLegendAndAltText() {
        MapFigure.Layout m = figure(MapFigure.View.WORLD, crowded()).layout(483, 250, MEASURE, WORLD);
        assertEquals(List.of("CN", "RU"), m.shaded().stream().map(MapFigure.Area::iso2).toList());
        assertTrue(m.altText().endsWith(" China and Russia are shaded."), m.altText());
    }

    @Test
    void clippingARingKeepsOnlyThePartInTheBox() {
        double[] square = {0, 0, 10, 0, 10, 10, 0, 10, 0, 0};
        assertEquals(25, Math.abs(WorldOutlines.Country.area(MapFigure.clipRing(square, new double[] {5, 5, 20, 20}))),
                1e-9);
        assertEquals(0, MapFigure.clipRing(square, new double[] {11, 11, 20, 20}).length);
    }

    /** @return the share of the map frame that a country's drawn outline covers, by sampling every half point */
    private static double sharedOfFrame(MapFigure.Layout m, String iso2) {
        java.awt.geom.Path2D.Double path = new java.awt.geom.Path2D.Double(java.awt.geom.Path2D.WIND_EVEN_ODD);
        for (double[] r : m.countries().get(countryIndex(iso2)).rings()) {
            path.moveTo(r[0], r[1]);
            for (int i = 2; i < r.length; i += 2) {
                path.lineTo(r[i], r[i + 1]);
            }
            path.closePath();
        }
        int in = 0;
        int all = 0;
        for (double y = m.mapBottom() + 0.25; y < m.height(); y += 0.5) {
            for (double x = 0.25; x < m.width(); x += 0.5) {
                all++;
                if (path.contains(x, y)) {
                    in++;
                }
            }
        }
        return (double) in / all;
    }

    private static int countryIndex(String iso2) {
        for (int i = 0; i < WORLD.countries().size(); i++) {
            if (iso2.equals(WORLD.countries().get(i).iso2())) {
                return i;
            }
        }
        throw new IllegalArgumentException(iso2);
    }

    @Test
    void aPointIsInsideTheRingAroundIt() {
        double[] square = {0, 0, 10, 0, 10, 10, 0, 10, 0, 0};
        assertTrue(MapFigure.inside(square, 5, 5));
        assertFalse(MapFigure.inside(square, 15, 5));
    }
}
