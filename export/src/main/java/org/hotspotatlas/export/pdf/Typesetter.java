package org.hotspotatlas.export.pdf;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.lowagie.text.Chunk;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;

/**
 * The embedded fonts of one export and the character-by-character fallback between them: each
 * character is set in the first font that has it (DejaVu Sans, then WenQuanYi Micro Hei); a
 * character neither has becomes U+FFFD and a warning naming its code point and the record it came
 * from. One instance per export; not thread-safe.
 */
final class Typesetter {

    static final String FONT_DIR = "fonts/";
    private static final char REPLACEMENT = '\uFFFD';

    /**
     * Font files, each read on first use and then shared read-only; the BaseFont objects are made
     * per export. One holder per file, so that a brief that needs no fallback glyph never reads the
     * 5 MB CJK collection.
     */
    private static final class Sans {
        static final byte[] DATA = read("DejaVuSans.ttf");
    }

    private static final class SansBold {
        static final byte[] DATA = read("DejaVuSans-Bold.ttf");
    }

    private static final class Cjk {
        static final byte[] DATA = read("wqy-microhei.ttc");
    }

    private static byte[] read(String name) {
        try (InputStream in = Typesetter.class.getResourceAsStream(FONT_DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("font resource " + FONT_DIR + name + " is missing from the library");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font resource " + name, e);
        }
    }

    /** Text styles used in the brief. */
    enum Style {
        BODY(10f, false), BOLD(10f, true), SMALL(8.5f, false), SMALL_BOLD(8.5f, true), TABLE(8.5f, false),
        TABLE_BOLD(8.5f, true), TINY(7.5f, false), H1(17f, true), H2(13f, true), H3(10.5f, true), TITLE(26f, true),
        SUBTITLE(14f, false);

        final float size;
        final boolean bold;

        Style(float size, boolean bold) {
            this.size = size;
            this.bold = bold;
        }
    }

    // Each font is parsed the first time a text needs it (the fallback only for text the others
    // cannot draw); the brief always needs the first two, many never the third.
    private BaseFont sans;
    private BaseFont sansBold;
    private BaseFont cjk;
    private final Set<String> warnings = new LinkedHashSet<>();

    Typesetter() {}

    private static BaseFont create(String name, byte[] data) {
        try {
            BaseFont font = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, data, null);
            font.setSubset(true);
            font.setSecureRandom(new DeterministicRandom("hotspot-atlas subset tag " + name));
            return font;
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("cannot load the embedded font " + name, e);
        }
    }

    BaseFont sans() {
        if (sans == null) {
            sans = create("DejaVuSans.ttf", Sans.DATA);
        }
        return sans;
    }

    BaseFont sansBold() {
        if (sansBold == null) {
            sansBold = create("DejaVuSans-Bold.ttf", SansBold.DATA);
        }
        return sansBold;
    }

    private BaseFont cjk() {
        if (cjk == null) {
            cjk = create("wqy-microhei.ttc,0", Cjk.DATA);
        }
        return cjk;
    }

    /** @return the warnings collected so far, in the order first met */
    List<String> warnings() {
        return List.copyOf(warnings);
    }

    Phrase phrase(String text, Style style, String record) {
        return phrase(text, style, Color.BLACK, record);
    }

    /**
     * Sets a text, splitting it into runs by the font that can draw each character.
     *
     * @param text   the text
     * @param style  the style
     * @param color  the colour
     * @param record the id of the record the text comes from, for warnings
     * @return the phrase
     */
    Phrase phrase(String text, Style style, Color color, String record) {
        Phrase phrase = new Phrase();
        phrase.setFont(font(style, color));
        phrase.setLeading(style.size * 1.3f);
        for (Chunk c : chunks(text, style, color, record)) {
            phrase.add(c);
        }
        return phrase;
    }

    /** @return the first-choice font for a style: the one containers (paragraphs, cells) default to */
    Font font(Style style, Color color) {
        return new Font(style.bold ? sansBold() : sans(), style.size, Font.NORMAL, color);
    }

    /** @return an empty paragraph whose default font is embedded */
    com.lowagie.text.Paragraph paragraph(Style style) {
        com.lowagie.text.Paragraph p = new com.lowagie.text.Paragraph();
        p.setFont(font(style, Color.BLACK));
        p.setLeading(style.size * 1.35f);
        return p;
    }

