package org.hotspotatlas.export.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.hotspotatlas.export.brief.BriefContent;
import org.hotspotatlas.export.brief.BriefContent.Cell;
import org.hotspotatlas.export.brief.BriefContent.Citation;
import org.hotspotatlas.export.brief.BriefContent.CitedRange;
import org.hotspotatlas.export.brief.BriefContent.Exhibit;
import org.hotspotatlas.export.brief.BriefContent.Fact;
import org.hotspotatlas.export.brief.BriefContent.HotspotSection;
import org.hotspotatlas.export.brief.BriefContent.MapExhibit;
import org.hotspotatlas.export.brief.BriefContent.Statement;
import org.hotspotatlas.export.brief.BriefContent.TableExhibit;
import org.hotspotatlas.export.brief.BriefContentBuilder;
import org.hotspotatlas.export.brief.MapFigure;
import org.hotspotatlas.export.ooxml.DeterministicZip;

/**
 * Lays one {@link BriefContent} out as a Word document. It decides typography and Word structure
 * only (styles, lists, tables, fields, links, the map as a picture); every word of the brief comes
 * from the content. One instance per export; not thread-safe.
 *
 * <p>The parts of the package are written as WordprocessingML text, not through POI's XWPF: the
 * brief uses a small, fixed subset of the format, and building it in XMLBeans' object model cost a
 * cold command line about half a second of CPU. Elements are written in the order the schema
 * (ECMA-376 part 1) sets, since Word may refuse a document whose properties are out of order; the
 * tests validate every part against the schema and read the document back with POI and python-docx.
 */
final class WordBrief {

    /** Page margins in twips: 2.5 cm at the sides for lines of about 85 characters, 2.2 cm top and bottom. */
    static final int MARGIN_SIDE = 1418;
    static final int MARGIN_TOP = 1247;
    static final int MARGIN_HEADER = 624;

    /** Heights of the map frame in points, as in the PDF brief: the world, and a one-hotspot regional view. */
    static final double MAP_HEIGHT_WORLD = 250;
    static final double MAP_HEIGHT_REGION = 210;

    /**
     * A table of at most this many rows is kept on one page with its caption (each row keeps with the
     * next); a longer one may split between rows, its header row repeated, so that it leaves no
     * half-empty page before it.
     */
    static final int KEEP_TOGETHER_ROWS = 6;

    /** At most this many warnings are listed; the rest are counted. */
    static final int MAX_WARNINGS = 50;

    private static final char REPLACEMENT = '\uFFFD';

    /** English Metric Units per point, the unit of DrawingML sizes. */
    private static final int EMU_PER_POINT = 12_700;

    private static final String NS_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String NS_WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
    private static final String NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private static final String NS_PIC = "http://schemas.openxmlformats.org/drawingml/2006/picture";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private static final String CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.";

    /** The document's fixed relationships; pictures and links are numbered after them. */
    private static final String RID_STYLES = "rId1";
    private static final String RID_SETTINGS = "rId2";
    private static final String RID_NUMBERING = "rId3";
    private static final String RID_HEADER_FIRST = "rId4";
    private static final String RID_FOOTER_FIRST = "rId5";
    private static final String RID_HEADER = "rId6";
    private static final String RID_FOOTER = "rId7";
    private static final int FIRST_FREE_RID = 8;

    /** A heading: the key of its bookmark, its text, its level (1 to 3). */
    record Heading(String key, String title, int level) {}

    /** Direct run formatting on top of the paragraph style: bold, italic, size in points (0: the style's), colour. */
    private record Look(boolean bold, boolean italic, double size, String colour) {
        static final Look PLAIN = new Look(false, false, 0, null);
        static final Look BOLD = new Look(true, false, 0, null);
        static final Look SMALL = new Look(false, false, 8.5, WordStyles.GREY);
        static final Look LABEL = new Look(true, false, 0, WordStyles.NAVY);

        /** Appends the run properties, in the schema's order, or nothing for plain text. */
        void properties(StringBuilder x, boolean link) {
            if (!link && !bold && !italic && size <= 0 && colour == null) {
                return;
            }
            x.append("<w:rPr>");
            if (link) {
                x.append("<w:rStyle w:val=\"").append(WordStyles.HYPERLINK).append("\"/>");
            }
            if (bold) {
                x.append("<w:b/>");
            }
            if (italic) {
                x.append("<w:i/>");
            }
            if (colour != null && !link) {
                x.append("<w:color w:val=\"").append(colour).append("\"/>");
            }
            if (size > 0) {
                long half = Math.round(size * 2);
                x.append("<w:sz w:val=\"").append(half).append("\"/><w:szCs w:val=\"").append(half).append("\"/>");
            }
            x.append("</w:rPr>");
        }
    }

