package org.hotspotatlas.export.brief;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class WorldOutlinesTest {

    private static JsonNode json(String s) {
        return JsonMapper.builder().build().readTree(s.replace('\'', '"'));
    }

    @Test
    void decodesDeltaEncodedArcsWithTheTransform() {
        // arc 0 from (0,0) by deltas to (2,0) then (2,1); scale 10 and 1, translate -100 and 5
        JsonNode topo = json("{'type':'Topology','transform':{'scale':[10,1],'translate':[-100,5]},"
                + "'arcs':[[[0,0],[2,0],[0,1]]],'objects':{}}");
        List<double[]> arcs = WorldOutlines.TopoJson.arcs(topo);
        assertArrayEquals(new double[] {-100, 5, -80, 5, -80, 6}, arcs.get(0), 1e-9);
    }

    @Test
    void joinsArcsIntoRingsReversingNegativeIndexesAndDroppingSharedPoints() {
        // a unit square from two arcs: arc 0 goes (0,0)->(1,0)->(1,1); arc 1 goes (0,0)->(0,1)->(1,1)
        // ring [0, ~1] = arc 0 then arc 1 reversed: (0,0),(1,0),(1,1),(0,1),(0,0)
        JsonNode topo = json("{'type':'Topology','arcs':[[[0,0],[1,0],[1,1]],[[0,0],[0,1],[1,1]]],"
                + "'objects':{'countries':{'type':'GeometryCollection','geometries':["
                + "{'type':'Polygon','arcs':[[0,-2]],'id':'250','properties':{'name':'Squareland'}},"
                + "{'type':'Polygon','arcs':[[1,-1]],'properties':{'name':'Kosovo'}},"
                + "{'type':'Point','coordinates':[0,0],'properties':{'name':'Dot'}}]}}}");
        List<WorldOutlines.Country> cs = WorldOutlines.TopoJson.countries(topo, "countries", Map.of("250", "FR"),
                Map.of("Kosovo", "XK"));
        assertEquals(2, cs.size(), "points are not countries");
        assertEquals("FR", cs.get(0).iso2());
        assertArrayEquals(new double[] {0, 0, 1, 0, 1, 1, 0, 1, 0, 0}, cs.get(0).rings().get(0), 1e-9);
        assertEquals("XK", cs.get(1).iso2(), "a geometry without an id is matched by name");
        assertArrayEquals(new double[] {0, 0, 0, 1, 1, 1, 1, 0, 0, 0}, cs.get(1).rings().get(0), 1e-9);
    }

    @Test
    void aRingAcrossTheAntimeridianBecomesContinuous() {
        double[] ring = {170, 60, -170, 60, -170, 70, 170, 70, 170, 60};
        assertArrayEquals(new double[] {170, 60, 190, 60, 190, 70, 170, 70, 170, 60},
                WorldOutlines.TopoJson.unwrap(ring), 1e-9);
    }

    @Test
    void aRingAroundAPoleIsClosedAlongThePole() {
        double[] ring = {-170, -80, 0, -85, 170, -80, -170, -80};
        double[] out = WorldOutlines.TopoJson.unwrap(ring);
        // the jump from 170 to -170 would be drawn across the map; instead the ring runs on to 190
        // and closes via the south pole
        assertArrayEquals(new double[] {-170, -80, 0, -85, 170, -80, 190, -80, 190, -90, -170, -90, -170, -80}, out,
                1e-9);
    }

    @Test
    void naturalEarthHasEveryCountryAnActorOfTheDatasetNamesByCode() {
        WorldOutlines w = WorldOutlines.naturalEarth110m();
        assertEquals(177, w.countries().size());
        for (String code : List.of("CN", "RU", "US", "KP", "VE", "SY", "IR", "IL", "PS", "AF", "RS", "XK", "SD", "CF",
                "VN", "UA", "IN", "JP", "TR", "PK", "KR")) {
            assertTrue(w.country(code).isPresent(), "no outline for " + code);
        }
        assertEquals("Russia", w.country("RU").orElseThrow().name());
        for (WorldOutlines.Country c : w.countries()) {
            for (double[] r : c.rings()) {
                assertTrue(r.length >= 8, c.name() + " has a degenerate ring");
                assertEquals(r[0], r[r.length - 2], 1e-9, c.name() + " ring not closed");
                assertEquals(r[1], r[r.length - 1], 1e-9, c.name() + " ring not closed");
                for (int i = 2; i < r.length; i += 2) {
                    boolean alongPole = Math.abs(r[i + 1]) == 90 && Math.abs(r[i - 1]) == 90;
                    assertTrue(alongPole || Math.abs(r[i] - r[i - 2]) < 180, c.name() + " ring jumps across the map");
                }
            }
        }
    }

    @Test
    void theLargestRingOfRussiaIsItsMainland() {
        double[] r = WorldOutlines.naturalEarth110m().country("RU").orElseThrow().largestRing();
        double minLon = Double.MAX_VALUE;
        double maxLon = -Double.MAX_VALUE;
        for (int i = 0; i < r.length; i += 2) {
            minLon = Math.min(minLon, r[i]);
            maxLon = Math.max(maxLon, r[i]);
        }
        assertTrue(minLon < 35 && maxLon > 180, "mainland spans the Baltic to beyond the antimeridian: " + minLon
                + " to " + maxLon);
    }
}
