package org.hotspotatlas.export.pdf;

import java.awt.Color;
import java.util.List;
import java.util.function.Supplier;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfStructureTreeRoot;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Places the brief's blocks one below the other on the page's direct content, breaking pages
 * where a block does not fit, and tags everything it places: each block is a marked-content
 * sequence of a structure element (heading, paragraph, list item, table cell, figure), and
 * whatever only decorates (rules, shading, running heads) is marked as an artifact. OpenPDF tags
 * nothing by itself, and content added through {@code Document.add} cannot be marked, so the brief
 * is laid out here rather than through the document's own flow. One instance per export.
 */
final class Flow {

    static final PdfName ARTIFACT = new PdfName("Artifact");
    static final PdfName CAPTION = new PdfName("Caption");
    static final PdfName TOC = new PdfName("TOC");
    static final PdfName TOCI = new PdfName("TOCI");
    static final PdfName LBODY = new PdfName("LBody");
    static final PdfName LBL = new PdfName("Lbl");
    static final PdfName LI = new PdfName("LI");
    static final PdfName L = new PdfName("L");
    static final PdfName SECT = new PdfName("Sect");
    static final PdfName DOCUMENT = new PdfName("Document");
    static final PdfName FIGURE = new PdfName("Figure");
    static final PdfName TABLE = new PdfName("Table");
    static final PdfName TR = new PdfName("TR");
    static final PdfName TH = new PdfName("TH");
    static final PdfName TD = new PdfName("TD");
    static final PdfName THEAD = new PdfName("THead");
    static final PdfName TBODY = new PdfName("TBody");
    static final PdfName P = new PdfName("P");
    static final PdfName NOTE = new PdfName("Note");

    final PdfWriter writer;
    final Document doc;
    final PdfStructureElement root;
    float y;

    Flow(PdfWriter writer, Document doc) {
        this.writer = writer;
        this.doc = doc;
        PdfStructureTreeRoot tree = writer.getStructureTreeRoot();
        this.root = new PdfStructureElement(tree, DOCUMENT);
        this.y = doc.top();
    }

    PdfContentByte cb() {
        return writer.getDirectContent();
    }

    float left() {
        return doc.left();
    }

    float right() {
        return doc.right();
    }

    float width() {
        return doc.right() - doc.left();
    }

    float bottom() {
        return doc.bottom();
    }

    float remaining() {
        return y - doc.bottom();
    }

    boolean atTop() {
        return y >= doc.top() - 0.01f;
    }

    void newPage() {
        writer.setPageEmpty(false);
        doc.newPage();
        y = doc.top();
    }

    /** Starts a new page unless this much height is left on this one. */
    void need(float height) {
        if (remaining() < height && !atTop()) {
            newPage();
        }
    }

    void space(float points) {
        if (!atTop()) {
            y -= points;
        }
    }

    /** A structure element under a parent. */
    static PdfStructureElement element(PdfStructureElement parent, PdfName role) {
        return new PdfStructureElement(parent, role);
    }

    /** A figure element with its alternative text. */
    static PdfStructureElement figure(PdfStructureElement parent, String alt) {
        PdfStructureElement e = new PdfStructureElement(parent, FIGURE);
        e.put(PdfName.ALT, new PdfString(alt, PdfObjectText.UNICODE));
        return e;
    }

    /** Runs some drawing as an artifact: not content, skipped by screen readers. */
    void artifact(PdfContentByte cb, Runnable draw) {
        cb.beginMarkedContentSequence(ARTIFACT);
        draw.run();
        cb.endMarkedContentSequence();
    }

    /**
     * Measures a block at a width.
     *
     * @return its height
     */
    float height(Supplier<? extends Element> block, float width) {
        Element element = block.get();
        long key = oneLineKey(element, width);
        if (key != NOT_ONE_LINE) {
            Float known = oneLine.get(key);
            if (known != null) {
                return known;
            }
            float h = simulate(element, width);
            oneLine.put(key, h);
            return h;
        }
        return simulate(element, width);
    }

    private float simulate(Element element, float width) {
        ColumnText ct = new ColumnText(cb());
        ct.setSimpleColumn(0, -100000, width, 0);
        ct.addElement(element);
        try {
            ct.go(true);
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot measure a block of the brief", e);
        }
        return -ct.getYLine();
    }

    private static final long NOT_ONE_LINE = Long.MIN_VALUE;
    /** How much room a line must leave, in points, to be sure the layout keeps it on one line. */
    private static final float ONE_LINE_SLACK = 2f;
    /** The height of a paragraph that sets on one line, by its leading and its largest type size. */
    private final java.util.Map<Long, Float> oneLine = new java.util.HashMap<>();

