package org.hotspotatlas.export.docx;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Consumer;


import org.hotspotatlas.export.brief.MapFigure;
import org.hotspotatlas.export.brief.Palette;
import org.hotspotatlas.export.brief.WorldOutlines;

/**
 * Rasterises the brief's map (the same {@link MapFigure.Layout} the PDF draws as vectors) to a PNG
 * with Java 2D, headless. Text is drawn as glyph outlines of the library's embedded DejaVu Sans,
 * the PDF brief's font, so the picture does not depend on the fonts installed on the machine. The
 * PNG has no time or text chunks: the same figure gives the same bytes. Stateless and thread-safe.
 */
final class MapImage {
    private MapImage() {}

    /** Pixels per point: 3 gives 216 pixels per inch, sharp on paper and on screen. */
    static final int SCALE = 3;

    private static final String FONT_DIR = "/org/hotspotatlas/export/pdf/fonts/";
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    private static final class Fonts {
        static final Font SANS = load("DejaVuSans.ttf");
        static final Font SANS_BOLD = load("DejaVuSans-Bold.ttf");

        private static Font load(String name) {
            try (InputStream in = MapImage.class.getResourceAsStream(FONT_DIR + name)) {
                if (in == null) {
                    throw new IllegalStateException("font resource " + FONT_DIR + name + " is missing from the library");
                }
                return Font.createFont(Font.TRUETYPE_FONT, in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read font resource " + name, e);
            } catch (FontFormatException e) {
                throw new IllegalStateException("font resource " + name + " is not a TrueType font", e);
            }
        }
    }

    /** A drawn map: the PNG, its size in points and its alternative text, which names the principals shaded in view. */
    record Picture(byte[] png, double widthPoints, double heightPoints, String altText) {}

    /** @return text widths in the font the picture is drawn with */
    static MapFigure.TextMeasure measure() {
        return (text, size, bold) -> font(bold, size).getStringBounds(text, FRC).getWidth();
    }

    private static Font font(boolean bold, double size) {
        return (bold ? Fonts.SANS_BOLD : Fonts.SANS).deriveFont((float) size);
    }

    /**
     * @param figure    the map
     * @param width     its width in points
     * @param maxHeight the most height its map frame may take, in points
     * @param unknown   told of each label character the font cannot draw (drawn as an empty box)
     * @return the picture
     */
    static Picture draw(MapFigure figure, double width, double maxHeight, Consumer<String> unknown) {
        MapFigure.Layout m = figure.layout(width, maxHeight, measure(), WorldOutlines.naturalEarth110m());
        int w = (int) Math.ceil(m.width() * SCALE);
        int h = (int) Math.ceil(m.height() * SCALE);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            // figure coordinates: points, origin at the bottom left, y upwards
            AffineTransform figure2px = new AffineTransform(SCALE, 0, 0, -SCALE, 0, m.height() * SCALE);
            g.setTransform(figure2px);
            Rectangle2D frame = new Rectangle2D.Double(0, m.mapBottom(), m.width(), m.height() - m.mapBottom());
            Shape ocean = path(m.ocean());
            g.setClip(frame);
            fill(g, ocean, m.ocean().fill());
            // Countries are drawn clipped to the frame only, a rectangle, which Java 2D clips
            // cheaply; what spills past the world's outline is then painted over in white. (A clip
            // to the outline itself made every country a shape-clipped fill.)
            g.setStroke(new BasicStroke(0.3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            for (MapFigure.Path p : m.countries()) {
                Shape s = path(p);
                fill(g, s, p.fill());
                g.setColor(new Color(p.stroke()));
                g.draw(s);
            }
            Area beyond = new Area(frame);
            beyond.subtract(new Area(ocean));
            if (!beyond.isEmpty()) {
                fill(g, beyond, 0xFFFFFF);
            }
            g.setStroke(new BasicStroke(0.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.setColor(new Color(m.ocean().stroke()));
            g.draw(ocean);
            for (MapFigure.Marker k : m.markers()) {
                marker(g, k.mark(), k.x(), k.y(), k.radius(), new Color(k.colour()));
            }
            g.setStroke(new BasicStroke(0.4f));
            g.setColor(new Color(Palette.GREY));
            for (MapFigure.Label l : m.labels()) {
                if (l.leader() != null) {
                    double[] d = l.leader();
                    g.draw(new Line2D.Double(d[0], d[1], d[2], d[3]));
                }
            }
            for (MapFigure.Label l : m.labels()) {
                for (int i = 0; i < l.lines().size(); i++) {
                    text(g, m, l.lines().get(i), l.x(), l.y() - i * 1.1 * l.size(), l.size(), l.bold(),
                            new Color(l.colour()), true, unknown);
                }
            }
            g.setTransform(figure2px);
            g.setClip(null);
            for (MapFigure.LegendItem it : m.legend()) {
                double y = it.y();
                if (it.mark() == null) {
                    Rectangle2D sw = new Rectangle2D.Double(it.x(), y - 1.5, 10, 7);
                    fill(g, sw, it.swatch());
                    g.setStroke(new BasicStroke(0.4f));
                    g.setColor(new Color(Palette.BORDER));
                    g.draw(sw);
                } else {
                    marker(g, it.mark(), it.x() + 5, y + 2.3, 3.6, new Color(it.colour()));
                }
                text(g, m, it.text(), it.x() + 14, y, MapFigure.LEGEND_SIZE, false, new Color(Palette.INK), false, unknown);
            }
        } finally {
            g.dispose();
        }
        return new Picture(Png.encode(img), m.width(), m.height(), m.altText());
    }

    /** Draws text at a baseline given in figure coordinates, optionally with a thin white halo. */
    private static void text(Graphics2D g, MapFigure.Layout m, String text, double x, double y, double size, boolean bold,
                             Color colour, boolean halo, Consumer<String> unknown) {
        Font f = font(bold, size);
        int bad = f.canDisplayUpTo(text);
        while (bad >= 0) {
            int cp = text.codePointAt(bad);
            unknown.accept(String.format(java.util.Locale.ROOT, "U+%04X", cp));
            int next = f.canDisplayUpTo(text.substring(bad + Character.charCount(cp)));
            bad = next < 0 ? -1 : bad + Character.charCount(cp) + next;
        }
        AffineTransform saved = g.getTransform();
        g.setTransform(AffineTransform.getScaleInstance(SCALE, SCALE));
        Shape outline = f.createGlyphVector(FRC, text).getOutline((float) x, (float) (m.height() - y));
        if (halo) {
            g.setStroke(new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.setColor(Color.WHITE);
            g.draw(outline);
        }
        g.setColor(colour);
        g.fill(outline);
        g.setTransform(saved);
    }

    private static void marker(Graphics2D g, MapFigure.Mark mark, double x, double y, double r, Color c) {
        boolean ring = mark == MapFigure.Mark.RING;
        Shape s;
        if (mark == MapFigure.Mark.DIAMOND) {
            double d = r * 1.25;
            Path2D.Double p = new Path2D.Double();
            p.moveTo(x, y + d);
            p.lineTo(x + d, y);
            p.lineTo(x, y - d);
            p.lineTo(x - d, y);
            p.closePath();
            s = p;
        } else if (mark == MapFigure.Mark.SQUARE) {
            double d = r * 0.85;
            s = new java.awt.geom.Rectangle2D.Double(x - d, y - d, 2 * d, 2 * d);
        } else {
            s = new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
        }
        g.setColor(ring ? Color.WHITE : c);
        g.fill(s);
        g.setStroke(new BasicStroke(ring ? 1.4f : 0.7f));
        g.setColor(ring ? c : Color.WHITE);
        g.draw(s);
    }

    private static void fill(Graphics2D g, Shape s, int rgb) {
        g.setColor(new Color(rgb));
        g.fill(s);
    }

    private static Shape path(MapFigure.Path p) {
        Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        for (double[] r : p.rings()) {
            if (r.length < 4) {
                continue;
            }
            path.moveTo(r[0], r[1]);
            for (int i = 2; i < r.length; i += 2) {
                path.lineTo(r[i], r[i + 1]);
            }
            path.closePath();
        }
        return path;
    }
}
