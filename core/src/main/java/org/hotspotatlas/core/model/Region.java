package org.hotspotatlas.core.model;

/**
 * A world region in which a hotspot or theatre lies.
 */
public enum Region implements Vocabulary {
    /** China, the Koreas, Japan and Mongolia. */
    EAST_ASIA("East Asia", "China, the Koreas, Japan and Mongolia."),
    /** Southeast Asia and the South China Sea. */
    SOUTHEAST_ASIA("Southeast Asia", "Southeast Asia and the South China Sea."),
    /** Afghanistan, Pakistan, India and neighbours. */
    SOUTH_ASIA("South Asia", "Afghanistan, Pakistan, India and neighbours."),
    /** The five Central Asian republics and western China's borderlands. */
    CENTRAL_ASIA("Central Asia", "The five Central Asian republics and western China's borderlands."),
    /** The Levant, the Gulf, Iran and neighbouring states. */
    MIDDLE_EAST("Middle East", "The Levant, the Gulf, Iran and neighbouring states."),
    /** The African continent. */
    AFRICA("Africa", "The African continent."),
    /** Europe, including the Balkans. */
    EUROPE("Europe", "Europe, including the Balkans."),
    /** Ukraine, Belarus and the European former Soviet states. */
    EASTERN_EUROPE("Eastern Europe", "Ukraine, Belarus and the European former Soviet states."),
    /** Central and South America and the Caribbean. */
    LATIN_AMERICA("Latin America", "Central and South America and the Caribbean."),
    /** The Arctic Ocean and the lands around it. */
    ARCTIC("Arctic", "The Arctic Ocean and the lands around it."),
    /** Not tied to one region. */
    GLOBAL("Global", "Not tied to one region.");

    private final String label;
    private final String description;

    Region(String label, String description) {
        this.label = label;
        this.description = description;
    }

    @Override
    public String code() {
        return Vocabulary.codeOf(this);
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String description() {
        return description;
    }

    /**
     * Reads a region from the code a dataset file uses for it.
     *
     * @param code the written code
     * @return the term with that code
     * @throws IllegalArgumentException if no term has it
     */
    public static Region fromCode(String code) {
        return Vocabulary.fromCode(Region.class, code);
    }

}