    /**
     * A paragraph being written: its properties, settled before its runs are written, and its runs.
     * {@link #xml} gives it in the schema's order: style, keep with next, page break before, list.
     */
    private static final class Para {
        final String style;
        boolean keepNext;
        boolean pageBreakBefore;
        int numId;
        final StringBuilder runs = new StringBuilder(256);

        Para(String style) {
            this.style = style;
        }

        void appendTo(StringBuilder x) {
            x.append("<w:p>");
            if (style != null || keepNext || pageBreakBefore || numId > 0) {
                x.append("<w:pPr>");
                if (style != null) {
                    x.append("<w:pStyle w:val=\"").append(style).append("\"/>");
                }
                if (keepNext) {
                    x.append("<w:keepNext/>");
                }
                if (pageBreakBefore) {
                    x.append("<w:pageBreakBefore/>");
                }
                if (numId > 0) {
                    x.append("<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"").append(numId).append("\"/></w:numPr>");
                }
                x.append("</w:pPr>");
            }
            x.append(runs).append("</w:p>");
        }
    }

    /** A picture of the package: its part name and its bytes. */
    private record Media(String name, byte[] png) {}

    private final BriefContent content;
    private final DocxOptions.PageSize pageSize;
    private final int textWidth;
    private final List<Heading> headings;
    private final Map<String, String> bookmarks = new LinkedHashMap<>();
    private final List<String> warnings = new ArrayList<>();
    private int moreWarnings;
    private final StringBuilder body = new StringBuilder(1 << 18);
    /** Relationships of the document after the fixed ones: id to the element that declares it. */
    private final Map<String, String> relationships = new LinkedHashMap<>();
    private final Map<String, String> linkIds = new HashMap<>();
    private final List<Media> media = new ArrayList<>();
    private final List<Integer> numberedLists = new ArrayList<>();
    private String where = "the brief";

    WordBrief(BriefContent content, DocxOptions.PageSize pageSize) {
        this.content = content;
        this.pageSize = pageSize;
        this.textWidth = pageSize.widthTwips - 2 * MARGIN_SIDE;
        this.headings = headings(content);
        for (Heading h : headings) {
            // hidden bookmarks (a leading underscore), numbered in reading order: stable names
            bookmarks.put(h.key(), String.format(Locale.ROOT, "_Toc%08d", bookmarks.size() + 1));
        }
    }

    /** @return the headings of the contents, in reading order, as the body sets them */
    static List<Heading> headings(BriefContent content) {
        List<Heading> list = new ArrayList<>();
        for (BriefContent.Part p : content.parts()) {
            list.add(new Heading(p.key(), p.title(), 1));
            if (p == BriefContent.Part.BOTTOM_LINE) {
                BriefContent.BottomLine b = content.bottomLine();
                if (!b.thesis().isEmpty() || !b.conclusion().isEmpty()) {
                    list.add(new Heading("argument", BriefContent.ARGUMENT, 2));
                }
                list.add(new Heading("judgements", BriefContent.JUDGEMENTS, 2));
            } else if (p == BriefContent.Part.HOTSPOTS) {
                for (HotspotSection h : content.hotspots()) {
                    list.add(new Heading("h:" + h.id(), h.name(), 2));
                }
            }
        }
        return List.copyOf(list);
    }

