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
import java.util.EnumMap;
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
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

import org.hotspotatlas.core.Atlas;
import org.hotspotatlas.core.Selection;
import org.hotspotatlas.core.model.ActorRole;
import org.hotspotatlas.core.model.Claim;
import org.hotspotatlas.core.model.CoordinationPattern;
import org.hotspotatlas.core.model.Event;
import org.hotspotatlas.core.model.Finding;
import org.hotspotatlas.core.model.GeoPoint;
import org.hotspotatlas.core.model.Hotspot;
import org.hotspotatlas.core.model.Instrument;
import org.hotspotatlas.core.model.Likelihood;
import org.hotspotatlas.core.model.Locator;
import org.hotspotatlas.core.model.Modality;
import org.hotspotatlas.core.model.Source;
import org.hotspotatlas.core.model.Theatre;
import org.hotspotatlas.core.model.UsAlignment;
import org.hotspotatlas.core.model.Voice;
import org.hotspotatlas.export.ExportResult;
import org.hotspotatlas.export.pdf.KeyJudgements.Judgement;
import org.hotspotatlas.export.pdf.Typesetter.Style;

/**
 * Lays out one brief, in one pass, straight to the output stream. The contents page needs the page
 * on which each section starts, which is only known later, so each of its page numbers is a small
 * template of fixed width that is filled in when the section's heading is placed; the layout of
 * the contents page never depends on the numbers. One instance per export.
 */
final class BriefRenderer {

    static final String CREATOR = "Hotspot Atlas PDF brief exporter";
    /** A brief summarises: at most this many joint actions per hotspot; the workbook lists all. */
    static final int MAX_JOINT_ROWS = 25;
    /** At most this many forecast claims per hotspot's outlook. */
    static final int MAX_FORECASTS = 10;
    /** At most this many events in the timeline. */
    static final int MAX_TIMELINE_ROWS = 500;

    private static final Color INK = new Color(0x1F, 0x1F, 0x1F);
    private static final Color NAVY = new Color(0x1B, 0x36, 0x5D);
    private static final Color GREY = new Color(0x5F, 0x5F, 0x5F);
    private static final Color RULE = new Color(0xBF, 0xBF, 0xBF);
    private static final Color HEADER_BG = new Color(0x1B, 0x36, 0x5D);
    private static final Color ZEBRA = new Color(0xF3, 0xF5, 0xF8);
    private static final Color CHINA_TINT = new Color(0xF4, 0xA5, 0x82);
    private static final Color RUSSIA_TINT = new Color(0x92, 0xC5, 0xDE);
    private static final Color BOTH_TINT = new Color(0xC2, 0xA5, 0xCF);

    private final Atlas atlas;
    /** The dataset's two principals, from the core analysis (neutral names and no ids if it names none). */
    private final String firstId;
    private final String firstName;
    private final String secondId;
    private final String secondName;
    private final PdfOptions options;
    private final String subtitle;
    private final List<Toc> toc;

    /** A contents entry: the key of its heading's destination, its title and its level (1 or 2). */
    record Toc(String key, String title, int level) {}

    BriefRenderer(Atlas atlas, PdfOptions options) {
        this.atlas = atlas;
        List<org.hotspotatlas.core.model.Actor> principals = atlas.analysis().principals();
        boolean named = principals.size() == 2;
        this.firstId = named ? principals.get(0).id() : null;
        this.firstName = named ? principals.get(0).name() : "First principal";
        this.secondId = named ? principals.get(1).id() : null;
        this.secondName = named ? principals.get(1).name() : "Second principal";
        this.options = options;
        this.subtitle = options.subtitleOverride().orElseGet(this::deriveSubtitle);
        this.toc = contents();
    }

    ExportResult render(OutputStream out) throws IOException {
        char zero = XrefDigits.zeroDigit();
        Pass pass;
        if (zero == '0') {
            pass = new Pass(documentId(), out);
            try {
                pass.run();
            } catch (com.lowagie.text.ExceptionConverter e) {
                // OpenPDF wraps the caller's stream failures; give them back as what they are.
                if (e.getException() instanceof IOException io) {
                    throw io;
                }
                throw e;
            }
        } else {
            // OpenPDF writes its cross-reference offsets with the default locale's digits; under a
            // locale whose digits are not ASCII, the document is repaired in memory before it goes out.
            java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
            pass = new Pass(documentId(), buffer);
            pass.run();
            out.write(XrefDigits.ascii(buffer.toByteArray(), zero));
        }
        out.flush();
        return new ExportResult(pass.ts.warnings());
    }

    // ------------------------------------------------------------------ what the brief holds

    private String deriveSubtitle() {
        List<String> names = atlas.hotspots().stream().map(Hotspot::name).toList();
        String base;
        if (names.isEmpty()) {
            base = "No hotspots";
        } else if (names.size() <= 4) {
            base = Words.join(names);
        } else {
            base = Words.capital(Words.count(names.size())) + " hotspots: " + Words.join(names);
        }
        Selection sel = options.selection();
        StringBuilder sb = new StringBuilder(base);
        if (!sel.actors().isEmpty()) {
            sb.append("; records involving ").append(Words.join(sel.actors().stream().map(atlas::actorName).toList()));
        }
        if (sel.hasTimeRange()) {
            sb.append("; ").append(sel.fromDate().map(Object::toString).orElse("up")).append(" to ")
                    .append(sel.toDate().map(Object::toString).orElse("the latest record"));
        }
        String s = sb.toString();
        return s.length() > PdfOptions.MAX_TITLE_LENGTH ? s.substring(0, PdfOptions.MAX_TITLE_LENGTH - 1) + "\u2026" : s;
    }

