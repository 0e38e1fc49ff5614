package org.hotspotatlas.export.brief;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Country outlines for the brief's map: Natural Earth's 1:110m countries (public domain), as the
 * {@code world-atlas} 2.0.2 package publishes them in TopoJSON (ISC licence), shipped unchanged
 * with the library beside their attribution. Each country is found by its ISO 3166-1 alpha-2 code,
 * the code an actor of the dataset records. Immutable and thread-safe; the outlines are read once.
 */
public final class WorldOutlines {

    static final String RESOURCE = "map/countries-110m.json";
    static final String CODES = "map/iso-3166-1-numeric.tsv";

    /**
     * One country's outline.
     *
     * @param iso2  its ISO 3166-1 alpha-2 code, or null where it has none (Natural Earth's
     *              Northern Cyprus and Somaliland)
     * @param name  Natural Earth's short name
     * @param rings the outline's closed rings, each as longitude, latitude pairs in degrees
     *              ({@code lon0, lat0, lon1, lat1, ...}); outer rings and holes alike, to be filled
     *              with the even-odd rule. A ring that crosses the antimeridian is continuous: its
     *              longitudes run past 180 (or below -180) rather than jumping, so a renderer draws
     *              it twice, once shifted by 360 degrees, and clips to the map
     */
    public record Country(String iso2, String name, List<double[]> rings) {
        /** Copies the ring list; the arrays are kept as given and must not be changed. */
        public Country {
            Objects.requireNonNull(name, "country name");
            rings = List.copyOf(rings);
        }

        /** {@return the ISO 3166-1 alpha-2 code, if the country has one} */
        public Optional<String> code() {
            return Optional.ofNullable(iso2);
        }

        /** {@return the ring with the largest area, by the shoelace formula in degrees} */
        public double[] largestRing() {
            double[] best = rings.get(0);
            double bestArea = -1;
            for (double[] r : rings) {
                double a = Math.abs(area(r));
                if (a > bestArea) {
                    best = r;
                    bestArea = a;
                }
            }
            return best;
        }

        static double area(double[] r) {
            double s = 0;
            for (int i = 0; i + 3 < r.length; i += 2) {
                s += r[i] * r[i + 3] - r[i + 2] * r[i + 1];
            }
            return s / 2;
        }
    }

    private static final class Holder {
        static final WorldOutlines INSTANCE = load();
    }

    private final List<Country> countries;
    private final Map<String, Country> byCode;

    WorldOutlines(List<Country> countries) {
        this.countries = List.copyOf(countries);
        Map<String, Country> m = new LinkedHashMap<>();
        for (Country c : countries) {
            if (c.iso2() != null) {
                m.put(c.iso2(), c);
            }
        }
        this.byCode = Map.copyOf(m);
    }

    /** {@return Natural Earth's 1:110m countries, read from the library on first use} */
    public static WorldOutlines naturalEarth110m() {
        return Holder.INSTANCE;
    }

    /** {@return every country, in the order of the source file} */
    public List<Country> countries() {
        return countries;
    }

    /**
     * {@return the outline of the country with that code, if the map has it}
     *
     * @param iso2 an ISO 3166-1 alpha-2 code such as {@code "FR"}
     */
    public Optional<Country> country(String iso2) {
        return Optional.ofNullable(byCode.get(iso2));
    }

