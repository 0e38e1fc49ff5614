package org.hotspotatlas.export.pdf;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfBoolean;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

import org.hotspotatlas.export.ExportResult;
import org.hotspotatlas.export.brief.BriefContent;
import org.hotspotatlas.export.brief.BriefContent.Exhibit;
import org.hotspotatlas.export.brief.BriefContent.Fact;
import org.hotspotatlas.export.brief.BriefContent.HotspotSection;
import org.hotspotatlas.export.brief.BriefContent.MapExhibit;
import org.hotspotatlas.export.brief.BriefContent.Statement;
import org.hotspotatlas.export.brief.BriefContent.TableExhibit;
import org.hotspotatlas.export.brief.MapFigure;
import org.hotspotatlas.export.brief.WorldOutlines;
import org.hotspotatlas.export.pdf.Typesetter.Style;

/**
 * Lays a brief's content out as a tagged PDF, in one pass, straight to the output stream. The
 * contents list needs the page on which each part starts, known only later, so each of its page
 * numbers is a small template filled in when the part's heading is placed. One instance per export.
 */
final class BriefLayout {

    static final String CREATOR = org.hotspotatlas.export.brief.BriefContentBuilder.CREATOR;
    private static final Color RULE = new Color(0xBF, 0xBF, 0xBF);

    private final BriefContent content;
    private final PdfOptions options;
    private final byte[] id;
    private final List<Toc> toc;

    /** A contents entry: the key of its heading's destination, its title and its level (1 or 2). */
    record Toc(String key, String title, int level) {
        /** Shows any bidirectional control visibly: the title is also an outline (bookmark) entry. */
        Toc {
            title = org.hotspotatlas.core.model.TextSafety.showBidiControls(title);
        }
    }

    BriefLayout(BriefContent content, PdfOptions options, String identity) {
        this.content = content;
        this.options = options;
        this.id = digest(identity);
        this.toc = contents();
    }

