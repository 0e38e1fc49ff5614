package org.hotspotatlas.export.brief;

import java.util.ArrayList;
import java.util.List;

/**
 * Greedy label placement: labels are placed one at a time, in the order given, each at the first
 * of a fixed list of candidate positions around its anchor (right, left, above, below, then the
 * diagonals, then the same further out) where it overlaps no obstacle, no label placed before it,
 * stays inside the frame, and (unless a leader line joins it to its marker) lies clearly nearer to
 * its own marker than to any other (at most {@link #AMBIGUITY} times, plus 1 point), so that a
 * reader pairs each label with the right marker. No candidate lies further from its marker than
 * {@link #maxDistance}, and a leader line never passes over another marker. A label with no free
 * candidate goes where it overlaps least, and is reported as overlapping. Deterministic; not thread-safe (one instance per figure).
 */
final class LabelPlacer {

    /** An axis-aligned box: left, bottom, width, height. */
    record Box(double x, double y, double w, double h) {
        boolean intersects(Box o) {
            return x < o.x + o.w && o.x < x + w && y < o.y + o.h && o.y < y + h;
        }

        double overlap(Box o) {
            double dx = Math.min(x + w, o.x + o.w) - Math.max(x, o.x);
            double dy = Math.min(y + h, o.y + o.h) - Math.max(y, o.y);
            return dx > 0 && dy > 0 ? dx * dy : 0;
        }

        boolean inside(Box frame) {
            return x >= frame.x && y >= frame.y && x + w <= frame.x + frame.w && y + h <= frame.y + frame.h;
        }

        boolean contains(double px, double py) {
            return px >= x && px <= x + w && py >= y && py <= y + h;
        }

        double centreX() {
            return x + w / 2;
        }

        double centreY() {
            return y + h / 2;
        }
    }

    /**
     * Where a label went.
     *
     * @param box         the label's box
     * @param leader      whether it sits away from its anchor, so a leader line should join them
     * @param overlapping whether no free position was found
     */
    record Placed(Box box, boolean leader, boolean overlapping) {}

    /** Directions tried, as unit offsets: right, left, above, below, then the four diagonals. */
    private static final double[][] DIRECTIONS = {
        {1, 0}, {-1, 0}, {0, 1}, {0, -1}, {1, 1}, {-1, 1}, {1, -1}, {-1, -1},
    };
    /** Distances tried beyond the anchor's radius, as multiples of the label's height. */
    private static final double[] RINGS = {0.25, 1.2, 2.4};
    /**
     * The furthest a label's box may lie from its marker's centre, in points: the marker's radius
     * plus the outermost ring for a label of this height. Labels further out read as another place's.
     */
    static double maxDistance(double radius, double h) {
        return radius + RINGS[RINGS.length - 1] * step(h) + 1e-6;
    }

    /** The rings' step for a label of this height: one line's height at most, so that two-line labels stay as near. */
    private static double step(double h) {
        return Math.min(h, LINE);
    }

    /** About one line of a hotspot label, in points. */
    private static final double LINE = 8.5;

    /** Another marker must lie at least this many times further from a label than its own. */
    static final double AMBIGUITY = 1.1;

    private final Box frame;
    private final List<Box> taken = new ArrayList<>();
    private final List<double[]> anchors = new ArrayList<>();
    private final List<Box> markers = new ArrayList<>();

    LabelPlacer(Box frame) {
        this.frame = frame;
    }

    /** Adds something labels must not cover, such as a country's name. */
    void obstacle(Box box) {
        taken.add(box);
    }

    /**
     * Adds a marker that labels must not cover.
     *
     * @param distinct whether labels must also keep clearly nearer to their own marker than to
     *                 this one (for the main markers; small ones only must not be covered)
     */
    void marker(double x, double y, double radius, boolean distinct) {
        Box b = new Box(x - radius - 0.5, y - radius - 0.5, 2 * radius + 1, 2 * radius + 1);
        taken.add(b);
        markers.add(b);
        if (distinct) {
            anchors.add(new double[] {x, y});
        }
    }

    /** Takes back a label placed before, when it is not drawn after all. */
    void remove(Box box) {
        taken.remove(box);
    }

