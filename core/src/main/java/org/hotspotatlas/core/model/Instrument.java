package org.hotspotatlas.core.model;

/**
 * The means by which a state pursues its aims in a hotspot.
 */
public enum Instrument implements Vocabulary {
    /** Talks, proposals, visits, recognition and public positions. */
    DIPLOMATIC("Talks, proposals, visits, recognition and public positions."),
    /** Trade, investment, loans, reconstruction and economic support. */
    ECONOMIC("Trade, investment, loans, reconstruction and economic support."),
    /** Armed forces, bases, arms and military assistance. */
    MILITARY("Armed forces, bases, arms and military assistance."),
    /** Security services, counter-terrorism and internal-security support. */
    SECURITY("Security services, counter-terrorism and internal-security support."),
    /** Votes, vetoes and abstentions at the United Nations. */
    UN_VOTING("Votes, vetoes and abstentions at the United Nations."),
    /** Media, messaging and narratives. */
    INFORMATION("Media, messaging and narratives.");

    private final String description;

    Instrument(String description) {
        this.description = description;
    }

    @Override
    public String code() {
        return Vocabulary.codeOf(this);
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