    ExportResult render(OutputStream out) throws IOException {
        // (The document is written with a cross-reference stream, whose offsets are binary: unlike
        // OpenPDF's plain cross-reference table, they do not depend on the default locale's digits.)
        Pass pass = new Pass(out);
        try {
            pass.run();
        } catch (com.lowagie.text.ExceptionConverter e) {
            // OpenPDF wraps the caller's stream failures; give them back as what they are.
            if (e.getException() instanceof IOException io) {
                throw io;
            }
            if (e.getException() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
        out.flush();
        return new ExportResult(pass.ts.warnings());
    }

    private static byte[] digest(String identity) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return Arrays.copyOf(md.digest(identity.getBytes(StandardCharsets.UTF_8)), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    private List<Toc> contents() {
        List<Toc> list = new ArrayList<>();
        int part = 1;
        for (BriefContent.Part p : content.parts()) {
            list.add(new Toc(p.key(), part + ". " + p.title(), 1));
            if (p == BriefContent.Part.HOTSPOTS) {
                int n = 1;
                for (HotspotSection h : content.hotspots()) {
                    list.add(new Toc("h:" + h.id(), part + "." + n++ + " " + h.name(), 2));
                }
            }
            part++;
        }
        return List.copyOf(list);
    }

    private Calendar documentDate() {
        GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        c.clear();
        java.time.LocalDate d = content.info().date();
        c.set(d.getYear(), d.getMonthValue() - 1, d.getDayOfMonth(), 0, 0, 0);
        return c;
    }

    // ------------------------------------------------------------------ one layout pass

    private final class Pass extends PdfPageEventHelper {
        final Map<String, Integer> found = new LinkedHashMap<>();
        final Map<String, PdfTemplate> pageNumbers = new LinkedHashMap<>();
        final Map<String, Toc> tocByKey = new LinkedHashMap<>();
        final OutputStream out;
        final Typesetter ts = new Typesetter();
        final Text text = new Text(ts);
        Document doc;
        PdfWriter writer;
        Flow flow;
        Tables tables;
        PdfTemplate total;
        PdfOutline currentTop;
        PdfStructureElement part;

        Pass(OutputStream out) {
            this.out = out;
            toc.forEach(t -> tocByKey.put(t.key(), t));
        }

        void run() throws IOException {
            java.io.BufferedOutputStream buffered = new java.io.BufferedOutputStream(out, 1 << 16);
            Rectangle size = options.pageSize() == PdfOptions.PageSize.A4
                    ? com.lowagie.text.PageSize.A4 : com.lowagie.text.PageSize.LETTER;
            doc = new Document(size, 68, 68, 66, 60);
            try {
                writer = PdfWriter.getInstance(doc, buffered);
                writer.setCloseStream(false);
                writer.setTagged();
                // a cross-reference stream and object streams: the thousands of structure elements and
                // link annotations of a large brief go into compressed object streams, and the
                // cross-reference entries are written as binary instead of one String.format each
                // (a tenth of the export's time at 10,000 claims); the file is about half the size
                writer.setFullCompression();
                writer.setViewerPreferences(PdfWriter.PageModeUseOutlines | PdfWriter.DisplayDocTitle);
                writer.setPageEvent(this);
                BriefContent.Info info = content.info();
                doc.addTitle(info.title());
                doc.addSubject(info.subject());
                doc.addKeywords(String.join(", ", info.keywords()));
                doc.addCreator(info.creator());
                doc.addAuthor(info.author());
                doc.open();
                writer.getExtraCatalog().put(PdfName.LANG, new PdfString(info.language()));
                writer.getExtraCatalog().put(new PdfName("MarkInfo"), markInfo());
                writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
                flow = new Flow(writer, doc);
                tables = new Tables(flow, text);
                cover();
                bottomLine();
                glance();
                hotspots();
                timeline();
                method();
                PdfDictionary pdfInfo = writer.getInfo();
                PdfDate date = new PdfDate(documentDate());
                pdfInfo.put(PdfName.CREATIONDATE, date);
                pdfInfo.put(PdfName.MODDATE, date);
                writer.setXmpMetadata(Xmp.of(info, documentDate()));
                doc.close();
                buffered.flush();
            } catch (DocumentException e) {
                throw new IOException("cannot lay out the PDF brief: " + e.getMessage(), e);
            }
        }

        private PdfDictionary markInfo() {
            PdfDictionary d = new PdfDictionary();
            d.put(new PdfName("Marked"), PdfBoolean.PDFTRUE);
            return d;
        }

        // -------------------------------------------------------------- page events

        @Override
        public void onOpenDocument(PdfWriter w, Document d) {
            total = w.getDirectContent().createTemplate(40, 12);
        }

        @Override
        public void onEndPage(PdfWriter w, Document d) {
            PdfContentByte cb = w.getDirectContent();
            Rectangle page = d.getPageSize();
            float left = d.left();
            float right = d.right();
            int n = w.getPageNumber();
            cb.beginMarkedContentSequence(Flow.ARTIFACT);
            cb.saveState();
            cb.setColorStroke(RULE);
            cb.setLineWidth(0.5f);
            if (n > 1) {
                float y = page.getTop() - 40;
                ColumnText.showTextAligned(cb, Element.ALIGN_LEFT,
                        ts.phrase(content.info().title(), Style.TINY, Text.GREY, "the title option"), left, y + 5, 0);
                ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT,
                        ts.phrase("Hotspot Atlas \u00B7 data " + content.info().dataVersion(), Style.TINY, Text.GREY,
                                "the data version"), right, y + 5, 0);
                cb.moveTo(left, y);
                cb.lineTo(right, y);
                cb.stroke();
            }
            float fy = 34;
            cb.moveTo(left, fy + 10);
            cb.lineTo(right, fy + 10);
            cb.stroke();
            String label = "Page " + n + " of ";
            BaseFont bf = ts.sans();
            cb.beginText();
            cb.setFontAndSize(bf, 7.5f);
            cb.setColorFill(Text.GREY);
            cb.setTextMatrix(left, fy);
            cb.showText(label);
            cb.endText();
            cb.addTemplate(total, left + bf.getWidthPoint(label, 7.5f), fy);
            ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT,
                    ts.phrase(footer(), Style.TINY, Text.GREY, "the author option"), right, fy, 0);
            cb.restoreState();
            cb.endMarkedContentSequence();
        }

        private String footer() {
            return content.info().author() + " \u00B7 " + content.info().dateText();
        }

        @Override
        public void onCloseDocument(PdfWriter w, Document d) {
            total.beginText();
            total.setFontAndSize(ts.sans(), 7.5f);
            total.setColorFill(Text.GREY);
            total.setTextMatrix(0, 0);
            total.showText(Integer.toString(w.getPageNumber() - 1));
            total.endText();
        }

        // -------------------------------------------------------------- headings

        /** Places a part or section heading, its destination, bookmark and contents page number. */
        PdfStructureElement heading(String key, PdfStructureElement parent, float keep) {
            Toc t = tocByKey.get(key);
            int level = t.level();
            Style style = level == 1 ? Style.H1 : Style.H2;
            flow.space(level == 1 ? 6 : 12);
            float h = flow.height(() -> headingParagraph(t, style), flow.width());
            flow.need(h + keep);
            PdfStructureElement sect = Flow.element(parent, Flow.SECT);
            PdfStructureElement hx = Flow.element(sect, level == 1 ? PdfName.H1 : PdfName.H2);
            float top = flow.y;
            flow.block(hx, () -> headingParagraph(t, style), 0, h);
            flow.y -= level == 1 ? 8 : 3;
            flow.cb().localDestination(key, new PdfDestination(PdfDestination.FITH, top + 4));
            int page = writer.getPageNumber();
            found.put(key, page);
            PdfTemplate number = pageNumbers.get(key);
            if (number != null) {
                BaseFont bf = level == 1 ? ts.sansBold() : ts.sans();
                float size = Style.BODY.size;
                String digits = Integer.toString(page);
                number.beginText();
                number.setFontAndSize(bf, size);
                number.setColorFill(Text.INK);
                number.setTextMatrix(number.getWidth() - bf.getWidthPoint(digits, size),
                        -bf.getFontDescriptor(BaseFont.DESCENT, size));
                number.showText(digits);
                number.endText();
            }
            PdfOutline outlineParent = level == 1 || currentTop == null ? writer.getRootOutline() : currentTop;
            PdfOutline o = new PdfOutline(outlineParent, new PdfDestination(PdfDestination.FITH, top + 4), t.title(),
                    level == 1 && key.equals(BriefContent.Part.HOTSPOTS.key()));
            if (level == 1) {
                currentTop = o;
            }
            return sect;
        }

        private Paragraph headingParagraph(Toc t, Style style) {
            Paragraph p = text.empty(style);
            p.setLeading(style.size * 1.2f);
            text.add(p, t.title(), style, Text.NAVY, "heading " + t.key());
            return p;
        }

        void subheading(PdfStructureElement parent, String title, float keep) {
            flow.space(7);
            float h = flow.height(() -> subheadingParagraph(title), flow.width());
            flow.need(h + keep);
            flow.block(Flow.element(parent, PdfName.H3), () -> subheadingParagraph(title), 0, h);
            flow.y -= 2;
        }

        private Paragraph subheadingParagraph(String title) {
            Paragraph p = text.empty(Style.H3);
            p.setLeading(Style.H3.size * 1.25f);
            text.add(p, title, Style.H3, Text.NAVY, "heading");
            return p;
        }

        void paragraph(PdfStructureElement parent, Style style, Color color, String s, List<BriefContent.Citation> cites) {
            flow.block(Flow.element(parent, Flow.P), () -> text.paragraph(style, color, s, cites, "paragraph"), 0,
                    2.2f * Text.leading(style));
            flow.y -= 4;
        }

        /** A list of statements, tagged L > LI > LBody. */
        void statements(PdfStructureElement parent, List<Statement> list, Style style) {
            if (list.isEmpty()) {
                return;
            }
            PdfStructureElement l = Flow.element(parent, Flow.L);
            for (Statement s : list) {
                PdfStructureElement li = Flow.element(l, Flow.LI);
                PdfStructureElement body = Flow.element(li, Flow.LBODY);
                flow.block(body, () -> text.statement(s, style, "\u25AA", "statement"), 0, 2.2f * Text.leading(style));
                if (s.note() != null) {
                    flow.y -= 1;
                    flow.block(body, () -> text.note(s, style), 11, 12);
                }
                flow.y -= 3.5f;
            }
        }

        // -------------------------------------------------------------- cover and contents

        void cover() {
            PdfContentByte cb = flow.cb();
            Rectangle page = doc.getPageSize();
            flow.artifact(cb, () -> {
                cb.saveState();
                cb.setColorFill(Text.NAVY);
                cb.rectangle(0, page.getTop() - 16, page.getWidth(), 16);
                cb.fill();
                cb.restoreState();
            });
            BriefContent.Cover c = content.cover();
            PdfStructureElement sect = Flow.element(flow.root, Flow.SECT);
            flow.y -= 30;
            flow.block(Flow.element(sect, Flow.P), () -> text.paragraph(Style.SMALL_BOLD, Text.GREY,
                    "POLICY BRIEF \u00B7 HOTSPOT ATLAS", List.of(), "cover"), 0, 20);
            flow.y -= 8;
            flow.block(Flow.element(sect, PdfName.H1), () -> {
                Paragraph p = text.empty(Style.TITLE);
                p.setLeading(Style.TITLE.size * 1.15f);
                text.add(p, c.title(), Style.TITLE, Text.NAVY, "the title option");
                return p;
            }, 0, 40);
            flow.y -= 6;
            flow.block(Flow.element(sect, Flow.P), () -> {
                Paragraph p = text.empty(Style.SUBTITLE);
                text.add(p, c.subtitle(), Style.SUBTITLE, Text.GREY, "the subtitle");
                return p;
            }, 0, 20);
            flow.y -= 14;
            PdfStructureElement l = Flow.element(sect, Flow.L);
            for (Fact f : c.facts()) {
                PdfStructureElement li = Flow.element(l, Flow.LI);
                flow.block(Flow.element(li, Flow.LBODY), () -> {
                    Paragraph p = text.empty(Style.SMALL);
                    p.setIndentationLeft(96);
                    p.setFirstLineIndent(-96);
                    text.add(p, f.label(), Style.SMALL_BOLD, Text.NAVY, "cover");
                    p.add(new Chunk(new com.lowagie.text.pdf.draw.VerticalPositionMark(), 96, false));
                    for (Chunk k : ts.chunks(f.value(), Style.SMALL, Text.INK, "cover")) {
                        if (f.link() != null) {
                            k.setAnchor(f.link().toString());
                        }
                        p.add(k);
                    }
                    if (f.link() != null) {
                        text.add(p, " " + f.link(), Style.SMALL, Text.LINK, "cover");
                    }
                    return p;
                }, 0, 12);
                flow.y -= 3;
            }
            flow.y -= 6;
            paragraph(sect, Style.SMALL, Text.GREY, c.about(), List.of());
            contentsList(sect);
            flow.newPage();
        }

        void contentsList(PdfStructureElement parent) {
            flow.space(10);
            Toc head = new Toc("contents", BriefContent.CONTENTS, 1);
            flow.block(Flow.element(parent, PdfName.H2), () -> {
                Paragraph p = text.empty(Style.H2);
                text.add(p, head.title(), Style.H2, Text.NAVY, "contents");
                return p;
            }, 0, 60);
            flow.y -= 4;
            PdfStructureElement tocElement = Flow.element(parent, Flow.TOC);
            for (Toc e : toc) {
                Style style = e.level() == 1 ? Style.BOLD : Style.BODY;
                BaseFont nf = e.level() == 1 ? ts.sansBold() : ts.sans();
                float descent = -nf.getFontDescriptor(BaseFont.DESCENT, style.size);
                PdfTemplate number = flow.cb().createTemplate(nf.getWidthPoint("00000", style.size),
                        nf.getFontDescriptor(BaseFont.ASCENT, style.size) + descent);
                pageNumbers.put(e.key(), number);
                flow.space(e.level() == 1 ? 4 : 0);
                float indent = e.level() == 1 ? 0 : 14;
                float top = flow.y;
                PdfStructureElement item = Flow.element(tocElement, Flow.TOCI);
                flow.block(item, () -> {
                    Paragraph p = text.empty(style);
                    for (Chunk c : ts.chunks(e.title(), style, Text.INK, "contents")) {
                        c.setLocalGoto(e.key());
                        p.add(c);
                    }
                    return p;
                }, indent, 14);
                float baseline = top - style.size * Text.LEADING + 0.25f * style.size;
                PdfContentByte cb = flow.cb();
                float x = flow.right() - number.getWidth();
                cb.beginMarkedContentSequence(item);
                cb.addTemplate(number, x, baseline - descent);
                cb.endMarkedContentSequence();
                cb.localGoto(e.key(), x, baseline - descent, flow.right(), baseline - descent + number.getHeight());
                flow.y -= 2;
            }
        }

        // -------------------------------------------------------------- bottom line

        void bottomLine() {
            text.where = "the bottom line";
            BriefContent.BottomLine b = content.bottomLine();
            PdfStructureElement sect = heading(BriefContent.Part.BOTTOM_LINE.key(), flow.root, 60);
            if (!b.thesis().isEmpty() || !b.conclusion().isEmpty()) {
                subheading(sect, BriefContent.ARGUMENT, 40);
                List<Statement> argument = new ArrayList<>(b.thesis());
                argument.addAll(b.conclusion());
                for (Statement s : argument) {
                    flow.block(Flow.element(sect, Flow.P), () -> text.statement(s, Style.BODY, null, "argument"), 0, 30);
                    flow.y -= 5;
                }
            }
            subheading(sect, BriefContent.JUDGEMENTS, 40);
            statements(sect, b.judgements(), Style.BODY);
        }

        // -------------------------------------------------------------- exhibits

        void exhibit(PdfStructureElement parent, Exhibit e) {
            flow.space(8);
            PdfStructureElement ex = Flow.element(parent, Flow.SECT);
            float capH = flow.height(() -> caption(e), flow.width());
            if (e instanceof TableExhibit t) {
                flow.need(capH + 40);
                flow.block(Flow.element(ex, Flow.CAPTION), () -> caption(e), 0, capH);
                flow.y -= 3;
                tables.draw(ex, t, 0);
            } else if (e instanceof MapExhibit m) {
                map(ex, m, capH);
            }
            if (e.note() != null) {
                flow.y -= 3;
                flow.block(Flow.element(ex, Flow.NOTE), () -> text.paragraph(Style.TINY, Text.GREY, e.note(), List.of(),
                        "exhibit note"), 0, 12);
            }
            flow.y -= 4;
        }

        private Paragraph caption(Exhibit e) {
            Paragraph p = text.empty(Style.SMALL_BOLD);
            text.add(p, e.title(), Style.SMALL_BOLD, Text.NAVY, "exhibit caption");
            return p;
        }

        /** Map layouts by exhibit: the overview's map is laid out to decide where its part starts, then drawn. */
        final Map<MapExhibit, MapFigure.Layout> mapLayouts = new java.util.IdentityHashMap<>();

        MapFigure.Layout mapLayout(MapExhibit m) {
            return mapLayouts.computeIfAbsent(m, x -> {
                boolean one = x.map().view() == MapFigure.View.REGION;
                return x.map().layout(flow.width(), one ? 210 : 250, MapDrawer.measure(ts), WorldOutlines.naturalEarth110m());
            });
        }

        void map(PdfStructureElement parent, MapExhibit m, float capH) {
            float w = flow.width();
            MapFigure.Layout lay = mapLayout(m);
            float h = (float) lay.height();
            flow.need(capH + 4 + h);
            flow.block(Flow.element(parent, Flow.CAPTION), () -> caption(m), 0, capH);
            flow.y -= 4;
            PdfTemplate tpl = flow.cb().createTemplate(w, h);
            MapDrawer.draw(tpl, lay, ts);
            PdfContentByte cb = flow.cb();
            PdfStructureElement fig = Flow.figure(parent, lay.altText());
            fig.put(PdfName.BBOX, new com.lowagie.text.pdf.PdfArray(new float[] {flow.left(), flow.y - h, flow.right(), flow.y}));
            cb.beginMarkedContentSequence(fig);
            cb.addTemplate(tpl, flow.left(), flow.y - h);
            cb.endMarkedContentSequence();
            flow.y -= h;
        }

        // -------------------------------------------------------------- parts

        void glance() {
            if (content.overview().isEmpty()) {
                return;
            }
            text.where = "the overview";
            // the part may start below the bottom line if its first exhibit fits there
            float first = 60;
            if (content.overview().get(0) instanceof MapExhibit m) {
                first = (float) mapLayout(m).height() + 30;
            }
            PdfStructureElement sect = heading(BriefContent.Part.GLANCE.key(), flow.root, first);
            for (Exhibit e : content.overview()) {
                exhibit(sect, e);
            }
        }

        void hotspots() {
            if (content.hotspots().isEmpty()) {
                return;
            }
            if (content.hotspots().size() > 1 || flow.remaining() < (doc.top() - doc.bottom()) * 0.4f) {
                flow.newPage();
            }
            PdfStructureElement part = heading(BriefContent.Part.HOTSPOTS.key(), flow.root, 120);
            for (HotspotSection h : content.hotspots()) {
                hotspot(part, h);
            }
        }

        void hotspot(PdfStructureElement parent, HotspotSection h) {
            text.where = "hotspot " + h.id();
            PdfStructureElement sect = heading("h:" + h.id(), parent, 60);
            paragraph(sect, Style.SMALL, Text.GREY, h.facts(), List.of());
            paragraph(sect, Style.BODY, Text.INK, h.summary(), List.of());
            if (!h.roles().isEmpty()) {
                subheading(sect, BriefContent.ROLES, 30);
                statements(sect, h.roles(), Style.BODY);
            }
            subheading(sect, BriefContent.TOGETHER, 30);
            statements(sect, h.together(), Style.BODY);
            for (Exhibit e : h.exhibits()) {
                exhibit(sect, e);
            }
            if (!h.apart().isEmpty()) {
                subheading(sect, BriefContent.APART, 30);
                statements(sect, h.apart(), Style.BODY);
            }
            if (!h.expects().isEmpty()) {
                subheading(sect, BriefContent.EXPECTS, 30);
                statements(sect, h.expects(), Style.BODY);
            }
            subheading(sect, BriefContent.US_INTERESTS, 30);
            statements(sect, List.of(h.usInterests()), Style.BODY);
            flow.y -= 2;
            paragraph(sect, Style.SMALL, Text.GREY, BriefContent.SOURCES, h.sources());
            text.where = "the brief";
        }

        void timeline() {
            if (content.timeline().isEmpty()) {
                return;
            }
            if (flow.remaining() < (doc.top() - doc.bottom()) * 0.3f) {
                flow.newPage();
            }
            text.where = "the timeline";
            PdfStructureElement sect = heading(BriefContent.Part.TIMELINE.key(), flow.root, 80);
            exhibit(sect, content.timeline().get());
        }

        void method() {
            if (flow.remaining() < (doc.top() - doc.bottom()) * 0.3f) {
                flow.newPage();
            }
            text.where = "the method page";
            PdfStructureElement sect = heading(BriefContent.Part.METHOD.key(), flow.root, 80);
            for (Statement s : content.method().paragraphs()) {
                flow.block(Flow.element(sect, Flow.P), () -> text.statement(s, Style.BODY, null, "method"), 0, 30);
                flow.y -= 5;
            }
            for (Exhibit e : content.method().exhibits()) {
                exhibit(sect, e);
            }
        }
    }
}