    /**
     * Writes the whole package to the stream, every zip entry stamped with the content's date. All
     * parts are made in memory first: a failure while laying the brief out writes nothing.
     *
     * @return the warnings
     */
    List<String> write(OutputStream out) throws IOException {
        cover();
        contents();
        bottomLine();
        glance();
        hotspots();
        timeline();
        method();
        String header = header();
        String footer = footer();
        body.append(sectionProperties());
        String core = coreProperties();

        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", part(contentTypes()));
        parts.put("_rels/.rels", part("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + relationship("rId1", REL + "officeDocument", "word/document.xml")
                + relationship("rId2", REL + "extended-properties", "docProps/app.xml")
                + relationship("rId3", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
                        "docProps/core.xml")
                + "</Relationships>"));
        parts.put("docProps/app.xml", part("<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                + "extended-properties\"><Application>" + escape(clean(content.info().creator())) + "</Application></Properties>"));
        parts.put("docProps/core.xml", part(core));
        parts.put("word/document.xml", part("<w:document xmlns:w=\"" + NS_W + "\" xmlns:r=\"" + NS_R + "\" xmlns:wp=\""
                + NS_WP + "\"><w:body>" + body + "</w:body></w:document>"));
        parts.put("word/_rels/document.xml.rels", part(documentRelationships()));
        parts.put("word/styles.xml", part(WordStyles.styles(clean(content.info().language()), textWidth)));
        parts.put("word/settings.xml", part(settings()));
        parts.put("word/numbering.xml", part(WordStyles.numbering(numberedLists)));
        parts.put("word/header1.xml", part("<w:hdr xmlns:w=\"" + NS_W + "\"><w:p/></w:hdr>"));
        parts.put("word/footer1.xml", part("<w:ftr xmlns:w=\"" + NS_W + "\"><w:p/></w:ftr>"));
        parts.put("word/header2.xml", part(header));
        parts.put("word/footer2.xml", part(footer));
        for (Media m : media) {
            parts.put("word/" + m.name(), m.png());
        }
        DeterministicZip.write(parts, out, DeterministicZip.entryTime(content.info().date()));
        List<String> all = new ArrayList<>(warnings);
        if (moreWarnings > 0) {
            all.add("... and " + moreWarnings + " more warnings like these");
        }
        return all;
    }

    // ------------------------------------------------------------------ parts

    private void cover() {
        where = "the cover";
        BriefContent.Cover c = content.cover();
        paragraph(WordStyles.KICKER, "Policy brief \u00B7 " + BriefContentBuilder.TOOL);
        paragraph(WordStyles.TITLE, c.title());
        paragraph(WordStyles.SUBTITLE, c.subtitle());
        for (Fact f : c.facts()) {
            Para p = new Para(WordStyles.FACT);
            text(p, f.label(), Look.LABEL);
            tab(p, Look.PLAIN);
            if (f.link() != null && web(f.link())) {
                link(p, f.link(), f.value(), Look.PLAIN);
                text(p, " ", Look.PLAIN);
                link(p, f.link(), f.link().toString(), Look.PLAIN);
            } else {
                text(p, f.value(), Look.PLAIN);
            }
            p.appendTo(body);
        }
        paragraph(WordStyles.NOTE, c.about());
    }

    /**
     * The contents: a TOC field, marked dirty, that Word rebuilds with page numbers when it opens the
     * document. Its cached result lists the headings, each a link to its heading, without page
     * numbers: a reader that shows the cached result as it is (LibreOffice does) would otherwise
     * show numbers nobody computed.
     */
    private void contents() {
        where = "the contents";
        paragraph(WordStyles.TOC_HEADING, BriefContent.CONTENTS);
        List<Heading> entries = headings.stream().filter(h -> h.level() <= 2).toList();
        for (int i = 0; i < entries.size(); i++) {
            Heading h = entries.get(i);
            Para p = new Para(WordStyles.toc(h.level()));
            if (i == 0) {
                // dirty: the cached entries have no page numbers yet
                p.runs.append("<w:r><w:fldChar w:fldCharType=\"begin\" w:dirty=\"true\"/></w:r>");
                instruction(p, " TOC \\o \"1-2\" \\h \\z \\u ");
                p.runs.append("<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>");
            }
            p.runs.append("<w:hyperlink w:anchor=\"").append(bookmarks.get(h.key())).append("\">");
            run(p, clean(h.title()).replace('\n', ' ').replace('\t', ' '), Look.PLAIN, false);
            p.runs.append("</w:hyperlink>");
            if (i == entries.size() - 1) {
                p.runs.append("<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>");
            }
            p.appendTo(body);
        }
    }

    private void bottomLine() {
        where = "the bottom line";
        BriefContent.BottomLine b = content.bottomLine();
        heading(BriefContent.Part.BOTTOM_LINE.key(), true);
        if (!b.thesis().isEmpty() || !b.conclusion().isEmpty()) {
            heading("argument", false);
            for (Statement s : b.thesis()) {
                statement(new Para(null), s);
            }
            for (Statement s : b.conclusion()) {
                statement(new Para(null), s);
            }
        }
        heading("judgements", false);
        list(b.judgements(), true);
    }

    private void glance() {
        if (content.overview().isEmpty()) {
            return;
        }
        where = BriefContent.Part.GLANCE.title().toLowerCase(Locale.ROOT);
        heading(BriefContent.Part.GLANCE.key(), false);
        content.overview().forEach(this::exhibit);
    }

