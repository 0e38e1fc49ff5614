package org.hotspotatlas.examples.bench;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.FontSelector;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

import org.hotspotatlas.core.Atlas;
import org.hotspotatlas.core.model.ActorRole;
import org.hotspotatlas.core.model.Claim;
import org.hotspotatlas.core.model.Event;
import org.hotspotatlas.core.model.Finding;
import org.hotspotatlas.core.model.Hotspot;
import org.hotspotatlas.core.model.Instrument;
import org.hotspotatlas.core.model.Locator;
import org.hotspotatlas.core.model.Modality;

/**
 * The PDF floor: OpenPDF writing the brief's text in the brief's table layout (same page size and
 * margins, same column widths, same cell padding, one pass), with the same fonts embedded as
 * subsets (DejaVu Sans, its bold, WenQuanYi Micro Hei as fallback, read as bytes from the export
 * jar's resources) and OpenPDF's own {@link FontSelector} choosing a font per character. The same
 * row caps as the brief apply. None of the project's code: no key-judgement analysis, no outline,
 * no links, no map drawing, no deterministic ids.
 */
final class PdfFloor {
    private static final String FONTS = "/org/hotspotatlas/export/pdf/fonts/";
    private static final byte[] SANS = read("DejaVuSans.ttf");
    private static final byte[] BOLD = read("DejaVuSans-Bold.ttf");
    private static final byte[] CJK = read("wqy-microhei.ttc");
    /** The brief's caps: joint-action rows and forecasts per hotspot, and timeline rows. */
    static final int JOINT_ROWS = 25;
    static final int FORECASTS = 10;
    static final int TIMELINE_ROWS = 500;
    private static final Color HEADER_BG = new Color(0x1B, 0x36, 0x5D);
    private static final Color RULE = new Color(0xBF, 0xBF, 0xBF);
    private static final Color ZEBRA = new Color(0xF3, 0xF5, 0xF8);

    private PdfFloor() {}

