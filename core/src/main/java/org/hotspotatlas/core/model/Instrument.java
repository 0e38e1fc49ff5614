package org.hotspotatlas.core.model;

/**
 * The means by which a state pursues its aims in a hotspot.
 */
public enum Instrument implements Vocabulary {
    /** Talks, proposals, visits, recognition and public positions. */
    DIPLOMATIC("Diplomatic", "Talks, proposals, visits, recognition and public positions."),
    /** Trade, investment, loans, reconstruction and economic support. */
    ECONOMIC("Economic", "Trade, investment, loans, reconstruction and economic support."),
    /** Armed forces, bases, arms and military assistance. */
    MILITARY("Military", "Armed forces, bases, arms and military assistance."),
    /** Security services, counter-terrorism and internal-security support. */
    SECURITY("Security", "Security services, counter-terrorism and internal-security support."),
    /** Votes, vetoes and abstentions at the United Nations. */
    UN_VOTING("UN voting", "Votes, vetoes and abstentions at the United Nations."),
    /** Media, messaging and narratives. */
    INFORMATION("Information", "Media, messaging and narratives.");

    private final String label;
    private final String description;

    Instrument(String label, String description) {
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
     * Reads an instrument from the code a dataset file uses for it.
     *
     * @param code the written code
     * @return the term with that code
     * @throws IllegalArgumentException if no term has it
     */
    public static Instrument fromCode(String code) {
        return Vocabulary.fromCode(Instrument.class, code);
    }

}