    private void hotspots() {
        if (content.hotspots().isEmpty()) {
            return;
        }
        // no forced break: Word cannot tell whether the part would fit, and a forced one left most of a page empty
        heading(BriefContent.Part.HOTSPOTS.key(), false);
        for (HotspotSection h : content.hotspots()) {
            where = "hotspot " + h.id();
            heading("h:" + h.id(), false);
            // the heading, its key facts and the summary start a page together
            Para facts = new Para(WordStyles.NOTE);
            facts.keepNext = true;
            text(facts, h.facts(), Look.PLAIN);
            facts.appendTo(body);
            paragraph(null, h.summary());
            if (!h.roles().isEmpty()) {
                subheading(BriefContent.ROLES);
                list(h.roles(), false);
            }
            subheading(BriefContent.TOGETHER);
            list(h.together(), false);
            h.exhibits().forEach(this::exhibit);
            if (!h.apart().isEmpty()) {
                subheading(BriefContent.APART);
                list(h.apart(), false);
            }
            if (!h.expects().isEmpty()) {
                subheading(BriefContent.EXPECTS);
                list(h.expects(), false);
            }
            subheading(BriefContent.US_INTERESTS);
            statement(new Para(null), h.usInterests());
            Para sources = new Para(WordStyles.NOTE);
            text(sources, BriefContent.SOURCES, Look.PLAIN);
            citations(sources, h.sources());
            sources.appendTo(body);
        }
    }

    private void timeline() {
        content.timeline().ifPresent(e -> {
            where = "the timeline";
            heading(BriefContent.Part.TIMELINE.key(), false);
            exhibit(e);
        });
    }

    private void method() {
        where = "the method";
        heading(BriefContent.Part.METHOD.key(), false);
        // a short part: its paragraphs keep together, so the heading never ends a page alone
        for (Statement s : content.method().paragraphs()) {
            Para p = new Para(null);
            p.keepNext = true;
            statement(p, s);
        }
        content.method().exhibits().forEach(this::exhibit);
    }

    // ------------------------------------------------------------------ blocks

    /** A paragraph of one text in one style (null: Normal). */
    private void paragraph(String style, String text) {
        Para p = new Para(style);
        text(p, text, Look.PLAIN);
        p.appendTo(body);
    }

