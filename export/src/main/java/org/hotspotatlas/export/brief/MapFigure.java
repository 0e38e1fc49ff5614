package org.hotspotatlas.export.brief;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.hotspotatlas.core.model.GeoPoint;
import org.hotspotatlas.core.model.UsAlignment;

/**
 * The brief's map, as content: which view, which countries are the principals', which points are
 * marked and how, what the legend says and the alternative text. {@link #layout} turns it into
 * geometry in a frame of a given size (points, origin at the bottom left, y upwards) that any
 * format draws the same way: the PDF as vector paths, a Word document as an image.
 *
 * @param view       the whole world or a region around the points
 * @param principals the principals' countries, shaded
 * @param points     the marked points: hotspots and their sub-theatres
 * @param colours    what each marker colour means, in legend order (only colours in use)
 * @param marks      what each marker shape means, in legend order (only shapes in use)
 * @param altText    the figure's alternative text: what a reader who cannot see it needs to know,
 *                   except which principals are shaded, which depends on the frame: the layout's
 *                   {@link Layout#altText()} adds that
 */
public record MapFigure(View view, List<Area> principals, List<Point> points,
                        Map<UsAlignment, String> colours, Map<Mark, String> marks, String altText) {

    /** Copies the lists. */
    public MapFigure {
        Objects.requireNonNull(view, "view");
        principals = List.copyOf(principals);
        points = List.copyOf(points);
        colours = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(colours));
        marks = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(marks));
        Objects.requireNonNull(altText, "altText");
    }

    /** How much of the Earth the map shows. */
    public enum View {
        /**
         * The world from 58° S to the North Pole in the Equal Earth projection, with room added
         * where a marker would come near the frame's edge.
         */
        WORLD,
        /** A box around the points with a margin, in the equidistant cylindrical projection. */
        REGION
    }

    /** A marker's shape, which tells the basis of the verdict its colour shows. */
    public enum Mark {
        /** A filled circle. */
        DISC,
        /** A circle with a white centre. */
        RING,
        /** A filled diamond. */
        DIAMOND,
        /** A small filled square: a place with no verdict, so that no basis shape is claimed for it. */
        SQUARE
    }

    /**
     * A country shaded on the map.
     *
     * @param iso2 its ISO 3166-1 alpha-2 code
     * @param name its name as the dataset gives it, used as the label
     */
    public record Area(String iso2, String name) {
        /** Shows any bidirectional control in the name visibly, so that the label reads as stored. */
        public Area {
            name = org.hotspotatlas.core.model.TextSafety.showBidiControls(name);
        }
    }

    /**
     * A marked point.
     *
     * @param label     the text beside it
     * @param at        where it is
     * @param alignment the verdict its colour shows
     * @param mark      the shape, which shows the verdict's basis
     * @param major     true for a hotspot (always labelled), false for a sub-theatre (smaller,
     *                  labelled where there is room)
     */
    public record Point(String label, GeoPoint at, UsAlignment alignment, Mark mark, boolean major) {
        /** Shows any bidirectional control in the label visibly, so that the label reads as stored. */
        public Point {
            label = org.hotspotatlas.core.model.TextSafety.showBidiControls(label);
        }
    }

    /** Measures text in the font a renderer will draw it with. */
    @FunctionalInterface
    public interface TextMeasure {
        /**
         * {@return the text's width in points}
         *
         * @param text the text
         * @param size the font size in points
         * @param bold whether the bold face is used
         */
        double width(String text, double size, boolean bold);
    }

    /** Font size of hotspot labels, in points. */
    public static final double MAJOR_LABEL_SIZE = 7;
    /** Font size of sub-theatre and country labels, in points. */
    public static final double MINOR_LABEL_SIZE = 6.5;
    /** Font size of the legend, in points. */
    public static final double LEGEND_SIZE = 7;

    static final double LAT_SOUTH = -58;
    static final double LAT_NORTH = 90;
    /** The least room, in points, between a marker's edge and the frame's edge in the world view. */
    static final double MARKER_MARGIN = 9;
    /** A regional view spans at least this many degrees of latitude. */
    static final double MIN_SPAN_LAT = 34;
    /** Margin around a regional view's points, in degrees. */
    static final double MARGIN = 10;

    /**
     * A closed outline to fill and stroke.
     *
     * @param rings  closed rings as {@code x0, y0, x1, y1, ...}, filled with the even-odd rule
     * @param fill   fill colour, 0xRRGGBB
     * @param stroke stroke colour, 0xRRGGBB
     */
    public record Path(List<double[]> rings, int fill, int stroke) {}

    /**
     * A drawn marker.
     *
     * @param x      centre x
     * @param y      centre y
     * @param radius half its size
     * @param mark   shape
     * @param colour 0xRRGGBB
     */
    public record Marker(double x, double y, double radius, Mark mark, int colour) {}

    /**
     * A drawn label.
     *
     * @param lines  the text, on one line or more
     * @param x      left end of the baselines
     * @param y      the first line's baseline; each further line is {@code 1.1 * size} lower
     * @param size   font size
     * @param bold   whether bold
     * @param colour 0xRRGGBB
     * @param leader null, or a line {@code x1, y1, x2, y2} from the marker to the label
     */
    public record Label(List<String> lines, double x, double y, double size, boolean bold, int colour, double[] leader) {
        /** Copies the lines. */
        public Label {
            lines = List.copyOf(lines);
        }

        /** {@return the label's lines joined with single spaces, as one line of text} */
        public String text() {
            return String.join(" ", lines);
        }
    }

    /**
     * One legend entry: a symbol and its text.
     *
     * @param swatch a country shading colour, or -1 for a marker
     * @param mark   the marker's shape, or null for a swatch
     * @param colour the marker's colour (for a swatch, the same as {@code swatch})
     * @param text   what it means
     * @param x      the symbol's left edge
     * @param y      the text's baseline
     */
    public record LegendItem(int swatch, Mark mark, int colour, String text, double x, double y) {}

    /**
     * The figure laid out.
     *
     * @param projection  the projection used
     * @param width       total width
     * @param height      total height, the legend included
     * @param mapBottom   the map frame's bottom edge (the legend lies below it)
     * @param ocean       the sea: the frame, or the world's outline in it
     * @param countries   country outlines, clipped by the renderer to the map frame
     * @param markers     markers, to draw over the countries
     * @param labels      labels, to draw last
     * @param legend      legend entries below the map
     * @param overlapping labels that found no free place (0 when the layout is clean)
     * @param shaded      the principals whose shading the frame shows (enough of the country to be
     *                    seen), in the figure's order: the only ones the legend and alternative text name
     * @param altText     the figure's alternative text followed by which principals are shaded in view
     */
    public record Layout(Projection projection, double width, double height, double mapBottom, Path ocean,
                         List<Path> countries, List<Marker> markers, List<Label> labels, List<LegendItem> legend,
                         int overlapping, List<Area> shaded, String altText) {
        /** Copies the lists. */
        public Layout {
            countries = List.copyOf(countries);
            markers = List.copyOf(markers);
            labels = List.copyOf(labels);
            legend = List.copyOf(legend);
            shaded = List.copyOf(shaded);
            Objects.requireNonNull(altText, "altText");
        }
    }

    /**
     * Lays the figure out.
     *
     * @param width     the figure's width in points
     * @param maxHeight the most height the map frame may take (the legend comes on top)
     * @param measure   text widths in the renderer's font
     * @param world     the country outlines
     * @return the geometry to draw
     */
    public Layout layout(double width, double maxHeight, TextMeasure measure, WorldOutlines world) {
        Projection projection;
        double[] box; // min x, min y, max x, max y in projected units
        if (view == View.WORLD || points.isEmpty()) {
            projection = new Projection.EqualEarth();
            box = new double[] {-projection.project(180, 0)[0], projection.project(0, LAT_SOUTH)[1],
                projection.project(180, 0)[0], projection.project(0, LAT_NORTH)[1]};
            box = roomForMarkers(box, projection, width, maxHeight);
        } else {
            double[] geo = regionBox();
            projection = new Projection.EquidistantCylindrical((geo[1] + geo[3]) / 2);
            double[] a = projection.project(geo[0], geo[1]);
            double[] b = projection.project(geo[2], geo[3]);
            box = new double[] {a[0], a[1], b[0], b[1]};
            box = fitAspect(box, width / maxHeight, projection);
        }
        double scale = Math.min(width / (box[2] - box[0]), maxHeight / (box[3] - box[1]));
        double mapHeight = (box[3] - box[1]) * scale;
        double mapWidth = (box[2] - box[0]) * scale;
        double x0 = (width - mapWidth) / 2;

        List<Area> shaded = visiblePrincipals(world, new Frame(projection, box, scale, x0, 0), mapWidth, mapHeight);
        Legend legend = legend(width, measure, shaded.stream().map(Area::name).toList());
        double mapBottom = legend.height;
        Frame f = new Frame(projection, box, scale, x0, mapBottom);

        Path ocean = view == View.WORLD || points.isEmpty()
                ? new Path(List.of(worldOutline(f)), Palette.OCEAN, Palette.BORDER)
                : new Path(List.of(new double[] {x0, mapBottom, x0 + mapWidth, mapBottom, x0 + mapWidth,
                    mapBottom + mapHeight, x0, mapBottom + mapHeight, x0, mapBottom}), Palette.OCEAN, Palette.OCEAN);

        Set<String> principalCodes = new java.util.HashSet<>();
        principals.forEach(p -> principalCodes.add(p.iso2()));
        List<Path> countries = new ArrayList<>();
        for (WorldOutlines.Country c : world.countries()) {
            List<double[]> rings = new ArrayList<>();
            for (double[] r : c.rings()) {
                double min = Double.MAX_VALUE;
                double max = -Double.MAX_VALUE;
                for (int i = 0; i < r.length; i += 2) {
                    min = Math.min(min, r[i]);
                    max = Math.max(max, r[i]);
                }
                rings.add(f.projectRing(r, 0));
                if (max > 180) {
                    rings.add(f.projectRing(r, -360));
                }
                if (min < -180) {
                    rings.add(f.projectRing(r, 360));
                }
            }
            boolean principal = c.iso2() != null && principalCodes.contains(c.iso2());
            countries.add(new Path(rings, principal ? Palette.PRINCIPAL : Palette.LAND, Palette.BORDER));
        }

        LabelPlacer.Box frame = new LabelPlacer.Box(x0 + 1, mapBottom + 1, mapWidth - 2, mapHeight - 2);
        List<Marker> markers = new ArrayList<>();
        List<double[]> anchors = new ArrayList<>();
        List<Boolean> shown = new ArrayList<>();
        for (Point p : points) {
            double[] xy = f.project(p.at().longitude(), p.at().latitude());
            boolean shadowed = !p.major() && points.stream().anyMatch(q -> q.major()
                    && Math.hypot(f.project(q.at().longitude(), q.at().latitude())[0] - xy[0],
                    f.project(q.at().longitude(), q.at().latitude())[1] - xy[1]) < 4);
            anchors.add(xy);
            boolean show = !shadowed && frame.contains(xy[0], xy[1]);
            shown.add(show);
            if (show) {
                markers.add(new Marker(xy[0], xy[1], radius(p), p.mark(), Palette.alignment(p.alignment())));
            }
        }
        List<Label> areaLabels = new ArrayList<>();
        List<LabelPlacer.Box> areaBoxes = new ArrayList<>();
        // the principals' names, on their largest outline: hotspot labels keep clear of them
        for (Area a : principals) {
            WorldOutlines.Country c = world.country(a.iso2()).orElse(null);
            if (c == null) {
                continue;
            }
            double[] ring = f.projectRing(c.largestRing());
            double[] centre = f.centroid(ring);
            if (!frame.contains(centre[0], centre[1])) {
                // only part of the country is in view: the middle of that part, if it is on land
                double[] bb = bounds(ring);
                double l = Math.max(bb[0], frame.x());
                double r = Math.min(bb[2], frame.x() + frame.w());
                double b = Math.max(bb[1], frame.y());
                double t = Math.min(bb[3], frame.y() + frame.h());
                centre = new double[] {(l + r) / 2, (b + t) / 2};
                if (l >= r || b >= t || !inside(ring, centre[0], centre[1])) {
                    continue;
                }
            }
            double h = MINOR_LABEL_SIZE + 1;
            double w = measure.width(a.name(), h, true);
            LabelPlacer.Box b = new LabelPlacer.Box(centre[0] - w / 2, centre[1] - h / 2, w, h);
            if (b.inside(frame)) {
                areaBoxes.add(b);
                areaLabels.add(new Label(List.of(a.name()), b.x(), b.y() + 0.22 * h, h, true, 0x6B5A36, null));
            }
        }
        // greedy placement depends on the order: start with the points in their given order (main
        // points first), then retry with the points that needed a leader or overlapped moved to the
        // front, and keep the best of a few tries
        List<Integer> order = new ArrayList<>();
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < points.size(); i++) {
                if (points.get(i).major() == (pass == 0) && shown.get(i)) {
                    order.add(i);
                }
            }
        }
        Attempt best = null;
        for (int attempt = 0; attempt < 6; attempt++) {
            Attempt a = placeLabels(order, frame, anchors, areaBoxes, measure);
            if (best == null || a.score() < best.score()) {
                best = a;
            }
            if (a.troubled().isEmpty()) {
                break;
            }
            List<Integer> next = new ArrayList<>(a.troubled());
            order.stream().filter(i -> !a.troubled().contains(i)).forEach(next::add);
            if (next.equals(order)) {
                break;
            }
            order = next;
        }
        List<Label> labels = new ArrayList<>(areaLabels);
        labels.addAll(best.labels());
        return new Layout(projection, width, mapBottom + mapHeight, mapBottom, ocean, countries, markers, labels,
                legend.items, best.overlapping(), shaded, altText(shaded));
    }

    /**
     * Widens a projected box until every point's marker lies at least {@link #MARKER_MARGIN} points
     * inside it, so that no marker sits on the frame's edge and its label has room beside it. The
     * scale depends on the box, so this repeats until nothing moves.
     */
    double[] roomForMarkers(double[] box, Projection projection, double width, double maxHeight) {
        double[] b = box.clone();
        for (int round = 0; round < 8; round++) {
            double scale = Math.min(width / (b[2] - b[0]), maxHeight / (b[3] - b[1]));
            boolean moved = false;
            for (Point p : points) {
                double pad = (radius(p) + MARKER_MARGIN) / scale;
                double[] xy = projection.project(p.at().longitude(), p.at().latitude());
                double[] need = {xy[0] - pad, xy[1] - pad, xy[0] + pad, xy[1] + pad};
                for (int k = 0; k < 4; k++) {
                    boolean low = k < 2;
                    if (low ? need[k] < b[k] - 1e-12 : need[k] > b[k] + 1e-12) {
                        b[k] = need[k];
                        moved = true;
                    }
                }
            }
            if (!moved) {
                break;
            }
        }
        return b;
    }

    static double[] bounds(double[] ring) {
        double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (int i = 0; i < ring.length; i += 2) {
            b[0] = Math.min(b[0], ring[i]);
            b[1] = Math.min(b[1], ring[i + 1]);
            b[2] = Math.max(b[2], ring[i]);
            b[3] = Math.max(b[3], ring[i + 1]);
        }
        return b;
    }

    /** @return whether a point lies inside a closed ring (even-odd rule, by a ray to the east) */
    static boolean inside(double[] ring, double x, double y) {
        boolean in = false;
        int n = ring.length / 2;
        for (int i = 0, j = n - 1; i < n; j = i++) {
            double xi = ring[2 * i];
            double yi = ring[2 * i + 1];
            double xj = ring[2 * j];
            double yj = ring[2 * j + 1];
            if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) {
                in = !in;
            }
        }
        return in;
    }

    private static double radius(Point p) {
        return p.major() ? 4.2 : 2.8;
    }

    /** One try at placing the labels: the labels, the points that had trouble, and a score (lower is better). */
    private record Attempt(List<Label> labels, List<Integer> troubled, int overlapping, int score) {}

    private Attempt placeLabels(List<Integer> order, LabelPlacer.Box frame, List<double[]> anchors,
                                List<LabelPlacer.Box> areaBoxes, TextMeasure measure) {
        LabelPlacer placer = new LabelPlacer(frame);
        for (int i = 0; i < points.size(); i++) {
            if (order.contains(i)) {
                placer.marker(anchors.get(i)[0], anchors.get(i)[1], radius(points.get(i)), points.get(i).major());
            }
        }
        areaBoxes.forEach(placer::obstacle);
        List<Label> labels = new ArrayList<>();
        List<Integer> troubled = new ArrayList<>();
        int overlapping = 0;
        int score = 0;
        for (int i : order) {
            Point p = points.get(i);
            double[] xy = anchors.get(i);
            double size = p.major() ? MAJOR_LABEL_SIZE : MINOR_LABEL_SIZE;
            List<String> lines = lines(p.label(), size, p.major(), measure);
            double w = 0;
            for (String line : lines) {
                w = Math.max(w, measure.width(line, size, p.major()));
            }
            double lineHeight = size * 1.1;
            double h = lineHeight * lines.size() + 0.1 * size;
            LabelPlacer.Placed placed = placer.place(xy[0], xy[1], radius(p), w, h);
            if (placed.overlapping() || placed.leader()) {
                troubled.add(i);
            }
            if ((placed.overlapping() || placed.leader()) && !p.major()) {
                score += 1;
                placer.remove(placed.box());
                continue; // a sub-theatre without room beside it goes unlabelled; the text names it
            }
            if (placed.overlapping()) {
                overlapping++;
                score += 100;
            }
            LabelPlacer.Box b = placed.box();
            double[] leader = null;
            if (placed.leader()) {
                double lx = Math.max(b.x(), Math.min(xy[0], b.x() + b.w()));
                double ly = Math.max(b.y(), Math.min(xy[1], b.y() + b.h()));
                leader = new double[] {xy[0], xy[1], lx, ly};
                score += 10 + (int) Math.hypot(lx - xy[0], ly - xy[1]) / 5;
            }
            double firstBaseline = b.y() + b.h() - size * 0.9;
            labels.add(new Label(lines, b.x(), firstBaseline, size, p.major(), Palette.INK, leader));
        }
        return new Attempt(labels, troubled, overlapping, score);
    }

    /** Labels longer than this many points are set on two lines, broken at the space nearest the middle. */
    static final double WRAP_WIDTH = 70;

    static List<String> lines(String label, double size, boolean bold, TextMeasure measure) {
        if (measure.width(label, size, bold) <= WRAP_WIDTH || label.indexOf(' ') < 0) {
            return List.of(label);
        }
        int mid = label.length() / 2;
        int best = -1;
        for (int i = 0; i < label.length(); i++) {
            if (label.charAt(i) == ' ' && (best < 0 || Math.abs(i - mid) < Math.abs(best - mid))) {
                best = i;
            }
        }
        return List.of(label.substring(0, best), label.substring(best + 1));
    }

    /** @return min lon, min lat, max lon, max lat around the points, with a margin and a minimum span */
    double[] regionBox() {
        double minLon = 180;
        double maxLon = -180;
        double minLat = 90;
        double maxLat = -90;
        for (Point p : points) {
            minLon = Math.min(minLon, p.at().longitude());
            maxLon = Math.max(maxLon, p.at().longitude());
            minLat = Math.min(minLat, p.at().latitude());
            maxLat = Math.max(maxLat, p.at().latitude());
        }
        minLon -= MARGIN;
        maxLon += MARGIN;
        minLat -= MARGIN;
        maxLat += MARGIN;
        if (maxLat - minLat < MIN_SPAN_LAT) {
            double mid = (minLat + maxLat) / 2;
            minLat = mid - MIN_SPAN_LAT / 2;
            maxLat = mid + MIN_SPAN_LAT / 2;
        }
        if (maxLat > 86) {
            minLat -= maxLat - 86;
            maxLat = 86;
        }
        if (minLat < -89) {
            maxLat += -89 - minLat;
            minLat = -89;
        }
        return new double[] {Math.max(-180, minLon), minLat, Math.min(180, maxLon), maxLat};
    }

    /** Widens or heightens a projected box about its centre to the frame's aspect, within the world. */
    static double[] fitAspect(double[] box, double aspect, Projection projection) {
        double w = box[2] - box[0];
        double h = box[3] - box[1];
        double cx = (box[0] + box[2]) / 2;
        double cy = (box[1] + box[3]) / 2;
        if (w / h < aspect) {
            w = h * aspect;
        } else {
            h = w / aspect;
        }
        double maxX = projection.project(180, 0)[0];
        double maxY = projection.project(0, 89)[1];
        w = Math.min(w, 2 * maxX);
        h = Math.min(h, 2 * maxY);
        cx = Math.max(-maxX + w / 2, Math.min(maxX - w / 2, cx));
        cy = Math.max(-maxY + h / 2, Math.min(maxY - h / 2, cy));
        return new double[] {cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2};
    }

    private static double[] worldOutline(Frame f) {
        List<Double> xy = new ArrayList<>();
        for (double lat = LAT_SOUTH - 2; lat <= 90; lat += 2) {
            double[] p = f.project(180, lat);
            xy.add(p[0]);
            xy.add(p[1]);
        }
        for (double lat = 90; lat >= LAT_SOUTH - 2; lat -= 2) {
            double[] p = f.project(-180, lat);
            xy.add(p[0]);
            xy.add(p[1]);
        }
        double[] out = new double[xy.size() + 2];
        for (int i = 0; i < xy.size(); i++) {
            out[i] = xy.get(i);
        }
        out[xy.size()] = out[0];
        out[xy.size() + 1] = out[1];
        return out;
    }

    private record Legend(List<LegendItem> items, double height) {}

    /** A principal counts as shown when at least this share of the map frame is its shading. */
    static final double MIN_SHOWN_SHARE = 0.004;

    /**
     * @return the principals of which enough is in the frame to be seen: the area of their projected
     *         outlines clipped to the frame, copies across the antimeridian included, is at least
     *         {@link #MIN_SHOWN_SHARE} of the frame's
     */
    private List<Area> visiblePrincipals(WorldOutlines world, Frame f, double mapWidth, double mapHeight) {
        List<Area> shown = new ArrayList<>();
        double[] clip = {f.x0(), f.y0(), f.x0() + mapWidth, f.y0() + mapHeight};
        for (Area a : principals) {
            WorldOutlines.Country c = world.country(a.iso2()).orElse(null);
            if (c == null) {
                continue;
            }
            double area = 0;
            for (double[] r : c.rings()) {
                for (double shift : new double[] {0, -360, 360}) {
                    area += Math.abs(WorldOutlines.Country.area(clipRing(f.projectRing(r, shift), clip)));
                }
            }
            if (area >= MIN_SHOWN_SHARE * mapWidth * mapHeight) {
                shown.add(a);
            }
        }
        return shown;
    }

    /** @return the figure's alternative text and a sentence naming the principals shaded in view */
    String altText(List<Area> shaded) {
        if (shaded.isEmpty()) {
            return altText;
        }
        return altText + " " + Wording.join(shaded.stream().map(Area::name).toList())
                + (shaded.size() == 1 ? " is" : " are") + " shaded.";
    }

    /**
     * Clips a closed ring to a rectangle (Sutherland and Hodgman).
     *
     * @param ring {@code x0, y0, x1, y1, ...}
     * @param box  left, bottom, right, top
     * @return the clipped ring, closed, possibly empty
     */
    static double[] clipRing(double[] ring, double[] box) {
        List<double[]> pts = new ArrayList<>();
        for (int i = 0; i + 1 < ring.length; i += 2) {
            pts.add(new double[] {ring[i], ring[i + 1]});
        }
        for (int edge = 0; edge < 4 && !pts.isEmpty(); edge++) {
            List<double[]> out = new ArrayList<>();
            for (int i = 0; i < pts.size(); i++) {
                double[] cur = pts.get(i);
                double[] prev = pts.get((i + pts.size() - 1) % pts.size());
                boolean curIn = in(cur, edge, box);
                boolean prevIn = in(prev, edge, box);
                if (curIn != prevIn) {
                    out.add(cross(prev, cur, edge, box));
                }
                if (curIn) {
                    out.add(cur);
                }
            }
            pts = out;
        }
        double[] r = new double[pts.isEmpty() ? 0 : 2 * pts.size() + 2];
        for (int i = 0; i < pts.size(); i++) {
            r[2 * i] = pts.get(i)[0];
            r[2 * i + 1] = pts.get(i)[1];
        }
        if (!pts.isEmpty()) {
            r[r.length - 2] = r[0];
            r[r.length - 1] = r[1];
        }
        return r;
    }

    private static boolean in(double[] p, int edge, double[] box) {
        return switch (edge) {
            case 0 -> p[0] >= box[0];
            case 1 -> p[1] >= box[1];
            case 2 -> p[0] <= box[2];
            default -> p[1] <= box[3];
        };
    }

    private static double[] cross(double[] a, double[] b, int edge, double[] box) {
        boolean vertical = edge == 0 || edge == 2;
        double at = box[edge];
        int axis = vertical ? 0 : 1;
        double t = (at - a[axis]) / (b[axis] - a[axis]);
        double other = a[1 - axis] + t * (b[1 - axis] - a[1 - axis]);
        return vertical ? new double[] {at, other} : new double[] {other, at};
    }

    private Legend legend(double width, TextMeasure measure, List<String> principalNames) {
        List<String> texts = new ArrayList<>();
        List<LegendItem> proto = new ArrayList<>();
        if (!principalNames.isEmpty()) {
            principalNames = principalNames.stream().map(org.hotspotatlas.core.model.TextSafety::showBidiControls).toList();
            String key = principalNames.size() == 1 ? principalNames.get(0)
                    : String.join(", ", principalNames.subList(0, principalNames.size() - 1)) + " and "
                    + principalNames.get(principalNames.size() - 1);
            proto.add(new LegendItem(Palette.PRINCIPAL, null, Palette.PRINCIPAL, key, 0, 0));
        }
        for (Map.Entry<UsAlignment, String> e : colours.entrySet()) {
            // a verdict's colour shows on a disc; "no verdict" on its own square, the shape its markers have
            proto.add(new LegendItem(-1, e.getKey() == UsAlignment.UNSTATED ? Mark.SQUARE : Mark.DISC,
                    Palette.alignment(e.getKey()), e.getValue(), 0, 0));
        }
        for (Map.Entry<Mark, String> e : marks.entrySet()) {
            proto.add(new LegendItem(-1, e.getKey(), Palette.INK, e.getValue(), 0, 0));
        }
        // flow left to right, wrapping; rows from the top of the legend band down
        double row = LEGEND_SIZE * 1.9;
        double x = 0;
        int rows = proto.isEmpty() ? 0 : 1;
        List<double[]> at = new ArrayList<>();
        for (LegendItem it : proto) {
            double w = 14 + measure.width(it.text(), LEGEND_SIZE, false) + 12;
            if (x > 0 && x + w > width) {
                x = 0;
                rows++;
            }
            at.add(new double[] {x, rows});
            x += w;
            texts.add(it.text());
        }
        double height = rows * row + (rows > 0 ? 4 : 0);
        List<LegendItem> items = new ArrayList<>();
        for (int i = 0; i < proto.size(); i++) {
            LegendItem it = proto.get(i);
            double baseline = height - at.get(i)[1] * row + 0.3 * LEGEND_SIZE;
            items.add(new LegendItem(it.swatch(), it.mark(), it.colour(), it.text(), at.get(i)[0], baseline));
        }
        return new Legend(items, height);
    }

    /** The projected box placed in the figure. */
    private record Frame(Projection projection, double[] box, double scale, double x0, double y0) {
        double[] project(double lon, double lat) {
            double[] p = projection.project(lon, lat);
            return new double[] {x0 + (p[0] - box[0]) * scale, y0 + (p[1] - box[1]) * scale};
        }

        /** As {@link #project}, for a longitude beyond ±180: both projections are linear in longitude. */
        double[] projectAny(double lon, double lat) {
            if (lon >= -180 && lon <= 180) {
                return project(lon, lat);
            }
            double[] a = project(0, lat);
            double[] b = project(180, lat);
            return new double[] {a[0] + (b[0] - a[0]) * lon / 180, a[1]};
        }

        double[] projectRing(double[] lonLat) {
            return projectRing(lonLat, 0);
        }

        /** Projects a ring shifted by a number of degrees of longitude; the projection is linear in it. */
        double[] projectRing(double[] lonLat, double shift) {
            double[] out = new double[lonLat.length];
            for (int i = 0; i < lonLat.length; i += 2) {
                double[] p = projectAny(lonLat[i] + shift, lonLat[i + 1]);
                out[i] = p[0];
                out[i + 1] = p[1];
            }
            return out;
        }

        /** @return the area-weighted centroid of a projected ring */
        double[] centroid(double[] r) {
            double a = 0;
            double cx = 0;
            double cy = 0;
            for (int i = 0; i + 3 < r.length; i += 2) {
                double cross = r[i] * r[i + 3] - r[i + 2] * r[i + 1];
                a += cross;
                cx += (r[i] + r[i + 2]) * cross;
                cy += (r[i + 1] + r[i + 3]) * cross;
            }
            if (a == 0) {
                return new double[] {r[0], r[1]};
            }
            return new double[] {cx / (3 * a), cy / (3 * a)};
        }
    }
}
