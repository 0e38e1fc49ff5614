package org.hotspotatlas.export.docx;

import java.util.List;
import java.util.Locale;

/**
 * The Word brief's styles part and numbering part. The headings, title, captions, contents entries,
 * list paragraph, header, footer and hyperlink styles carry Word's built-in style names ("heading 1",
 * "toc 1", "caption", ...), so Word treats them as its own: the navigation pane, the table of
 * contents field, the caption and cross-reference dialogs and an editor's house template all
 * recognise them. The document language is set in the default run properties.
 */
final class WordStyles {
    private WordStyles() {}

    static final String NAVY = "1B365D";
    static final String GREY = "5F5F5F";
    static final String INK = "1F1F1F";
    static final String LINK = "1F4E8C";
    static final String HEADER_FILL = "DCE3ED";
    static final String RULE = "BFC5CE";

    static final String FONT = "Calibri";

    /** Paragraph style ids. */
    static final String TITLE = "Title";
    static final String SUBTITLE = "Subtitle";
    static final String KICKER = "Kicker";
    static final String CAPTION = "Caption";
    static final String TOC_HEADING = "TOCHeading";
    static final String LIST = "ListParagraph";
    static final String NOTE = "BriefNote";
    static final String FACT = "CoverFact";
    static final String TABLE_TEXT = "TableText";
    static final String TABLE_HEADING = "TableHeading";
    static final String FIGURE = "Figure";
    static final String HEADER = "Header";
    static final String FOOTER = "Footer";
    /** Character style of links. */
    static final String HYPERLINK = "Hyperlink";
    /** Table style. */
    static final String TABLE = "TableGrid";

    /** The abstract lists: bulleted, and numbered (each numbered list gets a num of its own, so it starts at 1). */
    static final int BULLET_ABSTRACT = 0;
    static final int NUMBERED_ABSTRACT = 1;

    static String heading(int level) {
        return "Heading" + level;
    }

    static String toc(int level) {
        return "TOC" + level;
    }

    private static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