    private static byte[] read(String name) {
        try (InputStream in = PdfFloor.class.getResourceAsStream(FONTS + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Atlas atlas, OutputStream out) throws IOException {
        try {
            new Run(atlas).write(out);
        } catch (DocumentException e) {
            throw new IOException(e);
        }
    }

    private static final class Run extends PdfPageEventHelper {
        final Atlas atlas;
        final BaseFont sans;
        final BaseFont bold;
        final BaseFont cjk;
        PdfTemplate total;

        Run(Atlas atlas) throws IOException, DocumentException {
            this.atlas = atlas;
            sans = font("DejaVuSans.ttf", SANS);
            bold = font("DejaVuSans-Bold.ttf", BOLD);
            cjk = font("wqy-microhei.ttc,0", CJK);
        }

        private static BaseFont font(String name, byte[] data) throws IOException, DocumentException {
            BaseFont f = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, data, null);
            f.setSubset(true);
            return f;
        }

        /** One selector per style, made once: the FontSelector constructor is costly. */
        final java.util.Map<String, FontSelector> selectors = new java.util.HashMap<>();

        Phrase p(String s, float size, boolean b, Color c) {
            FontSelector sel = selectors.computeIfAbsent(size + " " + b + " " + c.getRGB(), k -> {
                FontSelector f = new FontSelector();
                f.addFont(new Font(b ? bold : sans, size, Font.NORMAL, c));
                f.addFont(new Font(cjk, size, Font.NORMAL, c));
                return f;
            });
            Phrase ph = sel.process(s);
            ph.setLeading(size * 1.3f);
            return ph;
        }

        Paragraph para(String s, float size, boolean b) {
            Paragraph par = new Paragraph(p(s, size, b, Color.BLACK));
            par.setLeading(size * 1.35f);
            par.setSpacingAfter(4);
            return par;
        }

        PdfPTable table(float... widths) throws DocumentException {
            PdfPTable t = new PdfPTable(widths.length);
            t.setWidthPercentage(100);
            t.setWidths(widths);
            t.setSpacingBefore(4);
            t.setSpacingAfter(10);
            t.setSplitLate(false);
            t.setHeaderRows(1);
            return t;
        }

        void head(PdfPTable t, String... labels) {
            for (String l : labels) {
                PdfPCell c = new PdfPCell(p(l, 8f, true, Color.WHITE));
                c.setBackgroundColor(HEADER_BG);
                c.setPadding(4);
                c.setBorderColor(HEADER_BG);
                t.addCell(c);
            }
        }

        PdfPCell cell(String s, Color bg) {
            PdfPCell c = new PdfPCell(p(s, 8f, false, Color.BLACK));
            c.setPadding(4);
            c.setPaddingBottom(5);
            c.setBorderWidth(0.5f);
            c.setBorderColor(RULE);
            if (bg != null) {
                c.setBackgroundColor(bg);
            }
            return c;
        }

        @Override
        public void onOpenDocument(PdfWriter w, Document d) {
            total = w.getDirectContent().createTemplate(40, 12);
        }

        @Override
        public void onEndPage(PdfWriter w, Document d) {
            PdfContentByte cb = w.getDirectContent();
            ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, p("Hotspot Atlas brief", 7f, false, Color.GRAY),
                    d.left(), d.getPageSize().getTop() - 37, 0);
            ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT, p("Hotspot Atlas \u00B7 data " + atlas.dataVersion(),
                    7f, false, Color.GRAY), d.right(), d.getPageSize().getTop() - 37, 0);
            String label = "Page " + w.getPageNumber() + " of ";
            cb.beginText();
            cb.setFontAndSize(sans, 7.5f);
            cb.setTextMatrix(d.left(), 36);
            cb.showText(label);
            cb.endText();
            cb.addTemplate(total, d.left() + sans.getWidthPoint(label, 7.5f), 36);
            ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT, p("Source: " + atlas.source().publisher(), 7f, false,
                    Color.GRAY), d.right(), 36, 0);
        }

        @Override
        public void onCloseDocument(PdfWriter w, Document d) {
            total.beginText();
            total.setFontAndSize(sans, 7.5f);
            total.setTextMatrix(0, 0);
            total.showText(Integer.toString(w.getPageNumber() - 1));
            total.endText();
        }

        void write(OutputStream out) throws DocumentException {
            Document doc = new Document(PageSize.A4, 56, 56, 68, 62);
            PdfWriter w = PdfWriter.getInstance(doc, out);
            w.setPageEvent(this);
            doc.open();
            doc.add(para("China and Russia across global hotspots", 26f, true));
            doc.add(para(atlas.hotspots().stream().map(Hotspot::name).collect(Collectors.joining(", ")), 14f, false));
            doc.newPage();
            // contents
            doc.add(para("Contents", 17f, true));
            PdfPTable toc = new PdfPTable(2);
            toc.setWidthPercentage(100);
            toc.setWidths(new float[] {88, 12});
            int n = 1;
            for (Hotspot h : atlas.hotspots()) {
                PdfPCell a = new PdfPCell(p("4." + n++ + " " + h.name(), 9.5f, false, Color.BLACK));
                a.setBorder(Rectangle.BOTTOM);
                PdfPCell b = new PdfPCell(p(Integer.toString(n), 9.5f, false, Color.BLACK));
                b.setBorder(Rectangle.BOTTOM);
                toc.addCell(a);
                toc.addCell(b);
            }
            doc.add(toc);
            doc.newPage();
            // comparison
            doc.add(para("2. The hotspots compared", 17f, true));
            PdfPTable cmp = table(15, 30, 30, 12, 13);
            head(cmp, "Hotspot", "China's role", "Russia's role", "Pattern", "U.S. alignment");
            for (Hotspot h : atlas.hotspots()) {
                cmp.addCell(cell(h.name(), null));
                cmp.addCell(cell(h.role("china").map(ActorRole::does).orElse("-"), null));
                cmp.addCell(cell(h.role("russia").map(ActorRole::does).orElse("-"), null));
                cmp.addCell(cell(h.assessment().pattern().code(), null));
                cmp.addCell(cell(h.assessment().alignment().code(), null));
            }
            doc.add(cmp);
            Instrument[] all = Instrument.values();
            float[] iw = new float[all.length + 1];
            java.util.Arrays.fill(iw, 13);
            iw[0] = 22;
            PdfPTable ins = table(iw);
            List<String> labels = new ArrayList<>(List.of("Hotspot"));
            for (Instrument i : all) {
                labels.add(i.code());
            }
            head(ins, labels.toArray(String[]::new));
            for (Hotspot h : atlas.hotspots()) {
                ins.addCell(cell(h.name(), null));
                for (Instrument i : all) {
                    boolean c = h.role("china").map(r -> r.uses(i)).orElse(false);
                    boolean r = h.role("russia").map(x -> x.uses(i)).orElse(false);
                    ins.addCell(cell(c && r ? "Both" : c ? "China" : r ? "Russia" : "", null));
                }
            }
            doc.add(ins);
            doc.newPage();
            PdfPTable map = table(6, 34, 30, 30);
            head(map, "#", "Hotspot", "Representative point", "U.S. alignment");
            n = 1;
            for (Hotspot h : atlas.hotspots()) {
                map.addCell(cell(Integer.toString(n++), null));
                map.addCell(cell(h.name(), null));
                map.addCell(cell(String.format(Locale.ROOT, "%.2f, %.2f", h.location().latitude(), h.location().longitude()), null));
                map.addCell(cell(h.assessment().alignment().code(), null));
            }
            doc.add(map);
            doc.newPage();
            for (Hotspot h : atlas.hotspots()) {
                hotspot(doc, h);
            }
            // timeline
            doc.newPage();
            doc.add(para("5. Timeline", 17f, true));
            PdfPTable tl = table(17, 37, 12, 20, 14);
            head(tl, "Date", "Event", "Kind", "Where / hotspot", "Cites");
            List<Event> events = atlas.timeline();
            int row = 0;
            for (Event e : events.subList(0, Math.min(TIMELINE_ROWS, events.size()))) {
                Color bg = row++ % 2 == 1 ? ZEBRA : null;
                tl.addCell(cell(e.bestDate().map(Object::toString).orElse("no date given"), bg));
                tl.addCell(cell(e.title(), bg));
                tl.addCell(cell(e.kind().code(), bg));
                tl.addCell(cell(e.hotspot() == null ? "-" : atlas.hotspotName(e.hotspot()), bg));
                tl.addCell(cell(cites(e.locators()), bg));
            }
            doc.add(tl);
            if (events.size() > TIMELINE_ROWS) {
                doc.add(para("And " + (events.size() - TIMELINE_ROWS) + " more later events, not listed in this brief; the Excel workbook's Timeline sheet has every one.", 8f, false));
            }
            doc.newPage();
            doc.add(para("6. Method and sources", 17f, true));
            PdfPTable m = table(20, 66, 14);
            head(m, "Modality", "Meaning", "Claims");
            for (Modality mod : Modality.values()) {
                m.addCell(cell(mod.code(), null));
                m.addCell(cell(mod.description(), null));
                m.addCell(cell(Integer.toString(atlas.claimsWith(mod).size()), null));
            }
            doc.add(m);
            doc.close();
        }

        void hotspot(Document doc, Hotspot h) throws DocumentException {
            doc.add(para(h.name(), 13f, true));
            doc.add(para("Region: " + h.regions() + " \u00B7 Pattern: " + h.assessment().pattern().code(), 8f, false));
            doc.add(para(h.summary(), 9.5f, false));
            for (ActorRole r : h.roles()) {
                doc.add(para(atlas.actorName(r.actor()) + "'s role", 10.5f, true));
                doc.add(para("Does. " + r.does(), 9.5f, false));
                doc.add(para("Seeks. " + r.wants(), 9.5f, false));
                doc.add(para("Instruments. " + r.instruments() + " [" + cites(r.locators()) + "]", 9.5f, false));
            }
            doc.add(para("How they coordinate", 10.5f, true));
            Finding co = h.assessment().coordination();
            doc.add(para(co.text() + " [" + cites(co.locators()) + "]", 9.5f, false));
            List<Claim> claims = atlas.claimsIn(h.id());
            List<Claim> joint = claims.stream().filter(c -> c.subjects().contains("china")
                    && c.subjects().contains("russia") && c.modality() != Modality.FORECAST).toList();
            doc.add(para("Joint actions", 10.5f, true));
            PdfPTable t = table(16, 17, 53, 14);
            head(t, "When", "Action", "What", "Cites");
            for (Claim c : joint.subList(0, Math.min(JOINT_ROWS, joint.size()))) {
                t.addCell(cell(c.time() == null ? "not dated" : c.time().date().toString(), null));
                t.addCell(cell(c.action().code(), null));
                t.addCell(cell(c.summary(), null));
                t.addCell(cell(cites(c.locators()), null));
            }
            doc.add(t);
            if (joint.size() > JOINT_ROWS) {
                doc.add(para("And " + (joint.size() - JOINT_ROWS) + " more joint actions, not listed in this brief; the Excel workbook's Claims sheet has every one.", 8f, false));
            }
            doc.add(para("Divergences", 10.5f, true));
            for (Finding f : h.assessment().divergences()) {
                doc.add(para(f.text() + " [" + cites(f.locators()) + "]", 9.5f, false));
            }
            doc.add(para("Outlook", 10.5f, true));
            for (Finding f : h.assessment().outlook()) {
                doc.add(para(f.text() + " [" + cites(f.locators()) + "]", 9.5f, false));
            }
            List<Claim> forecasts = claims.stream().filter(c -> c.modality() == Modality.FORECAST).toList();
            for (Claim c : forecasts.subList(0, Math.min(FORECASTS, forecasts.size()))) {
                doc.add(para("Likely. " + c.summary() + " [" + cites(c.locators()) + "]", 9.5f, false));
            }
            if (forecasts.size() > FORECASTS) {
                doc.add(para("And " + (forecasts.size() - FORECASTS) + " more forecasts, not listed in this brief; the Excel "
                        + "workbook's Claims sheet has every one.", 8f, false));
            }
            doc.add(para("Implications for U.S. interests", 10.5f, true));
            doc.add(para(h.assessment().alignmentReason().text(), 9.5f, false));
            doc.add(para("Citations", 10.5f, true));
            TreeSet<Locator> locs = new TreeSet<>();
            claims.forEach(c -> locs.addAll(c.locators()));
            doc.add(para("This section rests on " + locs.size() + " passages of the source: " + cites(locs) + ".", 8f, false));
        }

        private static String cites(java.util.Collection<Locator> locators) {
            return new TreeSet<>(locators).stream().map(Locator::toString).collect(Collectors.joining(", "));
        }
    }
}