    /**
     * Places one label.
     *
     * @param ax     the anchor's x
     * @param ay     the anchor's y
     * @param radius the anchor's radius (the marker's half size)
     * @param w      the label's width
     * @param h      the label's height
     * @return where it went; it becomes an obstacle to the labels after it
     */
    Placed place(double ax, double ay, double radius, double w, double h) {
        Box best = null;
        double bestOverlap = Double.MAX_VALUE;
        boolean bestLeader = false;
        for (int ring = 0; ring < RINGS.length; ring++) {
            double gap = radius + RINGS[ring] * step(h);
            for (double[] d : DIRECTIONS) {
                Box b = candidate(ax, ay, d[0], d[1], gap, w, h);
                // a label joined to its marker by a leader line cannot be mistaken for another's
                double overlap = overlapWithTaken(b) + outside(b) + (ring > 1 ? crossing(b, ax, ay, radius)
                        : ambiguity(b, ax, ay));
                if (overlap == 0) {
                    taken.add(b);
                    return new Placed(b, ring > 1, false);
                }
                if (overlap < bestOverlap) {
                    best = b;
                    bestOverlap = overlap;
                    bestLeader = ring > 1;
                }
            }
        }
        taken.add(best);
        return new Placed(best, bestLeader, true);
    }

    private static Box candidate(double ax, double ay, double dx, double dy, double gap, double w, double h) {
        double x;
        if (dx > 0) {
            x = ax + gap;
        } else if (dx < 0) {
            x = ax - gap - w;
        } else {
            x = ax - w / 2;
        }
        double y;
        if (dy > 0) {
            y = ay + gap;
        } else if (dy < 0) {
            y = ay - gap - h;
        } else {
            y = ay - h / 2;
        }
        if (dx != 0 && dy != 0) {
            // diagonals sit closer in: the label's corner near the anchor, not a full gap on each axis
            x += dx > 0 ? -gap * 0.3 : gap * 0.3;
            y += dy > 0 ? -gap * 0.3 : gap * 0.3;
        }
        return new Box(x, y, w, h);
    }

    private double overlapWithTaken(Box b) {
        double sum = 0;
        for (Box t : taken) {
            sum += b.overlap(t);
        }
        return sum;
    }

    /** @return 0 if the box is nearer its own anchor than any other marker, else a small penalty */
    private double ambiguity(Box b, double ax, double ay) {
        double own = distance(b, ax, ay);
        double penalty = 0;
        for (double[] a : anchors) {
            if (a[0] == ax && a[1] == ay) {
                continue;
            }
            double d = distance(b, a[0], a[1]);
            if (d < own * AMBIGUITY + 1) {
                penalty += 0.5 + (own * AMBIGUITY + 1 - d);
            }
        }
        return penalty;
    }

    /** @return a penalty if the leader from the anchor to the box passes over another marker */
    private double crossing(Box b, double ax, double ay, double radius) {
        double lx = Math.max(b.x, Math.min(ax, b.x + b.w));
        double ly = Math.max(b.y, Math.min(ay, b.y + b.h));
        double penalty = 0;
        for (Box t : markers) {
            if (t.contains(ax, ay)) {
                continue;
            }
            if (segmentHits(ax, ay, lx, ly, t)) {
                penalty += 1;
            }
        }
        return penalty;
    }

    /** @return whether a segment meets a box, by sampling it every half point */
    private static boolean segmentHits(double x1, double y1, double x2, double y2, Box t) {
        int n = (int) Math.ceil(Math.hypot(x2 - x1, y2 - y1) / 0.5) + 1;
        for (int i = 0; i <= n; i++) {
            double f = (double) i / n;
            if (t.contains(x1 + f * (x2 - x1), y1 + f * (y2 - y1))) {
                return true;
            }
        }
        return false;
    }

    static double distance(Box b, double px, double py) {
        double dx = Math.max(Math.max(b.x - px, 0), px - (b.x + b.w));
        double dy = Math.max(Math.max(b.y - py, 0), py - (b.y + b.h));
        return Math.hypot(dx, dy);
    }

    private double outside(Box b) {
        if (b.inside(frame)) {
            return 0;
        }
        return b.w * b.h - b.overlap(frame) + 1;
    }
}