    /**
     * @param language  the document's language, a BCP 47 tag
     * @param textWidth the text width in twips, where the contents and footer tabs stop
     * @return the styles part, without its XML declaration
     */
    static String styles(String language, int textWidth) {
        String lang = escape(language);
        StringBuilder x = new StringBuilder(8192);
        x.append("<w:styles ").append(W).append('>');
        x.append("<w:docDefaults><w:rPrDefault><w:rPr>")
                .append(fonts())
                .append("<w:color w:val=\"").append(INK).append("\"/><w:sz w:val=\"21\"/><w:szCs w:val=\"21\"/>")
                .append("<w:lang w:val=\"").append(lang).append("\" w:eastAsia=\"").append(lang)
                .append("\" w:bidi=\"").append(lang).append("\"/>")
                .append("</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>")
                .append("<w:spacing w:after=\"120\" w:line=\"288\" w:lineRule=\"auto\"/>")
                .append("</w:pPr></w:pPrDefault></w:docDefaults>");
        // defaults Word expects to find
        x.append("<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/>"
                + "<w:qFormat/><w:pPr><w:widowControl/></w:pPr></w:style>");
        x.append("<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\">"
                + "<w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/>"
                + "<w:unhideWhenUsed/></w:style>");
        x.append("<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>"
                + "<w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w=\"0\" "
                + "w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/>"
                + "<w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr>"
                + "</w:style>");
        x.append("<w:style w:type=\"numbering\" w:default=\"1\" w:styleId=\"NoList\"><w:name w:val=\"No List\"/>"
                + "<w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/></w:style>");

        paragraph(x, TITLE, "Title", 10, "<w:spacing w:before=\"0\" w:after=\"120\" w:line=\"240\" w:lineRule=\"auto\"/>"
                + "<w:contextualSpacing/>", "<w:b/><w:bCs/><w:color w:val=\"" + NAVY + "\"/>" + size(26));
        paragraph(x, SUBTITLE, "Subtitle", 11, "<w:spacing w:after=\"360\"/>",
                "<w:color w:val=\"" + GREY + "\"/>" + size(14));
        custom(x, KICKER, "Brief Kicker", "<w:spacing w:before=\"480\" w:after=\"160\"/>",
                "<w:b/><w:bCs/><w:caps/><w:color w:val=\"" + GREY + "\"/><w:spacing w:val=\"10\"/>" + size(8.5));
        int[] before = {0, 360, 240, 180};
        int[] after = {0, 120, 80, 40};
        double[] sizes = {0, 17, 13, 11};
        for (int level = 1; level <= 3; level++) {
            x.append("<w:style w:type=\"paragraph\" w:styleId=\"").append(heading(level)).append("\">")
                    .append("<w:name w:val=\"heading ").append(level).append("\"/><w:basedOn w:val=\"Normal\"/>")
                    .append("<w:next w:val=\"Normal\"/><w:uiPriority w:val=\"9\"/>")
                    .append(level > 1 ? "<w:unhideWhenUsed/>" : "").append("<w:qFormat/><w:pPr><w:keepNext/><w:keepLines/>")
                    .append("<w:spacing w:before=\"").append(before[level]).append("\" w:after=\"").append(after[level])
                    .append("\" w:line=\"240\" w:lineRule=\"auto\"/><w:outlineLvl w:val=\"").append(level - 1)
                    .append("\"/></w:pPr><w:rPr><w:b/><w:bCs/><w:color w:val=\"").append(NAVY).append("\"/>")
                    .append(size(sizes[level])).append("</w:rPr></w:style>");
        }
        x.append("<w:style w:type=\"paragraph\" w:styleId=\"").append(TOC_HEADING).append("\"><w:name w:val=\"TOC Heading\"/>"
                + "<w:basedOn w:val=\"Heading1\"/><w:next w:val=\"Normal\"/><w:uiPriority w:val=\"39\"/>"
                + "<w:unhideWhenUsed/><w:qFormat/><w:pPr><w:spacing w:before=\"240\"/><w:outlineLvl w:val=\"9\"/>"
                + "</w:pPr><w:rPr>" + size(13) + "</w:rPr></w:style>");
        for (int level = 1; level <= 2; level++) {
            x.append("<w:style w:type=\"paragraph\" w:styleId=\"").append(toc(level)).append("\">")
                    .append("<w:name w:val=\"toc ").append(level).append("\"/><w:basedOn w:val=\"Normal\"/>")
                    .append("<w:next w:val=\"Normal\"/><w:uiPriority w:val=\"39\"/><w:unhideWhenUsed/><w:pPr>")
                    .append("<w:tabs><w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\"").append(textWidth).append("\"/></w:tabs>")
                    .append("<w:spacing w:before=\"").append(level == 1 ? 80 : 0).append("\" w:after=\"20\"/>")
                    .append(level == 2 ? "<w:ind w:left=\"280\"/>" : "").append("</w:pPr>")
                    .append(level == 1 ? "<w:rPr><w:b/><w:bCs/></w:rPr>" : "").append("</w:style>");
        }
        paragraph(x, CAPTION, "caption", 35, "<w:keepNext/><w:spacing w:before=\"200\" w:after=\"80\" w:line=\"240\" "
                + "w:lineRule=\"auto\"/>", "<w:b/><w:bCs/><w:color w:val=\"" + NAVY + "\"/>" + size(9));
        paragraph(x, LIST, "List Paragraph", 34, "<w:spacing w:after=\"80\"/><w:ind w:left=\"720\"/>", "");
        custom(x, NOTE, "Brief Note", "<w:spacing w:before=\"40\" w:after=\"120\" w:line=\"264\" w:lineRule=\"auto\"/>",
                "<w:color w:val=\"" + GREY + "\"/>" + size(8.5));
        custom(x, FACT, "Cover Fact", "<w:tabs><w:tab w:val=\"left\" w:pos=\"1701\"/></w:tabs>"
                + "<w:spacing w:after=\"80\" w:line=\"264\" w:lineRule=\"auto\"/><w:ind w:left=\"1701\" w:hanging=\"1701\"/>",
                size(9.5));
        custom(x, TABLE_TEXT, "Table Text", "<w:spacing w:before=\"20\" w:after=\"20\" w:line=\"252\" w:lineRule=\"auto\"/>",
                size(9));
        x.append("<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"").append(TABLE_HEADING)
                .append("\"><w:name w:val=\"Table Heading\"/><w:basedOn w:val=\"").append(TABLE_TEXT)
                .append("\"/><w:qFormat/><w:pPr><w:keepNext/></w:pPr><w:rPr><w:b/><w:bCs/><w:color w:val=\"")
                .append(NAVY).append("\"/></w:rPr></w:style>");
        custom(x, FIGURE, "Figure", "<w:keepNext/><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/><w:jc w:val=\"center\"/>", "");
        String tabs = "<w:tabs><w:tab w:val=\"center\" w:pos=\"" + textWidth / 2 + "\"/><w:tab w:val=\"right\" w:pos=\""
                + textWidth + "\"/></w:tabs><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>";
        paragraph(x, HEADER, "header", 99, tabs, "<w:color w:val=\"" + GREY + "\"/>" + size(8));
        paragraph(x, FOOTER, "footer", 99, tabs, "<w:color w:val=\"" + GREY + "\"/>" + size(8));
        x.append("<w:style w:type=\"character\" w:styleId=\"").append(HYPERLINK).append("\"><w:name w:val=\"Hyperlink\"/>"
                + "<w:basedOn w:val=\"DefaultParagraphFont\"/><w:uiPriority w:val=\"99\"/><w:unhideWhenUsed/><w:rPr>"
                + "<w:color w:val=\"" + LINK + "\"/><w:u w:val=\"single\"/></w:rPr></w:style>");
        x.append("<w:style w:type=\"table\" w:styleId=\"").append(TABLE).append("\"><w:name w:val=\"Table Grid\"/>"
                + "<w:basedOn w:val=\"TableNormal\"/><w:uiPriority w:val=\"59\"/><w:tblPr><w:tblBorders>");
        for (String side : new String[] {"top", "left", "bottom", "right", "insideH", "insideV"}) {
            x.append("<w:").append(side).append(" w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"").append(RULE)
                    .append("\"/>");
        }
        x.append("</w:tblBorders><w:tblCellMar><w:top w:w=\"28\" w:type=\"dxa\"/><w:left w:w=\"85\" w:type=\"dxa\"/>"
                + "<w:bottom w:w=\"28\" w:type=\"dxa\"/><w:right w:w=\"85\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr>"
                + "</w:style>");
        x.append("</w:styles>");
        return x.toString();
    }

    /** The list every bulleted paragraph uses. */
    static final int BULLETS = 1;

    /**
     * The numbering part: list {@link #BULLET_ABSTRACT} is bulleted, list {@link #NUMBERED_ABSTRACT}
     * numbered "1.", "2."; the bullets are list {@link #BULLETS}, and each numbered list is a list of
     * its own that restarts at 1.
     *
     * @param numbered the ids of the numbered lists, each greater than {@link #BULLETS}
     * @return the numbering part, without its XML declaration
     */
    static String numbering(List<Integer> numbered) {
        StringBuilder x = new StringBuilder(2048).append("<w:numbering ").append(W).append('>')
                .append("<w:abstractNum w:abstractNumId=\"").append(BULLET_ABSTRACT)
                .append("\"><w:multiLevelType w:val=\"hybridMultilevel\"/>")
                .append(level(0, "bullet", "\u2022", 360)).append(level(1, "bullet", "\u2013", 720)).append("</w:abstractNum>")
                .append("<w:abstractNum w:abstractNumId=\"").append(NUMBERED_ABSTRACT)
                .append("\"><w:multiLevelType w:val=\"hybridMultilevel\"/>")
                .append(level(0, "decimal", "%1.", 360)).append(level(1, "lowerLetter", "%2)", 720)).append("</w:abstractNum>");
        x.append("<w:num w:numId=\"").append(BULLETS).append("\"><w:abstractNumId w:val=\"").append(BULLET_ABSTRACT)
                .append("\"/></w:num>");
        for (int id : numbered) {
            x.append("<w:num w:numId=\"").append(id).append("\"><w:abstractNumId w:val=\"").append(NUMBERED_ABSTRACT)
                    .append("\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>");
        }
        return x.append("</w:numbering>").toString();
    }

    private static String level(int ilvl, String format, String text, int left) {
        return "<w:lvl w:ilvl=\"" + ilvl + "\"><w:start w:val=\"1\"/><w:numFmt w:val=\"" + format + "\"/><w:lvlText w:val=\""
                + text + "\"/><w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"" + left + "\" w:hanging=\"300\"/></w:pPr>"
                + (format.equals("bullet") ? "<w:rPr><w:color w:val=\"" + NAVY + "\"/></w:rPr>" : "") + "</w:lvl>";
    }

    private static String fonts() {
        return "<w:rFonts w:ascii=\"" + FONT + "\" w:hAnsi=\"" + FONT + "\" w:eastAsia=\"" + FONT + "\" w:cs=\"" + FONT + "\"/>";
    }

    private static String size(double points) {
        int half = (int) Math.round(points * 2);
        return String.format(Locale.ROOT, "<w:sz w:val=\"%d\"/><w:szCs w:val=\"%d\"/>", half, half);
    }

    /** A paragraph style with a built-in name. */
    private static void paragraph(StringBuilder x, String id, String name, int priority, String pPr, String rPr) {
        x.append("<w:style w:type=\"paragraph\" w:styleId=\"").append(id).append("\"><w:name w:val=\"").append(name)
                .append("\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:uiPriority w:val=\"")
                .append(priority).append("\"/><w:qFormat/><w:pPr>").append(pPr).append("</w:pPr><w:rPr>").append(rPr)
                .append("</w:rPr></w:style>");
    }

    /** A paragraph style of this brief's own. */
    private static void custom(StringBuilder x, String id, String name, String pPr, String rPr) {
        x.append("<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"").append(id).append("\"><w:name w:val=\"")
                .append(name).append("\"/><w:basedOn w:val=\"Normal\"/><w:qFormat/><w:pPr>").append(pPr)
                .append("</w:pPr><w:rPr>").append(rPr).append("</w:rPr></w:style>");
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }
}
