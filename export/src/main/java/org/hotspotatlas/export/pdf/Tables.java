package org.hotspotatlas.export.pdf;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfStructureElement;

import org.hotspotatlas.export.brief.BriefContent.Cell;
import org.hotspotatlas.export.brief.BriefContent.TableExhibit;
import org.hotspotatlas.export.pdf.Typesetter.Style;

/**
 * Draws a table cell by cell, so that every cell is tagged (TH or TD in a TR of a Table) and the
 * header row is repeated, as an artifact, at the top of every further page the table runs onto.
 * Rows are never split; backgrounds and rules are artifacts.
 */
final class Tables {
    private static final float PAD = 3.5f;
    private static final Color HEADER_BG = new Color(0x1B, 0x36, 0x5D);
    private static final Color RULE = new Color(0xBF, 0xBF, 0xBF);

    private final Flow flow;
    private final Text text;

    Tables(Flow flow, Text text) {
        this.flow = flow;
        this.text = text;
    }

    /**
     * Draws a table below a caption already placed.
     *
     * @param parent the structure element the table belongs to (its exhibit)
     * @param t      the table
     * @param keep   height of what must stay on the page with the first row (the caption)
     */
    void draw(PdfStructureElement parent, TableExhibit t, float keep) {
        float total = 0;
        for (Float w : t.widths()) {
            total += w;
        }
        float[] x = new float[t.widths().size() + 1];
        x[0] = flow.left();
        for (int i = 0; i < t.widths().size(); i++) {
            x[i + 1] = x[i] + flow.width() * t.widths().get(i) / total;
        }
        PdfStructureElement table = Flow.element(parent, Flow.TABLE);
        Row header = measure(header(t), x, true);
        List<List<Cell>> rows = t.rows();
        Row first = rows.isEmpty() ? null : measure(rows.get(0), x, false);
        flow.need(keep + header.height + (first == null ? 0 : first.height));
        PdfStructureElement thead = Flow.element(table, Flow.THEAD);
        row(Flow.element(thead, Flow.TR), header, x, true, false, null);
        PdfStructureElement tbody = Flow.element(table, Flow.TBODY);
        int n = 0;
        for (List<Cell> r : rows) {
            Row measured = n == 0 ? first : measure(r, x, false);
            if (flow.remaining() < measured.height) {
                flow.newPage();
                row(null, measure(header(t), x, true), x, true, true, null);
            }
            Color zebra = n++ % 2 == 1 ? new Color(0xF3, 0xF5, 0xF8) : null;
            row(Flow.element(tbody, Flow.TR), measured, x, false, false, zebra);
        }
    }

    private static List<Cell> header(TableExhibit t) {
        return t.columns().stream().map(c -> new Cell(c, true, -1, List.of())).toList();
    }

    /** A row's cells, their paragraphs (made once, to measure and then to draw) and its height. */
    private record Row(List<Cell> cells, List<Paragraph> paragraphs, float height) {}

    private Row measure(List<Cell> cells, float[] x, boolean header) {
        float h = 0;
        List<Paragraph> paragraphs = new ArrayList<>(cells.size());
        for (int i = 0; i < cells.size(); i++) {
            Paragraph p = content(cells.get(i), header);
            paragraphs.add(p);
            float w = x[i + 1] - x[i] - 2 * PAD;
            h = Math.max(h, flow.height(() -> p, w));
        }
        return new Row(cells, paragraphs, h + 2 * PAD + 1);
    }

    private float rowHeight(List<Cell> cells, float[] x) {
        return measure(cells, x, false).height;
    }

    private Paragraph content(Cell c, boolean header) {
        Style style = header || c.strong() ? Style.TABLE_BOLD : Style.TABLE;
        Color color = header ? Color.WHITE : Text.INK;
        return text.paragraph(style, color, c.text(), c.citations(), "table cell");
    }

    /**
     * @param tr     the row's element, or null to draw the row as an artifact (a repeated header)
     * @param header whether the cells are column headings
     */
    private void row(PdfStructureElement tr, Row r, float[] x, boolean header, boolean repeat, Color zebra) {
        List<Cell> cells = r.cells();
        float h = r.height();
        PdfContentByte cb = flow.cb();
        float top = flow.y;
        float bottom = top - h;
        flow.artifact(cb, () -> {
            cb.saveState();
            for (int i = 0; i < cells.size(); i++) {
                Color bg = header ? HEADER_BG : cells.get(i).shade() >= 0 ? new Color(cells.get(i).shade()) : zebra;
                if (bg != null) {
                    cb.setColorFill(bg);
                    cb.rectangle(x[i], bottom, x[i + 1] - x[i], h);
                    cb.fill();
                }
            }
            cb.setColorStroke(header ? HEADER_BG : RULE);
            cb.setLineWidth(0.5f);
            cb.moveTo(x[0], bottom);
            cb.lineTo(x[x.length - 1], bottom);
            cb.stroke();
            cb.restoreState();
        });
        for (int i = 0; i < cells.size(); i++) {
            ColumnText ct = new ColumnText(cb);
            ct.setSimpleColumn(x[i] + PAD, bottom, x[i + 1] - PAD, top - PAD);
            ct.addElement(r.paragraphs().get(i));
            boolean tagged = tr != null && !repeat;
            if (tagged) {
                cb.beginMarkedContentSequence(Flow.element(tr, header ? Flow.TH : Flow.TD));
            } else {
                cb.beginMarkedContentSequence(Flow.ARTIFACT);
            }
            try {
                ct.go();
            } catch (DocumentException e) {
                throw new IllegalStateException("cannot lay out a table cell of the brief", e);
            } finally {
                cb.endMarkedContentSequence();
            }
        }
        flow.y = bottom;
    }

    /** Row heights of a whole table, for tests of the layout. */
    List<Float> heights(TableExhibit t) {
        float[] x = {0, flow.width()};
        List<Float> out = new ArrayList<>();
        t.rows().forEach(r -> out.add(rowHeight(List.of(r.get(0)), x)));
        return out;
    }
}