    /** A heading of the contents, with its bookmark around the text. */
    private void heading(String key, boolean pageBreakBefore) {
        Heading h = headings.stream().filter(x -> x.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no heading " + key));
        Para p = new Para(WordStyles.heading(h.level()));
        p.pageBreakBefore = pageBreakBefore;
        int id = headings.indexOf(h) + 1;
        p.runs.append("<w:bookmarkStart w:id=\"").append(id).append("\" w:name=\"").append(bookmarks.get(key)).append("\"/>");
        text(p, h.title(), Look.PLAIN);
        p.runs.append("<w:bookmarkEnd w:id=\"").append(id).append("\"/>");
        p.appendTo(body);
    }

    private void subheading(String title) {
        paragraph(WordStyles.heading(3), title);
    }

    /** Statements as a bulleted or numbered list; each numbered list starts at 1. */
    private void list(List<Statement> statements, boolean numbered) {
        if (statements.isEmpty()) {
            return;
        }
        int num = WordStyles.BULLETS;
        if (numbered) {
            num = WordStyles.BULLETS + numberedLists.size() + 1;
            numberedLists.add(num);
        }
        for (Statement s : statements) {
            Para p = new Para(WordStyles.LIST);
            p.numId = num;
            statement(p, s);
        }
    }

    /** Lead, text, whose it is, citations, and the note on a line of its own in smaller type; then ends the paragraph. */
    private void statement(Para p, Statement s) {
        if (s.lead() != null && !s.lead().isEmpty()) {
            text(p, s.lead() + ". ", Look.BOLD);
        }
        linked(p, s.text(), s.citations(), Look.PLAIN);
        if (s.basis() != null) {
            text(p, " [" + BriefContentBuilder.basisTag(s.basis()) + "]", Look.SMALL);
        }
        citations(p, s.citations());
        if (s.note() != null) {
            p.runs.append("<w:r><w:br/></w:r>");
            linked(p, s.note(), s.citations(), Look.SMALL);
        }
        p.appendTo(body);
    }

    /** A text whose written locators that it cites are links, as in its citation list. */
    private void linked(Para p, String text, List<Citation> citations, Look look) {
        for (BriefContent.TextPart part : BriefContent.inline(text, citations)) {
            Optional<URI> url = part.citation() == null ? Optional.empty() : part.citation().link().filter(WordBrief::web);
            if (url.isPresent()) {
                link(p, url.get(), part.text(), look);
            } else {
                text(p, part.text(), look);
            }
        }
    }

    /**
     * Appends " ¶4.2, ¶4.3" in small grey type, each locator a link to its passage where it has one; a
     * long list sets consecutive sentences as one link, ¶4.2–5, as {@link BriefContent#cite} decides.
     */
    private void citations(Para p, List<Citation> citations) {
        if (citations.isEmpty()) {
            return;
        }
        text(p, " ", Look.SMALL);
        List<CitedRange> ranges = BriefContent.cite(citations);
        for (int i = 0; i < ranges.size(); i++) {
            if (i > 0) {
                text(p, ", ", Look.SMALL);
            }
            CitedRange c = ranges.get(i);
            Optional<URI> url = c.link().filter(WordBrief::web);
            if (url.isPresent()) {
                link(p, url.get(), c.label(), Look.SMALL);
            } else {
                text(p, c.label(), Look.SMALL);
            }
        }
    }

    // ------------------------------------------------------------------ exhibits

    private void exhibit(Exhibit e) {
        String saved = where;
        where = "exhibit " + e.number();
        Para caption = new Para(WordStyles.CAPTION);
        text(caption, "Exhibit ", Look.PLAIN);
        field(caption, " SEQ Exhibit \\* ARABIC ", Integer.toString(e.number()));
        text(caption, ": " + e.caption(), Look.PLAIN);
        caption.appendTo(body);
        if (e instanceof TableExhibit t) {
            table(t);
        } else if (e instanceof MapExhibit m) {
            figure(m);
        }
        // a table must not touch the next table or paragraph: an empty note where there is none
        paragraph(WordStyles.NOTE, e.note() != null ? e.note() : "");
        where = saved;
    }

    private void table(TableExhibit t) {
        int columns = t.columns().size();
        int[] widths = new int[columns];
        double total = t.widths().stream().mapToDouble(Float::doubleValue).sum();
        int used = 0;
        for (int c = 0; c < columns; c++) {
            widths[c] = c == columns - 1 ? textWidth - used
                    : (int) Math.round(textWidth * t.widths().get(c) / total);
            used += widths[c];
        }
        body.append("<w:tbl><w:tblPr><w:tblStyle w:val=\"").append(WordStyles.TABLE).append("\"/><w:tblW w:w=\"")
                .append(textWidth).append("\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/>")
                .append("<w:tblLook w:val=\"0420\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\"")
                .append(" w:noHBand=\"0\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>");
        for (int w : widths) {
            body.append("<w:gridCol w:w=\"").append(w).append("\"/>");
        }
        body.append("</w:tblGrid>");

        body.append("<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>");
        for (int c = 0; c < columns; c++) {
            Para p = new Para(WordStyles.TABLE_HEADING);
            text(p, t.columns().get(c), Look.PLAIN);
            cell(widths[c], WordStyles.HEADER_FILL, p);
        }
        body.append("</w:tr>");
        boolean together = t.rows().size() <= KEEP_TOGETHER_ROWS;
        for (int r = 0; r < t.rows().size(); r++) {
            body.append("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
            boolean keep = together && r < t.rows().size() - 1;
            List<Cell> cells = t.rows().get(r);
            for (int c = 0; c < columns; c++) {
                Cell data = cells.get(c);
                Para p = new Para(WordStyles.TABLE_TEXT);
                p.keepNext = keep;
                linked(p, data.text(), data.citations(), data.strong() ? Look.BOLD : Look.PLAIN);
                citations(p, data.citations());
                cell(widths[c], data.shade() >= 0 ? String.format(Locale.ROOT, "%06X", data.shade() & 0xFFFFFF) : null, p);
            }
            body.append("</w:tr>");
        }
        body.append("</w:tbl>");
    }

    /** A table cell of the given width in twips and fill (null: none) holding one paragraph. */
    private void cell(int twips, String fill, Para p) {
        body.append("<w:tc><w:tcPr><w:tcW w:w=\"").append(twips).append("\" w:type=\"dxa\"/>");
        if (fill != null) {
            body.append("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"").append(fill).append("\"/>");
        }
        body.append("</w:tcPr>");
        p.appendTo(body);
        body.append("</w:tc>");
    }

    /** The map as a PNG of the same layout the PDF draws, with its alternative text on the picture. */
    private void figure(MapExhibit m) {
        double width = textWidth / 20.0;
        double height = m.map().view() == MapFigure.View.REGION ? MAP_HEIGHT_REGION : MAP_HEIGHT_WORLD;
        MapImage.Picture picture = MapImage.draw(m.map(), width, height,
                cp -> warn("character " + cp + " in a map label cannot be drawn by the embedded font"));
        String name = "media/image" + (media.size() + 1) + ".png";
        media.add(new Media(name, picture.png()));
        String rid = relationship(REL + "image", name, false);
        String alt = attribute(clean(picture.altText()));
        String title = attribute(clean(m.title()));
        long cx = Math.round(picture.widthPoints() * EMU_PER_POINT);
        long cy = Math.round(picture.heightPoints() * EMU_PER_POINT);
        // drawing ids must be unique and positive; the exhibit's number is both
        int id = m.number();
        Para p = new Para(WordStyles.FIGURE);
        p.runs.append("<w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\">")
                .append("<wp:extent cx=\"").append(cx).append("\" cy=\"").append(cy).append("\"/>")
                .append("<wp:docPr id=\"").append(id).append("\" name=\"").append(title).append("\" descr=\"").append(alt)
                .append("\"/><wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a=\"").append(NS_A)
                .append("\" noChangeAspect=\"1\"/></wp:cNvGraphicFramePr>")
                .append("<a:graphic xmlns:a=\"").append(NS_A).append("\"><a:graphicData uri=\"").append(NS_PIC).append("\">")
                .append("<pic:pic xmlns:pic=\"").append(NS_PIC).append("\"><pic:nvPicPr><pic:cNvPr id=\"").append(id)
                .append("\" name=\"").append(name.substring("media/".length())).append("\" descr=\"").append(alt)
                .append("\"/><pic:cNvPicPr><a:picLocks noChangeAspect=\"1\"/></pic:cNvPicPr></pic:nvPicPr>")
                .append("<pic:blipFill><a:blip r:embed=\"").append(rid).append("\"/><a:stretch><a:fillRect/></a:stretch>")
                .append("</pic:blipFill><pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"").append(cx).append("\" cy=\"")
                .append(cy).append("\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>")
                .append("</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>");
        p.appendTo(body);
    }

    // ------------------------------------------------------------------ runs and fields

    /** Appends text: line feeds become line breaks and tabs Word tabs; characters XML cannot hold become U+FFFD. */
    private void text(Para p, String text, Look look) {
        String s = clean(text);
        int start = 0;
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : '\n';
            if (c == '\n' || c == '\t') {
                if (i > start) {
                    run(p, s.substring(start, i), look, false);
                }
                if (i < s.length()) {
                    p.runs.append("<w:r>");
                    look.properties(p.runs, false);
                    p.runs.append(c == '\n' ? "<w:br/>" : "<w:tab/>").append("</w:r>");
                }
                start = i + 1;
            }
        }
    }

    private static void tab(Para p, Look look) {
        p.runs.append("<w:r>");
        look.properties(p.runs, false);
        p.runs.append("<w:tab/></w:r>");
    }

    /** One run of clean text with no line feed or tab. */
    private static void run(Para p, String text, Look look, boolean link) {
        p.runs.append("<w:r>");
        look.properties(p.runs, link);
        p.runs.append("<w:t");
        if (!text.isEmpty() && (text.charAt(0) == ' ' || text.charAt(text.length() - 1) == ' ' || text.contains("  "))) {
            p.runs.append(" xml:space=\"preserve\"");
        }
        p.runs.append('>');
        escape(p.runs, text, false);
        p.runs.append("</w:t></w:r>");
    }

    /** A link to a web address: one relationship per address, however many links point there. */
    private void link(Para p, URI uri, String text, Look look) {
        String rid = linkIds.computeIfAbsent(uri.toASCIIString(), u -> relationship(REL + "hyperlink", u, true));
        p.runs.append("<w:hyperlink r:id=\"").append(rid).append("\">");
        run(p, clean(text).replace('\n', ' ').replace('\t', ' '), look, true);
        p.runs.append("</w:hyperlink>");
    }

    /** A complex field with its cached result. */
    private static void field(Para p, String instruction, String cached) {
        p.runs.append("<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>");
        instruction(p, instruction);
        p.runs.append("<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>");
        if (!cached.isEmpty()) {
            run(p, cached, Look.PLAIN, false);
        }
        p.runs.append("<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>");
    }

    private static void instruction(Para p, String text) {
        p.runs.append("<w:r><w:instrText xml:space=\"preserve\">");
        escape(p.runs, text, false);
        p.runs.append("</w:instrText></w:r>");
    }

    // ------------------------------------------------------------------ page, package and properties

    /** The running head: the title at the right. The cover's own head and foot are empty. */
    private String header() {
        where = "the running head";
        Para h = new Para(WordStyles.HEADER);
        tab(h, Look.PLAIN);
        tab(h, Look.PLAIN);
        text(h, content.info().title(), Look.PLAIN);
        StringBuilder x = new StringBuilder("<w:hdr xmlns:w=\"" + NS_W + "\" xmlns:r=\"" + NS_R + "\">");
        h.appendTo(x);
        return x.append("</w:hdr>").toString();
    }

    /** The running foot: author, data version and date at the left, "Page X of Y" at the right. */
    private String footer() {
        where = "the running foot";
        Para f = new Para(WordStyles.FOOTER);
        text(f, content.info().author() + " \u00B7 data " + content.info().dataVersion() + " \u00B7 "
                + content.info().dateText(), Look.PLAIN);
        tab(f, Look.PLAIN);
        tab(f, Look.PLAIN);
        text(f, "Page ", Look.PLAIN);
        field(f, " PAGE ", "1");
        text(f, " of ", Look.PLAIN);
        field(f, " NUMPAGES ", "1");
        StringBuilder x = new StringBuilder("<w:ftr xmlns:w=\"" + NS_W + "\" xmlns:r=\"" + NS_R + "\">");
        f.appendTo(x);
        return x.append("</w:ftr>").toString();
    }

    private String sectionProperties() {
        return "<w:sectPr>"
                + "<w:headerReference w:type=\"first\" r:id=\"" + RID_HEADER_FIRST + "\"/>"
                + "<w:footerReference w:type=\"first\" r:id=\"" + RID_FOOTER_FIRST + "\"/>"
                + "<w:headerReference w:type=\"default\" r:id=\"" + RID_HEADER + "\"/>"
                + "<w:footerReference w:type=\"default\" r:id=\"" + RID_FOOTER + "\"/>"
                + "<w:pgSz w:w=\"" + pageSize.widthTwips + "\" w:h=\"" + pageSize.heightTwips + "\"/>"
                + "<w:pgMar w:top=\"" + MARGIN_TOP + "\" w:right=\"" + MARGIN_SIDE + "\" w:bottom=\"" + MARGIN_TOP
                + "\" w:left=\"" + MARGIN_SIDE + "\" w:header=\"" + MARGIN_HEADER + "\" w:footer=\"" + MARGIN_HEADER
                + "\" w:gutter=\"0\"/>"
                // the cover has no running head or foot
                + "<w:titlePg/></w:sectPr>";
    }

    /**
     * Word brings the contents and page numbers up to date on opening ({@code w:updateFields}), and
     * opens the file as a current document (compatibility mode 15), not in "Compatibility Mode" as
     * a Word 2007 one.
     */
    private static String settings() {
        return "<w:settings xmlns:w=\"" + NS_W + "\"><w:updateFields w:val=\"true\"/><w:compat>"
                + "<w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/>"
                + "</w:compat></w:settings>";
    }

    /** Title, subject, author, keywords, language and dates from the content: no clock, no publisher. */
    private String coreProperties() {
        BriefContent.Info info = content.info();
        where = "the document properties";
        String date = DateTimeFormatter.ISO_INSTANT.format(info.date().atStartOfDay(ZoneOffset.UTC).toInstant());
        return "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
                + "<dc:title>" + escape(clean(info.title())) + "</dc:title>"
                + "<dc:subject>" + escape(clean(info.subject())) + "</dc:subject>"
                + "<dc:creator>" + escape(clean(info.author())) + "</dc:creator>"
                + "<cp:keywords>" + escape(clean(String.join(", ", info.keywords()))) + "</cp:keywords>"
                + "<cp:lastModifiedBy>" + escape(clean(info.author())) + "</cp:lastModifiedBy>"
                + "<dc:language>" + escape(clean(info.language())) + "</dc:language>"
                + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">" + date + "</dcterms:created>"
                + "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">" + date + "</dcterms:modified>"
                + "</cp:coreProperties>";
    }

    private String contentTypes() {
        StringBuilder x = new StringBuilder(2048)
                .append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
                .append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>")
                .append("<Default Extension=\"xml\" ContentType=\"application/xml\"/>");
        if (!media.isEmpty()) {
            x.append("<Default Extension=\"png\" ContentType=\"image/png\"/>");
        }
        override(x, "/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml");
        override(x, "/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml");
        override(x, "/word/document.xml", CT + "document.main+xml");
        override(x, "/word/styles.xml", CT + "styles+xml");
        override(x, "/word/settings.xml", CT + "settings+xml");
        override(x, "/word/numbering.xml", CT + "numbering+xml");
        override(x, "/word/header1.xml", CT + "header+xml");
        override(x, "/word/footer1.xml", CT + "footer+xml");
        override(x, "/word/header2.xml", CT + "header+xml");
        override(x, "/word/footer2.xml", CT + "footer+xml");
        return x.append("</Types>").toString();
    }

    private static void override(StringBuilder x, String part, String type) {
        x.append("<Override PartName=\"").append(part).append("\" ContentType=\"").append(type).append("\"/>");
    }

    private String documentRelationships() {
        StringBuilder x = new StringBuilder(4096)
                .append("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">")
                .append(relationship(RID_STYLES, REL + "styles", "styles.xml"))
                .append(relationship(RID_SETTINGS, REL + "settings", "settings.xml"))
                .append(relationship(RID_NUMBERING, REL + "numbering", "numbering.xml"))
                .append(relationship(RID_HEADER_FIRST, REL + "header", "header1.xml"))
                .append(relationship(RID_FOOTER_FIRST, REL + "footer", "footer1.xml"))
                .append(relationship(RID_HEADER, REL + "header", "header2.xml"))
                .append(relationship(RID_FOOTER, REL + "footer", "footer2.xml"));
        relationships.values().forEach(x::append);
        return x.append("</Relationships>").toString();
    }

    /** Adds a relationship of the document after the fixed ones; {@return its id} */
    private String relationship(String type, String target, boolean external) {
        String id = "rId" + (FIRST_FREE_RID + relationships.size());
        relationships.put(id, "<Relationship Id=\"" + id + "\" Type=\"" + type + "\" Target=\"" + attribute(target) + "\""
                + (external ? " TargetMode=\"External\"" : "") + "/>");
        return id;
    }

    private static String relationship(String id, String type, String target) {
        return "<Relationship Id=\"" + id + "\" Type=\"" + type + "\" Target=\"" + target + "\"/>";
    }

    /** {@return the part's bytes: an XML declaration and the part, in UTF-8} */
    private static byte[] part(String xml) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + xml).getBytes(StandardCharsets.UTF_8);
    }