    private static WorldOutlines load() {
        Map<String, String> byNumeric = new HashMap<>();
        Map<String, String> byName = new HashMap<>();
        for (String line : text(CODES).split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f[1].equals("-")) {
                byName.put(f[2], f[0]);
            } else {
                byNumeric.put(f[1], f[0]);
            }
        }
        JsonNode root = JsonMapper.builder().build().readTree(text(RESOURCE));
        return new WorldOutlines(TopoJson.countries(root, "countries", byNumeric, byName));
    }

    private static String text(String name) {
        try (InputStream in = WorldOutlines.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("map resource " + name + " is missing from the library");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read map resource " + name, e);
        }
    }

    /** Decodes TopoJSON (quantized, delta-encoded arcs shared between neighbours) into rings. */
    static final class TopoJson {
        private TopoJson() {}

        /**
         * @param root      a TopoJSON Topology
         * @param object    the name of its geometry collection
         * @param byNumeric alpha-2 codes by the geometries' ids
         * @param byName    alpha-2 codes for geometries without an id, by their name property
         * @return one country per Polygon or MultiPolygon geometry
         */
        static List<Country> countries(JsonNode root, String object, Map<String, String> byNumeric,
                                       Map<String, String> byName) {
            List<double[]> arcs = arcs(root);
            List<Country> out = new ArrayList<>();
            for (JsonNode g : root.path("objects").path(object).path("geometries")) {
                String type = g.path("type").asString();
                String name = g.path("properties").path("name").asString();
                JsonNode id = g.get("id");
                String iso2 = id != null && !id.isNull() ? byNumeric.get(id.asString()) : byName.get(name);
                List<double[]> rings = new ArrayList<>();
                if (type.equals("Polygon")) {
                    for (JsonNode ring : g.path("arcs")) {
                        rings.add(unwrap(ring(ring, arcs)));
                    }
                } else if (type.equals("MultiPolygon")) {
                    for (JsonNode polygon : g.path("arcs")) {
                        for (JsonNode ring : polygon) {
                            rings.add(unwrap(ring(ring, arcs)));
                        }
                    }
                } else {
                    continue;
                }
                out.add(new Country(iso2, name, rings));
            }
            return out;
        }

        /** @return every arc as absolute longitude, latitude pairs */
        static List<double[]> arcs(JsonNode root) {
            JsonNode transform = root.get("transform");
            double sx = 1;
            double sy = 1;
            double tx = 0;
            double ty = 0;
            if (transform != null) {
                sx = transform.path("scale").get(0).asDouble();
                sy = transform.path("scale").get(1).asDouble();
                tx = transform.path("translate").get(0).asDouble();
                ty = transform.path("translate").get(1).asDouble();
            }
            List<double[]> out = new ArrayList<>();
            for (JsonNode arc : root.path("arcs")) {
                double[] pts = new double[arc.size() * 2];
                long x = 0;
                long y = 0;
                int i = 0;
                for (JsonNode p : arc) {
                    if (transform != null) {
                        x += p.get(0).asLong();
                        y += p.get(1).asLong();
                        pts[i++] = x * sx + tx;
                        pts[i++] = y * sy + ty;
                    } else {
                        pts[i++] = p.get(0).asDouble();
                        pts[i++] = p.get(1).asDouble();
                    }
                }
                out.add(pts);
            }
            return out;
        }

        /**
         * Joins a ring's arcs: an index {@code ~i} (negative) is arc i reversed; each arc after the
         * first starts where the one before ended, so its first point is dropped.
         */
        static double[] ring(JsonNode indexes, List<double[]> arcs) {
            List<double[]> parts = new ArrayList<>();
            int length = 0;
            for (JsonNode n : indexes) {
                int i = n.asInt();
                double[] arc = i >= 0 ? arcs.get(i) : reverse(arcs.get(~i));
                parts.add(arc);
                length += arc.length;
            }
            double[] ring = new double[Math.max(0, length - 2 * (parts.size() - 1))];
            int at = 0;
            for (int k = 0; k < parts.size(); k++) {
                double[] arc = parts.get(k);
                int from = k == 0 ? 0 : 2;
                System.arraycopy(arc, from, ring, at, arc.length - from);
                at += arc.length - from;
            }
            return ring;
        }

        /**
         * Makes a ring continuous across the antimeridian: where one point to the next jumps by
         * more than 180 degrees of longitude, the rest of the ring is shifted by 360 degrees. A
         * ring that goes round a pole (it ends shifted from where it started) is closed along the
         * pole's latitude.
         */
        static double[] unwrap(double[] ring) {
            double offset = 0;
            double[] out = ring.clone();
            for (int i = 2; i < ring.length; i += 2) {
                double d = ring[i] - ring[i - 2];
                if (d > 180) {
                    offset -= 360;
                } else if (d < -180) {
                    offset += 360;
                }
                out[i] = ring[i] + offset;
            }
            if (offset == 0) {
                return out;
            }
            double mean = 0;
            for (int i = 1; i < ring.length; i += 2) {
                mean += ring[i];
            }
            double pole = mean >= 0 ? 90 : -90;
            double[] closed = java.util.Arrays.copyOf(out, out.length + 6);
            int n = out.length;
            closed[n] = out[n - 2];
            closed[n + 1] = pole;
            closed[n + 2] = out[0];
            closed[n + 3] = pole;
            closed[n + 4] = out[0];
            closed[n + 5] = out[1];
            return closed;
        }

        private static double[] reverse(double[] arc) {
            double[] r = new double[arc.length];
            for (int i = 0; i < arc.length; i += 2) {
                r[arc.length - 2 - i] = arc[i];
                r[arc.length - 1 - i] = arc[i + 1];
            }
            return r;
        }
    }
}
