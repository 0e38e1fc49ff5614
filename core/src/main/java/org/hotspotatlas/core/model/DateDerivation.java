package org.hotspotatlas.core.model;

/**
 * Where a date comes from.
 */
public enum DateDerivation implements Vocabulary {
    /** The source states the date outright, year included. */
    STATED("The source states the date outright, year included."),
    /** The source gives a relative expression ("last year", "in April") that was resolved against its publication date. */
    RESOLVED_FROM_PUBLICATION("The source gives a relative expression (\"last year\", \"in April\") that was resolved against its publication date."),
    /** Not in the source: added from a checked public reference, which the record names. */
    ENRICHMENT("Not in the source: added from a checked public reference, which the record names.");

    private final String description;

    DateDerivation(String description) {
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
     * Reads a date derivation from the code a dataset file uses for it.
     *
     * @param code the written code
     * @return the term with that code
     * @throws IllegalArgumentException if no term has it
     */
    public static DateDerivation fromCode(String code) {
        return Vocabulary.fromCode(DateDerivation.class, code);
    }

}
