package org.hotspotatlas.export.brief;

import org.hotspotatlas.core.model.UsAlignment;

/**
 * The brief's colours as 0xRRGGBB values, shared by every format that draws the brief, so that the
 * PDF and an image of the same figure agree. The alignment colours are a diverging red-to-green
 * scheme with grey for "not stated", distinguishable by readers with red-green colour vision
 * deficiency through the marker shapes and the labels, never by colour alone.
 */
public final class Palette {
    private Palette() {}

    /** Ocean behind the map. */
    public static final int OCEAN = 0xEAF1F7;
    /** Land that is neither a principal nor a place of a hotspot. */
    public static final int LAND = 0xF4F1EA;
    /** Country borders. */
    public static final int BORDER = 0xB9B3A6;
    /** The principals' countries. */
    public static final int PRINCIPAL = 0xD6C29A;
    /** Text on the map. */
    public static final int INK = 0x1F1F1F;
    /** Dark blue for headings and rules. */
    public static final int NAVY = 0x1B365D;
    /** Secondary text. */
    public static final int GREY = 0x5F5F5F;

    /**
     * {@return the colour of an alignment on the map and in tables}
     *
     * @param a an alignment with U.S. interests
     */
    public static int alignment(UsAlignment a) {
        return switch (a) {
            case ALIGNED -> 0x1B7837;
            case PARTLY_ALIGNED -> 0x5AAE61;
            case MIXED -> 0xE08214;
            case COUNTER -> 0xB2182B;
            case UNSTATED -> 0x8C8C8C;
        };
    }

    /**
     * {@return a pale tint of an alignment's colour, for table cells holding dark text}
     *
     * @param a an alignment with U.S. interests
     */
    public static int alignmentTint(UsAlignment a) {
        int c = alignment(a);
        return tint(c >> 16 & 0xFF) << 16 | tint(c >> 8 & 0xFF) << 8 | tint(c & 0xFF);
    }

    private static int tint(int v) {
        return 255 - (255 - v) / 4;
    }
}