    private List<Toc> contents() {
        List<Toc> list = new ArrayList<>();
        list.add(new Toc("judgements", "1. Key judgements", 1));
        list.add(new Toc("comparison", "2. The hotspots compared", 1));
        list.add(new Toc("instruments", firstName + " and " + secondName + ": instruments by hotspot", 2));
        list.add(new Toc("map", "3. Where the hotspots lie", 1));
        list.add(new Toc("hotspots", "4. Hotspot by hotspot", 1));
        int n = 1;
        for (Hotspot h : atlas.hotspots()) {
            list.add(new Toc("h:" + h.id(), "4." + n++ + " " + h.name(), 2));
        }
        list.add(new Toc("timeline", "5. Timeline", 1));
        list.add(new Toc("method", "6. Method and sources", 1));
        return List.copyOf(list);
    }

    /** A digest of the data and options: the same brief always gets the same document id. */
    /**
     * The document's /ID: a digest of what identifies this brief (the data version, the source,
     * every record id in order, and the options), so the same data and options give the same id
     * without hashing every text of a large dataset.
     */
    private byte[] documentId() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            StringBuilder sb = new StringBuilder(1 << 12);
            sb.append(atlas.formatVersion()).append('\n').append(atlas.dataVersion()).append('\n')
                    .append(atlas.source().title()).append('\n').append(atlas.source().url()).append('\n');
            atlas.actors().forEach(a -> sb.append('a').append(a.id()).append('\n'));
            atlas.hotspots().forEach(h -> sb.append('h').append(h.id()).append('\n'));
            atlas.events().forEach(e -> sb.append('e').append(e.id()).append('\n'));
            for (var c : atlas.claims()) {
                sb.append('c').append(c.id()).append('\n');
                if (sb.length() > 1 << 16) {
                    md.update(sb.toString().getBytes(StandardCharsets.UTF_8));
                    sb.setLength(0);
                }
            }
            // the selection is already applied to the atlas identified above
            sb.append(options.title()).append('\n').append(options.pageSize()).append('\n').append(subtitle);
            md.update(sb.toString().getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(md.digest(), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    private Calendar documentDate() {
        GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        c.clear();
        java.time.LocalDate d = atlas.source().published().start();
        c.set(d.getYear(), d.getMonthValue() - 1, d.getDayOfMonth(), 0, 0, 0);
        return c;
    }

    // ------------------------------------------------------------------ one layout pass

    private final class Pass extends PdfPageEventHelper {
        final Map<String, Integer> found = new LinkedHashMap<>();
        /** The contents page's page numbers, drawn when their heading is placed. */
        final Map<String, PdfTemplate> pageNumbers = new LinkedHashMap<>();
        final OutputStream out;
        final byte[] id;
        final Typesetter ts = new Typesetter();
        final Map<String, Toc> tocByKey = new LinkedHashMap<>();
        Document doc;
        PdfWriter writer;
        PdfTemplate total;
        PdfOutline currentTop;

        Pass(byte[] id, OutputStream out) {
            this.out = out;
            this.id = id;
            toc.forEach(t -> tocByKey.put(t.key(), t));
            tocByKey.put("contents", new Toc("contents", "Contents", 1));
        }

        void run() throws IOException {
            java.io.BufferedOutputStream buffered = new java.io.BufferedOutputStream(out, 1 << 16);
            Rectangle size = options.pageSize() == PdfOptions.PageSize.A4
                    ? com.lowagie.text.PageSize.A4 : com.lowagie.text.PageSize.LETTER;
            doc = new Document(size, 56, 56, 68, 62);
            try {
                writer = PdfWriter.getInstance(doc, buffered);
                writer.setCloseStream(false);
                writer.setViewerPreferences(PdfWriter.PageModeUseOutlines);
                writer.setPageEvent(this);
                doc.addTitle(options.title());
                doc.addSubject(subtitle);
                doc.addKeywords(keywords());
                doc.addCreator(CREATOR);
                doc.addAuthor("Hotspot Atlas, from " + atlas.source().publisher());
                doc.open();
                writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
                cover();
                contentsPage();
                judgements();
                comparison();
                map();
                hotspots();
                timeline();
                method();
                PdfDictionary info = writer.getInfo();
                PdfDate date = new PdfDate(documentDate());
                info.put(PdfName.CREATIONDATE, date);
                info.put(PdfName.MODDATE, date);
                doc.close();
                buffered.flush();
            } catch (DocumentException e) {
                throw new IOException("cannot lay out the PDF brief: " + e.getMessage(), e);
            }
        }

        private String keywords() {
            List<String> k = new ArrayList<>(List.of(firstName, secondName, "coordination", "U.S. interests"));
            atlas.hotspots().forEach(h -> k.add(h.name()));
            return String.join(", ", k);
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
            cb.saveState();
            cb.setColorStroke(RULE);
            cb.setLineWidth(0.5f);
            if (n > 1) {
                float y = page.getTop() - 42;
                ColumnText.showTextAligned(cb, Element.ALIGN_LEFT,
                        ts.phrase(options.title(), Style.TINY, GREY, "the title option"), left, y + 5, 0);
                ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT,
                        ts.phrase("Hotspot Atlas \u00B7 data " + atlas.dataVersion(), Style.TINY, GREY, "the data version"),
                        right, y + 5, 0);
                cb.moveTo(left, y);
                cb.lineTo(right, y);
                cb.stroke();
            }
            float fy = 36;
            cb.moveTo(left, fy + 10);
            cb.lineTo(right, fy + 10);
            cb.stroke();
            String label = "Page " + n + " of ";
            BaseFont bf = ts.sans();
            cb.beginText();
            cb.setFontAndSize(bf, 7.5f);
            cb.setColorFill(GREY);
            cb.setTextMatrix(left, fy);
            cb.showText(label);
            cb.endText();
            cb.addTemplate(total, left + bf.getWidthPoint(label, 7.5f), fy);
            Source s = atlas.source();
            ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT,
                    ts.phrase("Source: " + s.publisher() + ", " + Words.date(s.published()), Style.TINY, GREY,
                            "the source"), right, fy, 0);
            cb.restoreState();
        }

        @Override
        public void onCloseDocument(PdfWriter w, Document d) {
            total.beginText();
            total.setFontAndSize(ts.sans(), 7.5f);
            total.setColorFill(GREY);
            total.setTextMatrix(0, 0);
            total.showText(Integer.toString(w.getPageNumber() - 1));
            total.endText();
        }

        @Override
        public void onGenericTag(PdfWriter w, Document d, Rectangle rect, String tag) {
            if (found.containsKey(tag)) {
                return;
            }
            found.put(tag, w.getPageNumber());
            PdfTemplate number = pageNumbers.get(tag);
            if (number != null) {
                BaseFont bf = tocByKey.get(tag).level() == 1 ? ts.sansBold() : ts.sans();
                float size = tocByKey.get(tag).level() == 1 ? Style.BOLD.size : Style.BODY.size;
                String digits = Integer.toString(w.getPageNumber());
                number.beginText();
                number.setFontAndSize(bf, size);
                number.setColorFill(INK);
                number.setTextMatrix(number.getWidth() - bf.getWidthPoint(digits, size), -bf.getFontDescriptor(BaseFont.DESCENT, size));
                number.showText(digits);
                number.endText();
            }
            Toc t = tocByKey.get(tag);
            if (t == null) {
                return;
            }
            PdfOutline parent = t.level() == 1 || currentTop == null ? w.getRootOutline() : currentTop;
            PdfOutline o = new PdfOutline(parent, new PdfDestination(PdfDestination.FITH, rect.getTop() + 12),
                    plainTitle(t), t.level() == 1 && t.key().equals("hotspots"));
            if (t.level() == 1) {
                currentTop = o;
            }
        }

        private String plainTitle(Toc t) {
            return t.title();
        }

        // -------------------------------------------------------------- building blocks

        Phrase text(String s, Style style, String record) {
            return ts.phrase(s, style, INK, record);
        }

        Phrase text(String s, Style style, Color color, String record) {
            return ts.phrase(s, style, color, record);
        }

        void add(Element e) throws DocumentException {
            doc.add(e);
        }

        void ensureSpace(float points) {
            if (writer.getVerticalPosition(false) - doc.bottom() < points) {
                doc.newPage();
            }
        }

        void heading(String key, int level) throws DocumentException {
            Toc t = tocByKey.get(key);
            Style style = level == 1 ? Style.H1 : level == 2 ? Style.H2 : Style.H3;
            ensureSpace(level == 1 ? 140 : 170);
            Paragraph p = ts.paragraph(style);
            p.setLeading(style.size * 1.25f);
            p.setSpacingBefore(level == 1 ? 4 : 12);
            p.setSpacingAfter(level == 1 ? 10 : 6);
            boolean first = true;
            for (Chunk c : ts.chunks(t.title(), style, NAVY, "heading " + key)) {
                c.setGenericTag(key);
                if (first) {
                    c.setLocalDestination(key);
                    first = false;
                }
                p.add(c);
            }
            add(p);
        }

        /** Adds a subheading, an optional introduction and a table, moving all three to a new page if
         *  the table would otherwise be split from its heading and fits on one page. */
        void block(String title, Paragraph intro, PdfPTable t) throws DocumentException {
            t.setTotalWidth(doc.right() - doc.left());
            t.setLockedWidth(true);
            float need = 40 + (intro == null ? 0 : 36) + t.getTotalHeight();
            if (need < doc.top() - doc.bottom()) {
                ensureSpace(need);
            }
            subheading(title);
            if (intro != null) {
                add(intro);
            }
            add(t);
        }

        void subheading(String title) throws DocumentException {
            ensureSpace(70);
            Paragraph p = new Paragraph(text(title, Style.H3, NAVY, "heading"));
            p.setSpacingBefore(8);
            p.setSpacingAfter(3);
            add(p);
        }

        Paragraph para(String s, Style style, String record) {
            Paragraph p = new Paragraph(text(s, style, record));
            p.setLeading(style.size * 1.35f);
            p.setSpacingAfter(4);
            return p;
        }

        /** A paragraph with a bold lead, the text, and its citations in grey. */
        Paragraph cited(String lead, String body, List<Locator> locs, String record, float indent)
                throws DocumentException {
            Paragraph p = ts.paragraph(Style.BODY);
            p.setIndentationLeft(indent + 10);
            p.setFirstLineIndent(-10);
            p.setSpacingAfter(4);
            p.add(text(indent == 0 ? "\u25A0 " : "\u2013 ", Style.BODY, NAVY, record));
            if (lead != null && !lead.isEmpty()) {
                p.add(text(lead + ". ", Style.BOLD, record));
            }
            p.add(text(body, Style.BODY, record));
            if (!locs.isEmpty()) {
                p.add(text(" [" + Words.cites(locs) + "]", Style.SMALL, GREY, record));
            }
            return p;
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

        void headerRow(PdfPTable t, String... labels) {
            for (String l : labels) {
                PdfPCell c = new PdfPCell(text(l, Style.SMALL_BOLD, Color.WHITE, "table header"));
                c.setBackgroundColor(HEADER_BG);
                c.setPadding(4);
                c.setBorderColor(HEADER_BG);
                t.addCell(c);
            }
        }

        PdfPCell cell(Phrase p, Color bg) {
            PdfPCell c = new PdfPCell(p);
            c.setPadding(4);
            c.setPaddingBottom(5);
            c.setBorderWidth(0.5f);
            c.setBorderColor(RULE);
            if (bg != null) {
                c.setBackgroundColor(bg);
            }
            return c;
        }

        PdfPCell cell(String s, String record, Color bg) {
            return cell(text(s, Style.SMALL, record), bg);
        }

        // -------------------------------------------------------------- cover and contents

        void cover() throws DocumentException {
            PdfContentByte under = writer.getDirectContentUnder();
            Rectangle page = doc.getPageSize();
            under.saveState();
            under.setColorFill(NAVY);
            under.rectangle(0, page.getTop() - 18, page.getWidth(), 18);
            under.fill();
            under.restoreState();

            Paragraph kicker = new Paragraph(text("POLICY BRIEF \u00B7 HOTSPOT ATLAS", Style.SMALL_BOLD, GREY, "cover"));
            kicker.setSpacingBefore(90);
            add(kicker);
            Paragraph title = new Paragraph(text(options.title(), Style.TITLE, NAVY, "the title option"));
            title.setLeading(Style.TITLE.size * 1.2f);
            title.setSpacingBefore(10);
            add(title);
            Paragraph sub = new Paragraph(text(subtitle, Style.SUBTITLE, GREY, "the subtitle"));
            sub.setLeading(Style.SUBTITLE.size * 1.35f);
            sub.setSpacingBefore(10);
            sub.setSpacingAfter(36);
            add(sub);

            Source s = atlas.source();
            PdfPTable facts = new PdfPTable(2);
            facts.setWidthPercentage(100);
            facts.setWidths(new float[] {28, 72});
            String[][] rows = {
                {"Source", s.title() + ". " + s.publisher() + ", " + s.publicationType() + ", " + Words.date(s.published())
                        + ". " + s.url()},
                {"Published", Words.date(s.published())},
                {"Data version", atlas.dataVersion() + " (dataset format " + atlas.formatVersion() + ")"},
                {"Brief dated", Words.date(s.published()) + ", the source's publication date"},
                {"This brief covers", Words.count(atlas.hotspots().size(), "hotspot", "hotspots") + ", "
                        + Words.count(atlas.claims().size(), "claim", "claims") + ", "
                        + Words.count(atlas.events().size(), "event", "events") + " and "
                        + Words.count(atlas.actors().size(), "actor", "actors")},
            };
            for (String[] r : rows) {
                PdfPCell k = cell(text(r[0], Style.SMALL_BOLD, NAVY, "cover"), null);
                k.setBorder(Rectangle.TOP);
                PdfPCell v = cell(text(r[1], Style.SMALL, "the source"), null);
                v.setBorder(Rectangle.TOP);
                facts.addCell(k);
                facts.addCell(v);
            }
            add(facts);
            Paragraph about = para("This brief is generated from a typed dataset curated from one source. Each "
                    + "statement carries, in brackets, the locators of the source sentences it rests on: \u00B6P.S "
                    + "is sentence S of paragraph P, \u00B6P the whole paragraph. The key judgements are counted "
                    + "from the data, not written by hand.", Style.SMALL, "cover");
            about.setSpacingBefore(18);
            add(about);
            doc.newPage();
        }

        void contentsPage() throws DocumentException {
            Paragraph p = ts.paragraph(Style.H1);
            for (Chunk c : ts.chunks("Contents", Style.H1, NAVY, "contents")) {
                c.setGenericTag("contents");
                p.add(c);
            }
            p.setSpacingAfter(12);
            add(p);
            PdfPTable t = new PdfPTable(2);
            t.setWidthPercentage(100);
            t.setWidths(new float[] {88, 12});
            for (Toc e : toc) {
                Style style = e.level() == 1 ? Style.BOLD : Style.BODY;
                Phrase title = new Phrase();
                title.setFont(ts.font(style, INK));
                for (Chunk c : ts.chunks(e.title(), style, INK, "contents")) {
                    c.setLocalGoto(e.key());
                    title.add(c);
                }
                PdfPCell a = new PdfPCell(title);
                a.setBorder(Rectangle.BOTTOM);
                a.setBorderColor(RULE);
                a.setBorderWidth(0.5f);
                a.setPaddingLeft(e.level() == 1 ? 0 : 16);
                a.setPaddingTop(e.level() == 1 ? 7 : 3);
                a.setPaddingBottom(4);
                // The number is a template filled in when the heading is placed (onGenericTag), so the
                // brief is laid out once. The cell holds a space in the number's font, so that the row
                // is as tall as with the digits; a cell event draws the template, right-aligned, on
                // the cell's first baseline and makes it a link to the section.
                BaseFont nf = e.level() == 1 ? ts.sansBold() : ts.sans();
                float descent = -nf.getFontDescriptor(BaseFont.DESCENT, style.size);
                PdfTemplate number = writer.getDirectContent().createTemplate(nf.getWidthPoint("00000", style.size),
                        nf.getFontDescriptor(BaseFont.ASCENT, style.size) + descent);
                pageNumbers.put(e.key(), number);
                Style numberStyle = style;
                Phrase space = new Phrase(new Chunk(" ", new com.lowagie.text.Font(nf, style.size,
                        com.lowagie.text.Font.NORMAL, INK)));
                PdfPCell b = new PdfPCell(space);
                String key = e.key();
                b.setCellEvent((cell, rect, canvases) -> {
                    PdfContentByte cb = canvases[PdfPTable.TEXTCANVAS];
                    float x = rect.getRight() - cell.getEffectivePaddingRight() - number.getWidth();
                    // a cell sets its text with a leading of once the largest font size
                    float baseline = rect.getTop() - cell.getEffectivePaddingTop() - numberStyle.size;
                    cb.addTemplate(number, x, baseline - descent);
                    cb.localGoto(key, x, baseline - descent, rect.getRight(), baseline - descent + number.getHeight());
                });
                b.setHorizontalAlignment(Element.ALIGN_RIGHT);
                b.setBorder(Rectangle.BOTTOM);
                b.setBorderColor(RULE);
                b.setBorderWidth(0.5f);
                b.setPaddingTop(e.level() == 1 ? 7 : 3);
                b.setPaddingBottom(4);
                t.addCell(a);
                t.addCell(b);
            }
            add(t);
            doc.newPage();
        }

        // -------------------------------------------------------------- key judgements

        void judgements() throws DocumentException {
            heading("judgements", 1);
            add(para("What the data shows across " + (atlas.hotspots().size() == 1 ? "the hotspot" : "the "
                    + Words.count(atlas.hotspots().size(), "hotspot", "hotspots")) + " in this brief. Each judgement "
                    + "is computed from the records and cites the source sentences behind it.", Style.BODY, "judgements"));
            for (Judgement j : KeyJudgements.of(atlas)) {
                ensureSpace(50);
                add(cited(j.lead(), j.text(), j.locators(), "key judgement "
                        + j.lead(), 0));
                for (Judgement p : j.points()) {
                    add(cited(p.lead(), p.text(), p.locators(), "key judgement " + j.lead(), 14));
                }
            }
        }

        // -------------------------------------------------------------- comparison

        void comparison() throws DocumentException {
            doc.newPage();
            heading("comparison", 1);
            add(para(firstName + "'s and " + secondName + "'s roles side by side, with the main coordination pattern and how their "
                    + "course relates to U.S. interests.", Style.BODY, "comparison"));
            PdfPTable t = table(15, 30, 30, 12, 13);
            headerRow(t, "Hotspot", firstName + "'s role", secondName + "'s role", "Pattern", "U.S. alignment");
            int row = 0;
            for (Hotspot h : atlas.hotspots()) {
                Color bg = row++ % 2 == 1 ? ZEBRA : null;
                t.addCell(cell(text(h.name(), Style.SMALL_BOLD, h.id()), bg));
                t.addCell(cell(role(h, firstId), h.id(), bg));
                t.addCell(cell(role(h, secondId), h.id(), bg));
                CoordinationPattern p = h.assessment().pattern();
                t.addCell(cell(Words.capital(Words.pattern(p)), h.id(), bg));
                UsAlignment a = h.assessment().alignment();
                t.addCell(cell(text(Words.alignmentShort(a), Style.SMALL_BOLD, INK, h.id()), Words.alignmentTint(a)));
            }
            if (atlas.hotspots().isEmpty()) {
                t.addCell(emptyRow("No hotspots in this selection.", 5));
            }
            add(t);
            instruments();
        }

        private PdfPCell emptyRow(String message, int span) {
            PdfPCell c = cell(message, "table", null);
            c.setColspan(span);
            return c;
        }

        private String role(Hotspot h, String actor) {
            return actor == null ? "\u2014 (no principals named)"
                    : h.role(actor).map(ActorRole::does).orElse("\u2014 (no role recorded)");
        }

        void instruments() throws DocumentException {
            ensureSpace(200);
            heading("instruments", 2);
            add(para("Which instruments each power uses in each hotspot, from the roles the data records. "
                    + "Orange: " + firstName + " only; blue: " + secondName + " only; purple: both.", Style.BODY,
                    "instruments"));
            Instrument[] all = Instrument.values();
            float[] widths = new float[all.length + 1];
            widths[0] = 22;
            Arrays.fill(widths, 1, widths.length, 13);
            PdfPTable t = table(widths);
            String[] labels = new String[all.length + 1];
            labels[0] = "Hotspot";
            for (int i = 0; i < all.length; i++) {
                labels[i + 1] = Words.capital(Words.label(all[i]));
            }
            headerRow(t, labels);
            Map<Instrument, int[]> totals = new EnumMap<>(Instrument.class);
            for (Hotspot h : atlas.hotspots()) {
                t.addCell(cell(text(h.name(), Style.SMALL_BOLD, h.id()), null));
                for (Instrument i : all) {
                    boolean c = firstId != null && h.role(firstId).map(x -> x.uses(i)).orElse(false);
                    boolean r = secondId != null && h.role(secondId).map(x -> x.uses(i)).orElse(false);
                    int[] tot = totals.computeIfAbsent(i, k -> new int[2]);
                    tot[0] += c ? 1 : 0;
                    tot[1] += r ? 1 : 0;
                    String label = c && r ? "Both" : c ? firstName : r ? secondName : "";
                    Color bg = c && r ? BOTH_TINT : c ? CHINA_TINT : r ? RUSSIA_TINT : null;
                    PdfPCell cell = cell(label, h.id(), bg);
                    cell.setHorizontalAlignment(Element.ALIGN_CENTER);
                    t.addCell(cell);
                }
            }
            t.addCell(cell(text("Hotspots using it", Style.SMALL_BOLD, "instruments"), ZEBRA));
            for (Instrument i : all) {
                int[] tot = totals.getOrDefault(i, new int[2]);
                PdfPCell cell = cell(firstName + " " + tot[0] + " \u00B7 " + secondName + " " + tot[1], "instruments", ZEBRA);
                cell.setHorizontalAlignment(Element.ALIGN_CENTER);
                t.addCell(cell);
            }
            add(t);
        }

        // -------------------------------------------------------------- map

        void map() throws DocumentException {
            doc.newPage();
            heading("map", 1);
            add(para("Each hotspot at its representative point on an equirectangular grid (30\u00B0 lines), "
                    + "coloured by how the two powers' course relates to U.S. interests; hollow rings mark "
                    + "sub-theatres. Numbers refer to the table below.", Style.BODY, "map"));
            float w = doc.right() - doc.left();
            float h = w / 2 + 22;
            PdfTemplate tpl = writer.getDirectContent().createTemplate(w, h);
            drawMap(tpl, w, w / 2, 22);
            Image img = Image.getInstance(tpl);
            img.setAlignment(Image.ALIGN_CENTER);
            img.setSpacingAfter(8);
            add(img);
            PdfPTable t = table(6, 34, 30, 30);
            headerRow(t, "#", "Hotspot", "Representative point", "U.S. alignment");
            int n = 1;
            for (Hotspot hs : atlas.hotspots()) {
                GeoPoint g = hs.location();
                t.addCell(cell(Integer.toString(n++), hs.id(), null));
                t.addCell(cell(text(hs.name(), Style.SMALL_BOLD, hs.id()), null));
                t.addCell(cell(latLong(g), hs.id(), null));
                UsAlignment a = hs.assessment().alignment();
                t.addCell(cell(text(Words.alignmentShort(a), Style.SMALL_BOLD, INK, hs.id()), Words.alignmentTint(a)));
            }
            if (atlas.hotspots().isEmpty()) {
                t.addCell(emptyRow("No hotspots in this selection.", 4));
            }
            add(t);
        }

        private String latLong(GeoPoint g) {
            return String.format(Locale.ROOT, "%.2f\u00B0%s, %.2f\u00B0%s", Math.abs(g.latitude()),
                    g.latitude() >= 0 ? "N" : "S", Math.abs(g.longitude()), g.longitude() >= 0 ? "E" : "W");
        }

        private void drawMap(PdfTemplate t, float w, float mh, float legend) {
            float y0 = legend;
            t.saveState();
            t.setColorFill(new Color(0xEE, 0xF3, 0xF8));
            t.rectangle(0, y0, w, mh);
            t.fill();
            t.setLineWidth(0.3f);
            t.setColorStroke(new Color(0xB8, 0xC4, 0xD2));
            for (int lon = -180; lon <= 180; lon += 30) {
                float x = (lon + 180) / 360f * w;
                t.moveTo(x, y0);
                t.lineTo(x, y0 + mh);
            }
            for (int lat = -90; lat <= 90; lat += 30) {
                float y = y0 + (lat + 90) / 180f * mh;
                t.moveTo(0, y);
                t.lineTo(w, y);
            }
            t.stroke();
            t.setLineWidth(0.8f);
            t.setColorStroke(new Color(0x8A, 0x9B, 0xB0));
            t.moveTo(0, y0 + mh / 2);
            t.lineTo(w, y0 + mh / 2);
            t.moveTo(w / 2, y0);
            t.lineTo(w / 2, y0 + mh);
            t.stroke();
            BaseFont bf = ts.sans();
            t.beginText();
            t.setFontAndSize(bf, 5.5f);
            t.setColorFill(GREY);
            for (int lat = -60; lat <= 60; lat += 30) {
                String label = lat == 0 ? "0\u00B0" : Math.abs(lat) + "\u00B0" + (lat > 0 ? "N" : "S");
                t.showTextAligned(Element.ALIGN_LEFT, label, 2, y0 + (lat + 90) / 180f * mh + 1.5f, 0);
            }
            for (int lon = -150; lon <= 150; lon += 30) {
                String label = lon == 0 ? "0\u00B0" : Math.abs(lon) + "\u00B0" + (lon > 0 ? "E" : "W");
                t.showTextAligned(Element.ALIGN_CENTER, label, (lon + 180) / 360f * w, y0 + 2, 0);
            }
            t.endText();
            t.setLineWidth(0.8f);
            for (Hotspot h : atlas.hotspots()) {
                t.setColorStroke(Words.alignmentColor(h.assessment().alignment()));
                for (Theatre th : h.theatres()) {
                    float[] p = project(th.location(), w, mh, y0);
                    t.circle(p[0], p[1], 3.2f);
                    t.stroke();
                }
            }
            for (Hotspot h : atlas.hotspots()) {
                float[] p = project(h.location(), w, mh, y0);
                t.setColorFill(Words.alignmentColor(h.assessment().alignment()));
                t.setColorStroke(Color.WHITE);
                t.circle(p[0], p[1], 4.6f);
                t.fillStroke();
            }
            int n = 1;
            for (Hotspot h : atlas.hotspots()) {
                float[] p = project(h.location(), w, mh, y0);
                t.beginText();
                t.setFontAndSize(ts.sansBold(), 7f);
                t.setColorFill(INK);
                t.showTextAligned(Element.ALIGN_LEFT, Integer.toString(n++), p[0] + 6, p[1] - 2.4f, 0);
                t.endText();
            }
            // legend
            float x = 0;
            t.beginText();
            t.endText();
            for (UsAlignment a : UsAlignment.values()) {
                t.setColorFill(Words.alignmentColor(a));
                t.circle(x + 4, 8, 3.6f);
                t.fill();
                String label = Words.alignmentShort(a);
                t.beginText();
                t.setFontAndSize(bf, 7f);
                t.setColorFill(INK);
                t.showTextAligned(Element.ALIGN_LEFT, label, x + 10, 5.5f, 0);
                t.endText();
                x += 18 + bf.getWidthPoint(label, 7f);
            }
            t.restoreState();
        }

        private float[] project(GeoPoint g, float w, float mh, float y0) {
            return new float[] {(float) ((g.longitude() + 180) / 360 * w), (float) (y0 + (g.latitude() + 90) / 180 * mh)};
        }

        // -------------------------------------------------------------- hotspots

        void hotspots() throws DocumentException {
            doc.newPage();
            heading("hotspots", 1);
            add(para(atlas.hotspots().isEmpty() ? "This selection holds no hotspots."
                    : "One section per hotspot: the roles of the two powers, what they do together, where they "
                    + "part ways, what the source expects, and what it means for U.S. interests.", Style.BODY, "hotspots"));
            for (Hotspot h : atlas.hotspots()) {
                hotspot(h);
            }
        }

        void hotspot(Hotspot h) throws DocumentException {
            heading("h:" + h.id(), 2);
            {
                StringBuilder facts = new StringBuilder();
                facts.append("Region: ").append(Words.join(h.regions().stream().map(Words::title).toList()));
                if (!h.theatres().isEmpty()) {
                    facts.append(" \u00B7 Theatres: ").append(Words.join(h.theatres().stream().map(Theatre::name).toList()));
                }
                facts.append(" \u00B7 Pattern: ").append(Words.pattern(h.assessment().pattern()));
                if (!h.assessment().otherPatterns().isEmpty()) {
                    facts.append(" (also ").append(Words.join(h.assessment().otherPatterns().stream()
                            .map(Words::pattern).toList())).append(")");
                }
                facts.append(" \u00B7 U.S. interests: ").append(Words.alignment(h.assessment().alignment()));
                Paragraph p = new Paragraph(text(facts.toString(), Style.SMALL, GREY, h.id()));
                p.setSpacingAfter(6);
                add(p);
            }
            add(para(h.summary(), Style.BODY, "hotspot " + h.id() + " summary"));

            List<String> principalIds = firstId == null ? List.of() : List.of(firstId, secondId);
            for (String actor : principalIds) {
                subheading(atlas.actorName(actor) + "'s role");
                ActorRole r = h.role(actor).orElse(null);
                if (r == null) {
                    add(para("The data records no role for " + atlas.actorName(actor) + " here.", Style.BODY, h.id()));
                } else {
                    roleParagraphs(h, r);
                }
            }
            List<ActorRole> others = h.roles().stream()
                    .filter(r -> !principalIds.contains(r.actor())).toList();
            if (!others.isEmpty()) {
                subheading("Other actors");
                for (ActorRole r : others) {
                    add(cited(atlas.actorName(r.actor()), r.does() + " Aims: " + r.wants(), r.locators(),
                            "hotspot " + h.id() + " role " + r.actor(), 0));
                }
            }

            subheading("How they coordinate");
            Finding co = h.assessment().coordination();
            add(cited(Words.capital(Words.pattern(h.assessment().pattern())), co.text(), co.locators(),
                    "hotspot " + h.id() + " coordination", 0));
            if (!h.assessment().targets().isEmpty()) {
                add(para("Aimed at or against: " + Words.join(h.assessment().targets().stream().map(atlas::actorName).toList())
                        + ".", Style.SMALL, h.id()));
            }

            List<Claim> joint = atlas.analysis().jointActs(h.id());
            if (joint.isEmpty()) {
                subheading("Joint actions");
                add(para("The data records no act the two powers carry out together here.", Style.BODY, h.id()));
            } else {
                PdfPTable t = table(16, 17, 53, 14);
                headerRow(t, "When", "Action", "What", "Cites");
                for (Claim c : joint.subList(0, Math.min(MAX_JOINT_ROWS, joint.size()))) {
                    t.addCell(cell(when(c), c.id(), null));
                    t.addCell(cell(Words.capital(Words.label(c.action())), c.id(), null));
                    t.addCell(cell(c.summary(), "claim " + c.id(), null));
                    t.addCell(cell(text(Words.cites(c.locators()), Style.SMALL, GREY, c.id()), null));
                }
                block("Joint actions", null, t);
                if (joint.size() > MAX_JOINT_ROWS) {
                    add(para(more(joint.size() - MAX_JOINT_ROWS, "joint action", "joint actions", "Claims"),
                            Style.SMALL, h.id()));
                }
            }

            subheading("Divergences");
            if (h.assessment().divergences().isEmpty()) {
                add(para("The source notes no divergence between the two here.", Style.BODY, h.id()));
            }
            for (Finding f : h.assessment().divergences()) {
                add(cited(null, f.text(), f.locators(), "hotspot " + h.id() + " divergence", 0));
            }

            subheading("Outlook");
            List<Claim> forecasts = atlas.claimsIn(h.id()).stream()
                    .filter(c -> c.modality() == Modality.FORECAST
                            // a forecast that an outlook finding already states, from the same sentences, is not repeated
                            && h.assessment().outlook().stream().noneMatch(f -> f.text().equals(c.summary())
                                    || f.locators().containsAll(c.locators())))
                    .toList();
            if (h.assessment().outlook().isEmpty() && forecasts.isEmpty()) {
                add(para("The source gives no outlook for this hotspot.", Style.BODY, h.id()));
            }
            for (Finding f : h.assessment().outlook()) {
                add(cited(f.likelihood() == null ? Words.capital(Words.label(f.modality()))
                        : Words.capital(Words.likelihood(f.likelihood())), f.text(), f.locators(),
                        "hotspot " + h.id() + " outlook", 0));
            }
            for (Claim c : forecasts.subList(0, Math.min(MAX_FORECASTS, forecasts.size()))) {
                add(cited(c.likelihood() == null ? "Forecast" : Words.capital(Words.likelihood(c.likelihood())),
                        c.summary(), c.locators(), "claim " + c.id(), 0));
            }

            if (forecasts.size() > MAX_FORECASTS) {
                add(para(more(forecasts.size() - MAX_FORECASTS, "forecast", "forecasts", "Claims"), Style.SMALL, h.id()));
            }

            subheading("Implications for U.S. interests");
            Finding why = h.assessment().alignmentReason();
            add(cited(Words.capital(Words.alignment(h.assessment().alignment())), why.text()
                    + (why.voice() != Voice.AUTHOR ? " (view of: " + Words.label(why.voice()) + ")" : ""),
                    why.locators(), "hotspot " + h.id() + " alignment reason", 0));

            subheading("Citations");
            java.util.SortedSet<Locator> all = atlas.citationsOf(h.id());
            add(para("This section rests on " + Words.count(all.size(), "passage", "passages") + " of the source: "
                    + Words.cites(all) + ".", Style.SMALL, h.id()));
        }

        private void roleParagraphs(Hotspot h, ActorRole r) throws DocumentException {
            String rec = "hotspot " + h.id() + " role " + r.actor();
            add(cited("Does", r.does(), List.of(), rec, 0));
            add(cited("Seeks", r.wants(), List.of(), rec, 0));
            add(cited("Instruments", r.instruments().isEmpty() ? "none recorded"
                    : Words.join(r.instruments().stream().map(Words::label).toList()), r.locators(), rec, 0));
        }

        /** The note under a list cut to its cap, pointing at the workbook sheet that has it all. */
        private String more(int left, String one, String many, String sheet) {
            return "And " + Words.count(left, one, many) + " more, not listed in this brief; the Excel workbook's "
                    + sheet + " sheet has every one.";
        }

        private String when(Claim c) {
            return atlas.analysis().effectiveDate(c).map(t -> Words.date(t.date())
                    + (t.derivation() == org.hotspotatlas.core.model.DateDerivation.ENRICHMENT ? " *" : ""))
                    .orElse("not dated");
        }

        // -------------------------------------------------------------- timeline

        void timeline() throws DocumentException {
            doc.newPage();
            heading("timeline", 1);
            List<Event> events = atlas.timeline();
            add(para("The dated events in this brief, in order. A date marked * was made more precise from a "
                    + "checked reference; the source itself gives it less exactly.", Style.BODY, "timeline"));
            PdfPTable t = table(17, 37, 12, 20, 14);
            headerRow(t, "Date", "Event", "Kind", "Where / hotspot", "Cites");
            int row = 0;
            for (Event e : events.subList(0, Math.min(MAX_TIMELINE_ROWS, events.size()))) {
                Color bg = row++ % 2 == 1 ? ZEBRA : null;
                org.hotspotatlas.core.model.TimeRef date = atlas.analysis().effectiveDate(e);
                t.addCell(cell(Words.date(date.date())
                        + (date.derivation() == org.hotspotatlas.core.model.DateDerivation.ENRICHMENT ? " *" : ""), e.id(), bg));
                t.addCell(cell(e.title(), "event " + e.id(), bg));
                t.addCell(cell(Words.capital(Words.label(e.kind())), e.id(), bg));
                List<String> where = new ArrayList<>();
                if (e.place() != null) {
                    where.add(atlas.actorName(e.place()));
                }
                if (e.hotspot() != null) {
                    where.add(atlas.hotspotName(e.hotspot()));
                }
                t.addCell(cell(where.isEmpty() ? "\u2014" : String.join(" / ", where), e.id(), bg));
                t.addCell(cell(text(Words.cites(e.locators()), Style.SMALL, GREY, e.id()), bg));
            }
            if (events.isEmpty()) {
                t.addCell(emptyRow("No dated events in this selection.", 5));
            }
            add(t);
            if (events.size() > MAX_TIMELINE_ROWS) {
                add(para(more(events.size() - MAX_TIMELINE_ROWS, "later event", "later events", "Timeline"),
                        Style.SMALL, "timeline"));
            }
        }

        // -------------------------------------------------------------- method

        void method() throws DocumentException {
            doc.newPage();
            heading("method", 1);
            Source s = atlas.source();
            subheading("Source");
            add(para(s.title() + ". " + s.publisher() + ", " + s.publicationType() + ", " + Words.date(s.published())
                    + ". " + s.url(), Style.BODY, "source"));
            add(para("Data version " + atlas.dataVersion() + ", dataset format " + atlas.formatVersion() + ". The "
                    + "data is curated from this one source; names in other scripts and more precise dates come "
                    + "from checked references, which the dataset names.", Style.BODY, "source"));

            subheading("How locators work");
            int lines = s.outline().size();
            int sentences = s.outline().stream().mapToInt(Integer::intValue).sum();
            int uncited = atlas.uncitedAssertions().size();
            add(para("The source text is split into its non-empty lines, numbered from 1, and each line into "
                    + "sentences. \u00B6P names line P as a whole (a heading, say) and \u00B6P.S its sentence S. "
                    + "A long list groups the sentences of one paragraph: \u00B611.2\u20134 stands for sentences 2 "
                    + "to 4 of paragraph 11. The source has " + lines + " lines and " + sentences + " sentences; "
                    + s.asserting().size() + " of them make an assertion that some record must cite. The records in "
                    + "this brief cite "
                    + atlas.citedLocators().size() + " distinct passages"
                    + (uncited == 0 ? " and leaves no asserting sentence uncited." : "; " + uncited
                    + " asserting sentences are not cited by the records kept here."), Style.BODY, "source"));

            PdfPTable m = table(20, 66, 14);
            headerRow(m, "Modality", "Meaning", "Claims");
            for (Modality mod : Modality.values()) {
                m.addCell(cell(Words.capital(Words.label(mod)), "modality", null));
                m.addCell(cell(mod.description(), "modality", null));
                m.addCell(cell(Integer.toString(atlas.claimsWith(mod).size()), "modality", null));
            }
            block("Modality: how certain a statement is", null, m);

            PdfPTable v = table(24, 62, 14);
            headerRow(v, "Voice", "Meaning", "Claims");
            for (Voice voice : Voice.values()) {
                v.addCell(cell(Words.capital(Words.label(voice)), "voice", null));
                v.addCell(cell(voice.description(), "voice", null));
                v.addCell(cell(Long.toString(atlas.claims().stream().filter(c -> c.voice() == voice).count()),
                        "voice", null));
            }
            block("Voice: whose statement it is", null, v);

            Paragraph icd = (para("Where the source hedges a judgement or forecast with a word of likelihood, the data keeps the "
                    + "word and maps it to the band of U.S. Intelligence Community Directive 203.", Style.BODY, "icd"));
            PdfPTable l = table(30, 40, 30);
            headerRow(l, "Word", "Probability band", "Uses in this brief");
            for (Likelihood lk : Likelihood.values()) {
                long uses = atlas.claims().stream().filter(c -> c.likelihood() == lk).count()
                        + atlas.hotspots().stream().flatMap(h -> findings(h).stream()).filter(f -> f.likelihood() == lk).count();
                l.addCell(cell(Words.capital(Words.label(lk)), "icd", null));
                l.addCell(cell(lk.minPercent() + "\u2013" + lk.maxPercent() + " %", "icd", null));
                l.addCell(cell(Long.toString(uses), "icd", null));
            }
            block("Estimative words (ICD 203)", icd, l);

            PdfPTable p = table(24, 76);
            headerRow(p, "Term", "Meaning");
            for (CoordinationPattern cp : CoordinationPattern.values()) {
                p.addCell(cell(Words.capital(Words.pattern(cp)), "pattern", null));
                p.addCell(cell(cp.description(), "pattern", null));
            }
            for (UsAlignment a : UsAlignment.values()) {
                p.addCell(cell(text(Words.alignmentShort(a), Style.SMALL_BOLD, INK, "alignment"), Words.alignmentTint(a)));
                p.addCell(cell(a.description(), "alignment", null));
            }
            block("Coordination patterns and alignment", null, p);
        }

        private List<Finding> findings(Hotspot h) {
            List<Finding> f = new ArrayList<>();
            f.add(h.assessment().coordination());
            f.add(h.assessment().alignmentReason());
            f.addAll(h.assessment().divergences());
            f.addAll(h.assessment().outlook());
            return f;
        }
    }
}
