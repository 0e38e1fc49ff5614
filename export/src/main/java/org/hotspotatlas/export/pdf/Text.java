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
        Runs runs = new Runs(p);
        linked(runs, text, citations, style, color);
        citations(runs, citations, smaller(style));
        runs.flush();
        return p;
    }

    /** A statement: its lead in bold, its text, whose it is, its citations (its note: {@link #note}). */
    Paragraph statement(Statement s, Style style, String bullet, String record) {
        Paragraph p = empty(style);
        Runs runs = new Runs(p);
        if (bullet != null) {
            p.setIndentationLeft(11);
            p.setFirstLineIndent(-11);
            runs.add(bullet + "\u2002", style, NAVY, null);
        }
        if (s.lead() != null && !s.lead().isEmpty()) {
            runs.add(s.lead() + ". ", bold(style), INK, null);
        }
        linked(runs, s.text(), s.citations(), style, INK);
        Style small = smaller(style);
        if (s.basis() != null) {
            runs.add(" [" + BriefContentBuilder.basisTag(s.basis()) + "]", small, GREY, null);
        }
        citations(runs, s.citations(), small);
        runs.flush();
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
        Runs runs = new Runs(p);
        linked(runs, text, citations, style, color);
        runs.flush();
    }

    private void linked(Runs runs, String text, List<Citation> citations, Style style, Color color) {
        if (citations.isEmpty()) {
            // nothing to link: the text is one run (the split below would find no cited locator)
            runs.add(text == null ? "" : text, style, color, null);
            return;
        }
        for (BriefContent.TextPart part : BriefContent.inline(text, citations)) {
            if (part.citation() == null || part.citation().link().isEmpty()) {
                runs.add(part.text(), style, color, null);
            } else {
                runs.add(part.text(), style, LINK, part.citation().link().get().toString());
            }
        }
    }

    /**
     * Appends " ¶4.2, ¶4.3", each locator a link where it has one; a long list sets consecutive
     * sentences as one link, ¶4.2–5, as {@link BriefContent#cite} decides.
     */
    private void citations(Runs runs, List<Citation> citations, Style style) {
        if (citations.isEmpty()) {
            return;
        }
        runs.add(" ", style, GREY, null);
        List<CitedRange> ranges = BriefContent.cite(citations);
        for (int i = 0; i < ranges.size(); i++) {
            if (i > 0) {
                runs.add(", ", style, GREY, null);
            }
            CitedRange c = ranges.get(i);
            runs.add(c.label(), style, c.link().isPresent() ? LINK : GREY, c.link().map(Object::toString).orElse(null));
        }
    }

    /**
     * Gathers the pieces of a paragraph into runs before they become chunks: consecutive unlinked
     * pieces of one style and colour are set as one text (a long citation list without links is
     * then one run instead of hundreds of chunks, which OpenPDF would merge one by one, copying the
     * growing text each time); every linked piece stays a run of its own, so that each citation is
     * its own link.
     */
    final class Runs {
        private final Paragraph p;
        private final StringBuilder pending = new StringBuilder();
        private Style style;
        private Color color;

        Runs(Paragraph p) {
            this.p = p;
        }

        void add(String text, Style style, Color color, String url) {
            if (pending.length() > 0 && (url != null || style != this.style || !color.equals(this.color))) {
                flush();
            }
            if (url != null) {
                for (Chunk k : ts.chunks(text, style, color, where)) {
                    k.setAnchor(url);
                    p.add(k);
                }
                return;
            }
            this.style = style;
            this.color = color;
            pending.append(text);
        }

        void flush() {
            if (pending.length() > 0) {
                for (Chunk k : ts.chunks(pending.toString(), style, color, where)) {
                    p.add(k);
                }
                pending.setLength(0);
            }
        }
    }

}
