package org.hotspotatlas.core.model;

/**
 * Where a date comes from.
 */
public enum DateDerivation implements Vocabulary {
    /** The source states the date outright, year included. */
    STATED("Stated", "The source states the date outright, year included."),
    /** The source gives a relative expression ("last year", "in April") that was resolved against its publication date. */
    RESOLVED_FROM_PUBLICATION("Resolved from publication", "The source gives a relative expression (\"last year\", \"in April\") that was resolved against its publication date."),
    /**
     * Not a date the source gives or refers to: computed by the dataset from what the source says, such as
     * a start year from an anniversary ("the 70th anniversary", this year). The time's expression names
     * what it was computed from.
     */
    DERIVED("Derived by the dataset", "Computed by the dataset from the text, e.g. a start year from an anniversary; not a date the source gives."),
    /** Not in the source: added from a checked public reference, which the record names. */
    ENRICHMENT("Enrichment", "Not in the source: added from a checked public reference, which the record names.");

    private final String label;
    private final String description;

    DateDerivation(String label, String description) {
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
