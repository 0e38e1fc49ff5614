package org.hotspotatlas.export.pdf;

import java.awt.Color;
import java.util.List;

import com.lowagie.text.Chunk;
import com.lowagie.text.Paragraph;

import org.hotspotatlas.export.brief.BriefContent;
import org.hotspotatlas.export.brief.BriefContent.Citation;
import org.hotspotatlas.export.brief.BriefContent.CitedRange;
import org.hotspotatlas.export.brief.BriefContent.Statement;
import org.hotspotatlas.export.brief.BriefContentBuilder;
import org.hotspotatlas.export.pdf.Typesetter.Style;

/** Paragraphs of the brief: text, statements with lead, basis and citations, links on the locators. */
final class Text {
    static final Color INK = new Color(0x1F, 0x1F, 0x1F);
    static final Color NAVY = new Color(0x1B, 0x36, 0x5D);
    static final Color GREY = new Color(0x5F, 0x5F, 0x5F);
    static final Color LINK = new Color(0x1F, 0x4E, 0x8C);
    /** Line spacing as a multiple of the type size. */
    static final float LEADING = 1.35f;
    static final float TABLE_LEADING = 1.3f;

    final Typesetter ts;
    /** Where the text being set comes from (a hotspot's id, say), for warnings about characters. */
    String where = "the brief";

    Text(Typesetter ts) {
        this.ts = ts;
    }

    static float leading(Style style) {
        return style.size * (style == Style.TABLE || style == Style.TABLE_BOLD ? TABLE_LEADING : LEADING);
    }

    Paragraph empty(Style style) {
        Paragraph p = new Paragraph();
        p.setFont(ts.font(style, INK));
        p.setLeading(leading(style));
        return p;
    }

    /** A paragraph of one style, followed by its citations in grey. */
    Paragraph paragraph(Style style, Color color, String text, List<Citation> citations, String record) {
        Paragraph p = empty(style);
        linked(p, text, citations, style, color, record);
        citations(p, citations, smaller(style), record);
        return p;
    }

    /** A statement: its lead in bold, its text, whose it is, its citations (its note: {@link #note}). */
    Paragraph statement(Statement s, Style style, String bullet, String record) {
        Paragraph p = empty(style);
        if (bullet != null) {
            p.setIndentationLeft(11);
            p.setFirstLineIndent(-11);
            add(p, bullet + "\u2002", style, NAVY, record);
        }
        if (s.lead() != null && !s.lead().isEmpty()) {
            add(p, s.lead() + ". ", bold(style), INK, record);
        }
        linked(p, s.text(), s.citations(), style, INK, record);
        Style small = smaller(style);
        if (s.basis() != null) {
            add(p, " [" + BriefContentBuilder.basisTag(s.basis()) + "]", small, GREY, record);
        }
        citations(p, s.citations(), small, record);
        return p;
    }

    /** A statement's note, in small grey type, to set under it at the same indent as its text. */
    Paragraph note(Statement s, Style style) {
        Paragraph p = empty(smaller(style));
        linked(p, s.note(), s.citations(), smaller(style), GREY, "note");
        return p;
    }

    static Style smaller(Style style) {
        return switch (style) {
            case TABLE, TABLE_BOLD, TINY -> Style.TINY;
            default -> Style.SMALL;
        };
    }

    static Style bold(Style style) {
        return switch (style) {
            case BODY -> Style.BOLD;
            case SMALL -> Style.SMALL_BOLD;
            case TABLE -> Style.TABLE_BOLD;
            default -> style;
        };
    }

    void add(Paragraph p, String text, Style style, Color color, String record) {
        for (Chunk c : ts.chunks(text, style, color, where)) {
            p.add(c);
        }
    }

    /** Adds a text whose written locators that it cites are links, as in its citation list. */
    void linked(Paragraph p, String text, List<Citation> citations, Style style, Color color, String record) {
        for (BriefContent.TextPart part : BriefContent.inline(text, citations)) {
            if (part.citation() == null || part.citation().link().isEmpty()) {
                add(p, part.text(), style, color, record);
            } else {
                String url = part.citation().link().get().toString();
                for (Chunk k : ts.chunks(part.text(), style, LINK, where)) {
                    k.setAnchor(url);
                    p.add(k);
                }
            }
        }
    }

    /**
     * Appends " ¶4.2, ¶4.3", each locator a link where it has one; a long list sets consecutive
     * sentences as one link, ¶4.2–5, as {@link BriefContent#cite} decides.
     */
    void citations(Paragraph p, List<Citation> citations, Style style, String record) {
        if (citations.isEmpty()) {
            return;
        }
        add(p, " ", style, GREY, record);
        List<CitedRange> ranges = BriefContent.cite(citations);
        for (int i = 0; i < ranges.size(); i++) {
            if (i > 0) {
                add(p, ", ", style, GREY, record);
            }
            link(p, ranges.get(i), style);
        }
    }

    private void link(Paragraph p, CitedRange c, Style style) {
        for (Chunk k : ts.chunks(c.label(), style, c.link().isPresent() ? LINK : GREY, where)) {
            c.link().ifPresent(u -> k.setAnchor(u.toString()));
            p.add(k);
        }
    }
}