    /** {@return clean text escaped for element content} */
    private static String escape(String text) {
        StringBuilder x = new StringBuilder(text.length() + 16);
        escape(x, text, false);
        return x.toString();
    }

    /** {@return clean text escaped for an attribute value in double quotes} */
    private static String attribute(String text) {
        StringBuilder x = new StringBuilder(text.length() + 16);
        escape(x, text, true);
        return x.toString();
    }

    /**
     * Appends clean text (see {@link #clean}) escaped for XML: markup characters as entities, and in
     * an attribute also quotes, line feeds and tabs, which an attribute would otherwise turn into
     * spaces.
     */
    private static void escape(StringBuilder x, String text, boolean attribute) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> x.append("&amp;");
                case '<' -> x.append("&lt;");
                case '>' -> x.append("&gt;");
                case '"' -> x.append(attribute ? "&quot;" : "\"");
                case '\n' -> x.append(attribute ? "&#10;" : "\n");
                case '\t' -> x.append(attribute ? "&#9;" : "\t");
                default -> x.append(c);
            }
        }
    }

    // ------------------------------------------------------------------ text safety

    /** @return whether a link may be written: web addresses only, never files or scripts */
    static boolean web(URI uri) {
        String scheme = uri.getScheme();
        return scheme != null && (scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase("http"))
                && uri.getHost() != null;
    }

    /**
     * @return the text with each bidirectional control shown as a marker such as [U+202E], each
     *         character XML 1.0 cannot hold replaced by U+FFFD (reported), and
     *         carriage returns turned into line feeds
     */
    String clean(String raw) {
        // a bidirectional control is shown as a marker, as in the PDF, so that nothing reorders the text
        String text = org.hotspotatlas.core.model.TextSafety.showBidiControls(raw);
        StringBuilder sb = null;
        int bad = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char out = c;
            if (c == '\r') {
                out = i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 0 : '\n';
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (sb != null) {
                    sb.append(c).append(text.charAt(i + 1));
                }
                i++;
                continue;
            } else if (c < 0x20 && c != '\t' && c != '\n' || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
                out = REPLACEMENT;
                bad++;
            }
            if (out != c && sb == null) {
                sb = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (sb != null && out != 0) {
                sb.append(out);
            }
        }
        if (bad > 0) {
            warn(bad + (bad == 1 ? " character" : " characters") + " in " + where
                    + " that XML cannot hold replaced with U+FFFD");
        }
        return sb == null ? text : sb.toString();
    }

    private void warn(String warning) {
        if (warnings.contains(warning)) {
            return;
        }
        if (warnings.size() < MAX_WARNINGS) {
            warnings.add(warning);
        } else {
            moreWarnings++;
        }
    }
}
