package org.hotspotatlas.export.pdf;

import java.awt.Color;

import com.lowagie.text.Element;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;

import org.hotspotatlas.export.brief.MapFigure;
import org.hotspotatlas.export.brief.MapFigure.Label;
import org.hotspotatlas.export.brief.MapFigure.LegendItem;
import org.hotspotatlas.export.brief.MapFigure.Marker;
import org.hotspotatlas.export.brief.MapFigure.Path;
import org.hotspotatlas.export.pdf.Typesetter.Style;

/** Draws a laid-out map as vector paths on a canvas whose origin is the figure's bottom left. */
final class MapDrawer {
    private MapDrawer() {}

    static MapFigure.TextMeasure measure(Typesetter ts) {
        return (text, size, bold) -> (bold ? ts.sansBold() : ts.sans()).getWidthPoint(text, (float) size);
    }

    static void draw(PdfContentByte cb, MapFigure.Layout m, Typesetter ts) {
        cb.saveState();
        double top = m.height();
        double bottom = m.mapBottom();
        // the frame: everything of the map is clipped to it
        cb.rectangle(0, (float) bottom, (float) m.width(), (float) (top - bottom));
        cb.clip();
        cb.newPath();
        path(cb, m.ocean());
        cb.setColorFill(color(m.ocean().fill()));
        cb.fill();
        // and to the world's outline
        path(cb, m.ocean());
        cb.clip();
        cb.newPath();
        cb.setLineWidth(0.3f);
        cb.setLineJoin(PdfContentByte.LINE_JOIN_ROUND);
        for (Path p : m.countries()) {
            path(cb, p);
            cb.setColorFill(color(p.fill()));
            cb.setColorStroke(color(p.stroke()));
            cb.eoFillStroke();
        }
        cb.setLineWidth(0.6f);
        cb.setColorStroke(color(m.ocean().stroke()));
        path(cb, m.ocean());
        cb.stroke();
        cb.restoreState();
        cb.saveState();
        cb.rectangle(0, (float) bottom, (float) m.width(), (float) (top - bottom));
        cb.clip();
        cb.newPath();
        for (Marker k : m.markers()) {
            marker(cb, k.mark(), k.x(), k.y(), k.radius(), color(k.colour()));
        }
        for (Label l : m.labels()) {
            if (l.leader() != null) {
                double[] d = l.leader();
                cb.setLineWidth(0.4f);
                cb.setColorStroke(new Color(0x5F5F5F));
                cb.moveTo((float) d[0], (float) d[1]);
                cb.lineTo((float) d[2], (float) d[3]);
                cb.stroke();
            }
        }
        for (Label l : m.labels()) {
            halo(cb, ts, l);
        }
        cb.restoreState();
        cb.saveState();
        for (LegendItem it : m.legend()) {
            float y = (float) it.y();
            if (it.mark() == null) {
                cb.setColorFill(color(it.swatch()));
                cb.setColorStroke(color(0xB9B3A6));
                cb.setLineWidth(0.4f);
                cb.rectangle((float) it.x(), y - 1.5f, 10, 7);
                cb.fillStroke();
            } else {
                marker(cb, it.mark(), it.x() + 5, y + 2.3, 3.6, color(it.colour()));
            }
            ColumnText.showTextAligned(cb, Element.ALIGN_LEFT,
                    ts.phrase(it.text(), Style.TINY, new Color(0x1F1F1F), "the map legend"),
                    (float) it.x() + 14, y, 0);
        }
        cb.restoreState();
    }

    /** A label with a thin white outline so that it reads over borders and shading. */
    private static void halo(PdfContentByte cb, Typesetter ts, Label l) {
        for (int i = 0; i < l.lines().size(); i++) {
            halo(cb, ts, l, l.lines().get(i), (float) (l.y() - i * 1.1 * l.size()));
        }
    }

    private static void halo(PdfContentByte cb, Typesetter ts, Label l, String text, float y) {
        cb.saveState();
        cb.setLineWidth(1.6f);
        cb.setColorStroke(Color.WHITE);
        cb.setLineJoin(PdfContentByte.LINE_JOIN_ROUND);
        cb.beginText();
        cb.setTextRenderingMode(PdfContentByte.TEXT_RENDER_MODE_STROKE);
        cb.setFontAndSize(l.bold() ? ts.sansBold() : ts.sans(), (float) l.size());
        cb.setTextMatrix((float) l.x(), y);
        cb.showText(text);
        cb.endText();
        cb.restoreState();
        ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, ts.phrase(text, (float) l.size(), l.bold(),
                color(l.colour()), "the map"), (float) l.x(), y, 0);
    }

    private static void marker(PdfContentByte cb, MapFigure.Mark mark, double x, double y, double r, Color c) {
        cb.setLineWidth(mark == MapFigure.Mark.RING ? 1.4f : 0.7f);
        cb.setColorStroke(mark == MapFigure.Mark.RING ? c : Color.WHITE);
        cb.setColorFill(mark == MapFigure.Mark.RING ? Color.WHITE : c);
        switch (mark) {
            case DISC, RING -> cb.circle((float) x, (float) y, (float) r);
            case SQUARE -> {
                float d = (float) (r * 0.85);
                cb.rectangle((float) x - d, (float) y - d, 2 * d, 2 * d);
            }
            case DIAMOND -> {
                float d = (float) (r * 1.25);
                cb.moveTo((float) x, (float) y + d);
                cb.lineTo((float) x + d, (float) y);
                cb.lineTo((float) x, (float) y - d);
                cb.lineTo((float) x - d, (float) y);
                cb.closePath();
            }
        }
        cb.fillStroke();
    }

    private static void path(PdfContentByte cb, Path p) {
        for (double[] r : p.rings()) {
            if (r.length < 4) {
                continue;
            }
            cb.moveTo((float) r[0], (float) r[1]);
            for (int i = 2; i < r.length; i += 2) {
                cb.lineTo((float) r[i], (float) r[i + 1]);
            }
            cb.closePath();
        }
    }

    static Color color(int rgb) {
        return new Color(rgb);
    }
}