    /** As {@link #phrase(String, Style, Color, String)}, at any size. */
    Phrase phrase(String text, float size, boolean bold, Color color, String record) {
        Phrase phrase = new Phrase();
        phrase.setFont(new Font(bold ? sansBold() : sans(), size, Font.NORMAL, color));
        phrase.setLeading(size * 1.3f);
        for (Chunk c : chunks(text, size, bold, color, record)) {
            phrase.add(c);
        }
        return phrase;
    }

    List<Chunk> chunks(String text, Style style, Color color, String record) {
        return chunks(text, style.size, style.bold, color, record);
    }

    List<Chunk> chunks(String raw, float size, boolean bold, Color color, String record) {
        // a bidirectional control would reorder what a reader sees: shown as a marker such as [U+202E]
        String text = org.hotspotatlas.core.model.TextSafety.showBidiControls(raw);
        Font primary = new Font(bold ? sansBold() : sans(), size, Font.NORMAL, color);
        List<Chunk> out = new ArrayList<>(2);
        if (printableAscii(text)) {
            // most text: every character is in the primary font, so the text is one run
            if (!text.isEmpty()) {
                out.add(new Chunk(text, primary));
            }
            return out;
        }
        Coverage has = bold ? sansBoldCoverage() : sansCoverage();
        Font fallback = null; // made when a character needs it
        StringBuilder run = new StringBuilder(text.length());
        Font runFont = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int piece; // the code point to set
            Font font;
            if (cp == '\n' || cp == '\r') {
                piece = '\n';
                font = runFont != null ? runFont : primary;
            } else if (cp >= ' ' && cp < 0x7F) {
                piece = cp; // printable ASCII, which the primary font has: no glyph look-up
                font = primary;
            } else if (cp == '\t' || Character.isSpaceChar(cp) && !has.test(cp)) {
                piece = ' ';
                font = runFont != null ? runFont : primary;
            } else if (has.test(cp)) {
                piece = cp;
                font = primary;
            } else if (cjkCoverage().test(cp)) {
                piece = cp;
                if (fallback == null) {
                    fallback = new Font(cjk(), size, bold ? Font.BOLD : Font.NORMAL, color);
                }
                font = fallback;
            } else {
                warnings.add(String.format(Locale.ROOT,
                        "character U+%04X (%s) in %s cannot be drawn by any embedded font; shown as U+FFFD",
                        cp, describe(cp), record));
                piece = REPLACEMENT;
                font = primary;
            }
            if (runFont != null && font != runFont) {
                out.add(new Chunk(run.toString(), runFont));
                run.setLength(0);
            }
            runFont = font;
            run.appendCodePoint(piece);
        }
        if (run.length() > 0) {
            out.add(new Chunk(run.toString(), runFont));
        }
        return out;
    }

    private static boolean printableAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < ' ' || c >= 0x7F) {
                return false;
            }
        }
        return true;
    }

    private Coverage sansCoverage;
    private Coverage sansBoldCoverage;
    private Coverage cjkCoverage;

    private Coverage sansCoverage() {
        if (sansCoverage == null) {
            sansCoverage = new Coverage(sans());
        }
        return sansCoverage;
    }

    private Coverage sansBoldCoverage() {
        if (sansBoldCoverage == null) {
            sansBoldCoverage = new Coverage(sansBold());
        }
        return sansBoldCoverage;
    }

    private Coverage cjkCoverage() {
        if (cjkCoverage == null) {
            cjkCoverage = new Coverage(cjk());
        }
        return cjkCoverage;
    }

    /**
     * Which characters a font has, asked of the font once per character of the Basic Multilingual
     * Plane and then remembered for the export (the font's own look-up boxes the code point into a
     * map key on every call).
     */
    private static final class Coverage {
        private final BaseFont font;
        /** Per BMP code point: 0 not asked yet, 1 present, 2 absent; made on first use. */
        private byte[] bmp;

        Coverage(BaseFont font) {
            this.font = font;
        }

        boolean test(int cp) {
            if (cp > 0xFFFF) {
                return font.charExists(cp);
            }
            if (bmp == null) {
                bmp = new byte[0x10000];
            }
            byte known = bmp[cp];
            if (known == 0) {
                known = font.charExists(cp) ? (byte) 1 : (byte) 2;
                bmp[cp] = known;
            }
            return known == 1;
        }
    }

    private static String describe(int cp) {
        String name = Character.getName(cp);
        return name != null ? name.toLowerCase(Locale.ROOT) : Character.getType(cp) == Character.PRIVATE_USE
                ? "private use" : "unassigned";
    }
}
