package org.hotspotatlas.export.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.URI;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.xml.namespace.QName;

import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
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
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFldChar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLook;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Lays one {@link BriefContent} out as a Word document. It decides typography and Word structure
 * only (styles, lists, tables, fields, links, the map as a picture); every word of the brief comes
 * from the content. One instance per export; not thread-safe.
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

    /** A heading: the key of its bookmark, its text, its level (1 to 3). */
    record Heading(String key, String title, int level) {}

    /** Direct run formatting on top of the paragraph style: bold, italic, size in points (0: the style's), colour. */
    private record Look(boolean bold, boolean italic, double size, String colour) {
        static final Look PLAIN = new Look(false, false, 0, null);
        static final Look BOLD = new Look(true, false, 0, null);
        static final Look SMALL = new Look(false, false, 8.5, WordStyles.GREY);
        static final Look LABEL = new Look(true, false, 0, WordStyles.NAVY);
    }

    private final BriefContent content;
    private final DocxOptions.PageSize pageSize;
    private final int textWidth;
    private final XWPFDocument doc = new XWPFDocument();
    private final List<Heading> headings;
    private final Map<String, String> bookmarks = new LinkedHashMap<>();
    private final List<String> warnings = new ArrayList<>();
    private int moreWarnings;
    private XWPFNumbering numbering;
    private BigInteger bullets;
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
     * Writes the document, its zip entries stamped by POI (the caller re-stamps them).
     *
     * @return the warnings
     */
    List<String> write(OutputStream out) throws IOException {
        doc.createStyles().setStyles(WordStyles.styles(content.info().language(), textWidth));
        numbering = doc.createNumbering();
        for (CTAbstractNum a : WordStyles.numbering().getAbstractNumArray()) {
            numbering.addAbstractNum(new XWPFAbstractNum(a, numbering));
        }
        bullets = numbering.addNum(BigInteger.valueOf(WordStyles.BULLET_ABSTRACT));
        cover();
        contents();
        bottomLine();
        glance();
        hotspots();
        timeline();
        method();
        pageSetUp();
        properties();
        // Word recomputes the contents and page numbers on opening
        doc.enforceUpdateFields();
        currentWordMode();
        doc.write(out);
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
        text(paragraph(WordStyles.KICKER), "Policy brief \u00B7 " + BriefContentBuilder.TOOL, Look.PLAIN);
        text(paragraph(WordStyles.TITLE), c.title(), Look.PLAIN);
        text(paragraph(WordStyles.SUBTITLE), c.subtitle(), Look.PLAIN);
        for (Fact f : c.facts()) {
            XWPFParagraph p = paragraph(WordStyles.FACT);
            text(p, f.label(), Look.LABEL);
            p.createRun().addTab();
            if (f.link() != null && web(f.link())) {
                link(p, f.link(), f.value(), Look.PLAIN);
                text(p, " ", Look.PLAIN);
                link(p, f.link(), f.link().toString(), Look.PLAIN);
            } else {
                text(p, f.value(), Look.PLAIN);
            }
        }
        text(paragraph(WordStyles.NOTE), c.about(), Look.PLAIN);
    }

    /**
     * The contents: a TOC field, marked dirty, that Word rebuilds with page numbers when it opens the
     * document. Its cached result lists the headings, each a link to its heading, without page
     * numbers: a reader that shows the cached result as it is (LibreOffice does) would otherwise
     * show numbers nobody computed.
     */
    private void contents() {
        where = "the contents";
        text(paragraph(WordStyles.TOC_HEADING), BriefContent.CONTENTS, Look.PLAIN);
        List<Heading> entries = headings.stream().filter(h -> h.level() <= 2).toList();
        for (int i = 0; i < entries.size(); i++) {
            Heading h = entries.get(i);
            XWPFParagraph p = paragraph(WordStyles.toc(h.level()));
            if (i == 0) {
                // dirty: the cached entries have no page numbers yet
                fieldChar(p.getCTP().addNewR(), STFldCharType.BEGIN).setDirty(Boolean.TRUE);
                instruction(p.getCTP().addNewR(), " TOC \\o \"1-2\" \\h \\z \\u ");
                fieldChar(p.getCTP().addNewR(), STFldCharType.SEPARATE);
            }
            String bookmark = bookmarks.get(h.key());
            CTHyperlink link = p.getCTP().addNewHyperlink();
            link.setAnchor(bookmark);
            XWPFHyperlinkRun r = new XWPFHyperlinkRun(link, link.addNewR(), p);
            r.setText(clean(h.title()));
            if (i == entries.size() - 1) {
                fieldChar(p.getCTP().addNewR(), STFldCharType.END);
            }
        }
    }

    private void bottomLine() {
        where = "the bottom line";
        BriefContent.BottomLine b = content.bottomLine();
        heading(BriefContent.Part.BOTTOM_LINE.key()).setPageBreak(true);
        if (!b.thesis().isEmpty() || !b.conclusion().isEmpty()) {
            heading("argument");
            for (Statement s : b.thesis()) {
                statement(paragraph(null), s);
            }
            for (Statement s : b.conclusion()) {
                statement(paragraph(null), s);
            }
        }
        heading("judgements");
        list(b.judgements(), true);
    }

    private void glance() {
        if (content.overview().isEmpty()) {
            return;
        }
        where = BriefContent.Part.GLANCE.title().toLowerCase(Locale.ROOT);
        heading(BriefContent.Part.GLANCE.key());
        content.overview().forEach(this::exhibit);
    }

    private void hotspots() {
        if (content.hotspots().isEmpty()) {
            return;
        }
        // no forced break: Word cannot tell whether the part would fit, and a forced one left most of a page empty
        heading(BriefContent.Part.HOTSPOTS.key());
        for (HotspotSection h : content.hotspots()) {
            where = "hotspot " + h.id();
            heading("h:" + h.id());
            // the heading, its key facts and the summary start a page together
            XWPFParagraph facts = paragraph(WordStyles.NOTE);
            facts.getCTP().getPPr().addNewKeepNext();
            text(facts, h.facts(), Look.PLAIN);
            text(paragraph(null), h.summary(), Look.PLAIN);
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
            statement(paragraph(null), h.usInterests());
            XWPFParagraph sources = paragraph(WordStyles.NOTE);
            text(sources, BriefContent.SOURCES, Look.PLAIN);
            citations(sources, h.sources());
        }
    }

    private void timeline() {
        content.timeline().ifPresent(e -> {
            where = "the timeline";
            heading(BriefContent.Part.TIMELINE.key());
            exhibit(e);
        });
    }

    private void method() {
        where = "the method";
        heading(BriefContent.Part.METHOD.key());
        // a short part: its paragraphs keep together, so the heading never ends a page alone
        for (Statement s : content.method().paragraphs()) {
            XWPFParagraph p = paragraph(null);
            p.getCTP().addNewPPr().addNewKeepNext();
            statement(p, s);
        }
        content.method().exhibits().forEach(this::exhibit);
    }

    // ------------------------------------------------------------------ blocks

    private XWPFParagraph paragraph(String style) {
        XWPFParagraph p = doc.createParagraph();
        if (style != null) {
            p.setStyle(style);
        }
        return p;
    }

    /** A heading of the contents, with its bookmark around the text. */
    private XWPFParagraph heading(String key) {
        Heading h = headings.stream().filter(x -> x.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no heading " + key));
        XWPFParagraph p = paragraph(WordStyles.heading(h.level()));
        BigInteger id = BigInteger.valueOf(headings.indexOf(h) + 1L);
        CTBookmark start = p.getCTP().addNewBookmarkStart();
        start.setId(id);
        start.setName(bookmarks.get(key));
        text(p, h.title(), Look.PLAIN);
        p.getCTP().addNewBookmarkEnd().setId(id);
        return p;
    }

    private void subheading(String title) {
        text(paragraph(WordStyles.heading(3)), title, Look.PLAIN);
    }

    /** Statements as a bulleted or numbered list; each numbered list starts at 1. */
    private void list(List<Statement> statements, boolean numbered) {
        if (statements.isEmpty()) {
            return;
        }
        BigInteger num = bullets;
        if (numbered) {
            num = numbering.addNum(BigInteger.valueOf(WordStyles.NUMBERED_ABSTRACT));
            CTNum ct = numbering.getNum(num).getCTNum();
            ct.addNewLvlOverride().setIlvl(BigInteger.ZERO);
            ct.getLvlOverrideArray(0).addNewStartOverride().setVal(BigInteger.ONE);
        }
        for (Statement s : statements) {
            XWPFParagraph p = paragraph(WordStyles.LIST);
            p.setNumID(num);
            p.setNumILvl(BigInteger.ZERO);
            statement(p, s);
        }
    }

    /** Lead, text, whose it is, citations, and the note on a line of its own in smaller type. */
    private void statement(XWPFParagraph p, Statement s) {
        if (s.lead() != null && !s.lead().isEmpty()) {
            text(p, s.lead() + ". ", Look.BOLD);
        }
        linked(p, s.text(), s.citations(), Look.PLAIN);
        if (s.basis() != null) {
            text(p, " [" + BriefContentBuilder.basisTag(s.basis()) + "]", Look.SMALL);
        }
        citations(p, s.citations());
        if (s.note() != null) {
            p.createRun().addBreak();
            linked(p, s.note(), s.citations(), Look.SMALL);
        }
    }

    /** A text whose written locators that it cites are links, as in its citation list. */
    private void linked(XWPFParagraph p, String text, List<Citation> citations, Look look) {
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
    private void citations(XWPFParagraph p, List<Citation> citations) {
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
        XWPFParagraph caption = paragraph(WordStyles.CAPTION);
        text(caption, "Exhibit ", Look.PLAIN);
        field(caption, " SEQ Exhibit \\* ARABIC ", Integer.toString(e.number()));
        text(caption, ": " + e.caption(), Look.PLAIN);
        if (e instanceof TableExhibit t) {
            table(t);
        } else if (e instanceof MapExhibit m) {
            figure(m);
        }
        if (e.note() != null) {
            text(paragraph(WordStyles.NOTE), e.note(), Look.PLAIN);
        } else {
            // a table must not touch the next table or paragraph
            paragraph(WordStyles.NOTE);
        }
        where = saved;
    }

    private void table(TableExhibit t) {
        int columns = t.columns().size();
        XWPFTable table = doc.createTable(t.rows().size() + 1, columns);
        CTTblPr pr = table.getCTTbl().getTblPr();
        if (pr.isSetTblBorders()) {
            pr.unsetTblBorders();
        }
        table.setStyleID(WordStyles.TABLE);
        CTTblWidth width = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(textWidth));
        pr.addNewTblLayout().setType(STTblLayoutType.FIXED);
        CTTblLook look = pr.addNewTblLook();
        look.setVal(new byte[] {0x04, 0x20});
        look.setFirstRow(Boolean.TRUE);
        look.setLastRow(Boolean.FALSE);
        look.setFirstColumn(Boolean.FALSE);
        look.setLastColumn(Boolean.FALSE);
        look.setNoHBand(Boolean.FALSE);
        look.setNoVBand(Boolean.TRUE);

        int[] widths = new int[columns];
        double total = t.widths().stream().mapToDouble(Float::doubleValue).sum();
        int used = 0;
        for (int c = 0; c < columns; c++) {
            widths[c] = c == columns - 1 ? textWidth - used
                    : (int) Math.round(textWidth * t.widths().get(c) / total);
            used += widths[c];
        }
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
                : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }

        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        for (int c = 0; c < columns; c++) {
            XWPFTableCell cell = header.getCell(c);
            width(cell, widths[c]);
            cell.setColor(WordStyles.HEADER_FILL);
            XWPFParagraph p = cell.getParagraphs().get(0);
            p.setStyle(WordStyles.TABLE_HEADING);
            text(p, t.columns().get(c), Look.PLAIN);
        }
        boolean together = t.rows().size() <= KEEP_TOGETHER_ROWS;
        for (int r = 0; r < t.rows().size(); r++) {
            XWPFTableRow row = table.getRow(r + 1);
            row.setCantSplitRow(true);
            boolean keep = together && r < t.rows().size() - 1;
            List<Cell> cells = t.rows().get(r);
            for (int c = 0; c < columns; c++) {
                Cell data = cells.get(c);
                XWPFTableCell cell = row.getCell(c);
                width(cell, widths[c]);
                if (data.shade() >= 0) {
                    cell.setColor(String.format(Locale.ROOT, "%06X", data.shade() & 0xFFFFFF));
                }
                XWPFParagraph p = cell.getParagraphs().get(0);
                p.setStyle(WordStyles.TABLE_TEXT);
                if (keep) {
                    p.getCTP().getPPr().addNewKeepNext();
                }
                linked(p, data.text(), data.citations(), data.strong() ? Look.BOLD : Look.PLAIN);
                citations(p, data.citations());
            }
        }
    }

    private static void width(XWPFTableCell cell, int twips) {
        CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        CTTblWidth w = pr.isSetTcW() ? pr.getTcW() : pr.addNewTcW();
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(twips));
    }

    /** The map as a PNG of the same layout the PDF draws, with its alternative text on the picture. */
    private void figure(MapExhibit m) {
        double width = textWidth / 20.0;
        double height = m.map().view() == MapFigure.View.REGION ? MAP_HEIGHT_REGION : MAP_HEIGHT_WORLD;
        MapImage.Picture picture = MapImage.draw(m.map(), width, height,
                cp -> warn("character " + cp + " in a map label cannot be drawn by the embedded font"));
        XWPFParagraph p = paragraph(WordStyles.FIGURE);
        XWPFRun r = p.createRun();
        String alt = clean(picture.altText());
        String name = clean(m.title());
        try {
            XWPFPicture pic = r.addPicture(new ByteArrayInputStream(picture.png()), PictureType.PNG,
                    "exhibit-" + m.number() + "-map.png", Units.toEMU(picture.widthPoints()),
                    Units.toEMU(picture.heightPoints()));
            CTInline inline = r.getCTR().getDrawingArray(0).getInlineArray(0);
            // drawing ids must be unique and positive; the exhibit's number is both
            inline.getDocPr().setId(m.number());
            pic.getCTPicture().getNvPicPr().getCNvPr().setId(m.number());
            inline.getDocPr().setName(name);
            inline.getDocPr().setDescr(alt);
            pic.getCTPicture().getNvPicPr().getCNvPr().setDescr(alt);
        } catch (InvalidFormatException | IOException e) {
            throw new IllegalStateException("cannot embed the map picture: " + e.getMessage(), e);
        }
    }

    // ------------------------------------------------------------------ runs and fields

    /** Appends text: line feeds become line breaks and tabs Word tabs; characters XML cannot hold become U+FFFD. */
    private void text(XWPFParagraph p, String text, Look look) {
        String s = clean(text);
        int start = 0;
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : '\n';
            if (c == '\n' || c == '\t') {
                if (i > start) {
                    style(p.createRun(), look).setText(s.substring(start, i));
                }
                if (i < s.length()) {
                    XWPFRun r = style(p.createRun(), look);
                    if (c == '\n') {
                        r.addBreak();
                    } else {
                        r.addTab();
                    }
                }
                start = i + 1;
            }
        }
    }

    private void link(XWPFParagraph p, URI uri, String text, Look look) {
        XWPFHyperlinkRun r = p.createHyperlinkRun(uri.toASCIIString());
        r.setStyle(WordStyles.HYPERLINK);
        if (look.size() > 0) {
            r.setFontSize(look.size());
        }
        r.setText(clean(text).replace('\n', ' ').replace('\t', ' '));
    }

    private static XWPFRun style(XWPFRun r, Look look) {
        if (look.bold()) {
            r.setBold(true);
        }
        if (look.italic()) {
            r.setItalic(true);
        }
        if (look.size() > 0) {
            r.setFontSize(look.size());
        }
        if (look.colour() != null) {
            r.setColor(look.colour());
        }
        return r;
    }

    /** A complex field with its cached result. */
    private void field(XWPFParagraph p, String instruction, String cached) {
        fieldChar(p.getCTP().addNewR(), STFldCharType.BEGIN);
        instruction(p.getCTP().addNewR(), instruction);
        fieldChar(p.getCTP().addNewR(), STFldCharType.SEPARATE);
        if (!cached.isEmpty()) {
            p.getCTP().addNewR().addNewT().setStringValue(cached);
        }
        fieldChar(p.getCTP().addNewR(), STFldCharType.END);
    }

    private static CTFldChar fieldChar(CTR r, STFldCharType.Enum type) {
        CTFldChar c = r.addNewFldChar();
        c.setFldCharType(type);
        return c;
    }

    private static void instruction(CTR r, String text) {
        CTText t = r.addNewInstrText();
        t.setStringValue(text);
        t.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
    }

    // ------------------------------------------------------------------ page and properties

    private void pageSetUp() {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        // the cover has no running head or foot
        doc.createHeader(HeaderFooterType.FIRST);
        doc.createFooter(HeaderFooterType.FIRST);
        XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
        where = "the running head";
        XWPFParagraph h = header.createParagraph();
        h.setStyle(WordStyles.HEADER);
        h.createRun().addTab();
        h.createRun().addTab();
        text(h, content.info().title(), Look.PLAIN);
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph f = footer.createParagraph();
        f.setStyle(WordStyles.FOOTER);
        text(f, content.info().author() + " \u00B7 data " + content.info().dataVersion() + " \u00B7 "
                + content.info().dateText(), Look.PLAIN);
        f.createRun().addTab();
        f.createRun().addTab();
        text(f, "Page ", Look.PLAIN);
        field(f, " PAGE ", "1");
        text(f, " of ", Look.PLAIN);
        field(f, " NUMPAGES ", "1");

        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(pageSize.widthTwips));
        size.setH(BigInteger.valueOf(pageSize.heightTwips));
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(MARGIN_TOP));
        mar.setBottom(BigInteger.valueOf(MARGIN_TOP));
        mar.setLeft(BigInteger.valueOf(MARGIN_SIDE));
        mar.setRight(BigInteger.valueOf(MARGIN_SIDE));
        mar.setHeader(BigInteger.valueOf(MARGIN_HEADER));
        mar.setFooter(BigInteger.valueOf(MARGIN_HEADER));
        mar.setGutter(BigInteger.ZERO);
        if (!sect.isSetTitlePg()) {
            sect.addNewTitlePg();
        }
    }

    /**
     * Marks the document as written for current Word (compatibility mode 15): without it Word opens
     * the file in "Compatibility Mode", as a Word 2007 document. POI's schema subset has no class for
     * the element, so it is written through a cursor, after {@code w:updateFields} as the schema orders.
     */
    private void currentWordMode() {
        String w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        try (XmlCursor c = doc.getSettings().getCTSettings().newCursor()) {
            c.toEndToken();
            c.beginElement(new QName(w, "compat", "w"));
            c.beginElement(new QName(w, "compatSetting", "w"));
            c.insertAttributeWithValue(new QName(w, "name", "w"), "compatibilityMode");
            c.insertAttributeWithValue(new QName(w, "uri", "w"), "http://schemas.microsoft.com/office/word");
            c.insertAttributeWithValue(new QName(w, "val", "w"), "15");
        }
    }

    /** Title, subject, author, keywords, language and dates from the content: no clock, no publisher. */
    private void properties() {
        BriefContent.Info info = content.info();
        where = "the document properties";
        POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
        core.setTitle(clean(info.title()));
        core.setSubjectProperty(clean(info.subject()));
        core.setCreator(clean(info.author()));
        core.setLastModifiedByUser(clean(info.author()));
        core.setKeywords(clean(String.join(", ", info.keywords())));
        Date date = Date.from(info.date().atStartOfDay(ZoneOffset.UTC).toInstant());
        core.setCreated(Optional.of(date));
        core.setModified(Optional.of(date));
        core.getUnderlyingProperties().setLanguageProperty(info.language());
        doc.getProperties().getExtendedProperties().getUnderlyingProperties().setApplication(clean(info.creator()));
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