    /**
     * Whether a block is a plain paragraph (fixed leading, no indents or spacing, only text, no line
     * break) whose text is clearly narrower than the width, so that it sets on one line; its height
     * then depends only on its leading and type sizes, and is measured once for them.
     *
     * @return the key of its one-line height, or {@link #NOT_ONE_LINE}
     */
    private static long oneLineKey(Element element, float width) {
        if (!(element instanceof Paragraph p) || p.getMultipliedLeading() != 0 || p.getIndentationLeft() != 0
                || p.getIndentationRight() != 0 || p.getFirstLineIndent() != 0 || p.getSpacingBefore() != 0
                || p.getSpacingAfter() != 0 || p.isEmpty()) {
            return NOT_ONE_LINE;
        }
        float used = 0;
        float size = 0;
        for (Element e : p) {
            if (!(e instanceof Chunk c) || c.getImage() != null || !layoutNeutral(c)) {
                return NOT_ONE_LINE;
            }
            String content = c.getContent();
            if (content.indexOf('\n') >= 0 || content.indexOf('\r') >= 0 || content.indexOf('\t') >= 0) {
                return NOT_ONE_LINE;
            }
            used += c.getWidthPoint();
            size = Math.max(size, c.getFont().getCalculatedSize());
            if (used > width - ONE_LINE_SLACK) {
                return NOT_ONE_LINE;
            }
        }
        return ((long) Float.floatToIntBits(p.getLeading()) << 32) | (Float.floatToIntBits(size) & 0xFFFFFFFFL);
    }

    /** Whether a chunk's attributes leave the layout alone: none, or only a link. */
    private static boolean layoutNeutral(Chunk c) {
        java.util.Map<String, Object> attributes = c.getChunkAttributes();
        return attributes == null || attributes.isEmpty()
                || attributes.size() == 1 && (attributes.containsKey(Chunk.ACTION) || attributes.containsKey(Chunk.LOCALGOTO));
    }

    /**
     * Places a block (a paragraph, usually) across the width from the indent, tagged as the given
     * element; a block longer than the page goes on over the next, in the same element.
     *
     * @param element   the structure element its content belongs to
     * @param block     makes the block (called once)
     * @param indent    left indent
     * @param keep      keep at least this much of the block (or all of it, if shorter) on one page
     */
    void block(PdfStructureElement element, Supplier<? extends Element> block, float indent, float keep) {
        // need(min(h, keep)) can only break the page when less than keep is left below a block
        // that is not at the top: only then is the block worth measuring (a full simulated layout)
        Element made = block.get(); // laid out twice when measured: a simulation leaves it as it was
        if (remaining() < keep && !atTop()) {
            float h = height(() -> made, width() - indent);
            need(Math.min(h, keep));
        }
        ColumnText ct = new ColumnText(cb());
        ct.addElement(made);
        while (true) {
            ct.setSimpleColumn(left() + indent, bottom(), right(), y);
            int status;
            PdfContentByte cb = cb();
            cb.beginMarkedContentSequence(element);
            try {
                status = ct.go();
            } catch (DocumentException e) {
                throw new IllegalStateException("cannot lay out a block of the brief", e);
            } finally {
                cb.endMarkedContentSequence();
            }
            y = ct.getYLine();
            if (!ColumnText.hasMoreText(status)) {
                return;
            }
            newPage();
        }
    }

    /** Draws a horizontal rule across the text width, as an artifact. */
    void rule(Color color, float width, float gapAbove, float gapBelow) {
        space(gapAbove);
        float at = y;
        PdfContentByte cb = cb();
        artifact(cb, () -> {
            cb.saveState();
            cb.setColorStroke(color);
            cb.setLineWidth(width);
            cb.moveTo(left(), at);
            cb.lineTo(right(), at);
            cb.stroke();
            cb.restoreState();
        });
        y -= gapBelow;
    }

    /** A paragraph with no spacing of its own: the flow spaces blocks. */
    static Paragraph paragraph(List<? extends Element> parts, float leading) {
        Paragraph p = new Paragraph();
        p.setLeading(leading);
        for (Element e : parts) {
            p.add(e);
        }
        return p;
    }

    /** PdfString encodings. */
    static final class PdfObjectText {
        static final String UNICODE = com.lowagie.text.pdf.PdfObject.TEXT_UNICODE;

        private PdfObjectText() {}
    }
}
