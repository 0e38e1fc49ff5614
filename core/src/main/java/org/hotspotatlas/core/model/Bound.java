package org.hotspotatlas.core.model;

/**
 * How a quantity's value bounds the true figure.
 */
public enum Bound implements Vocabulary {
    /** The figure is exactly the value. */
    EXACT("Exactly", "The figure is exactly the value."),
    /** The figure is greater than the value ("more than 30"). */
    MORE_THAN("More than", "The figure is greater than the value (\"more than 30\")."),
    /** The figure is the value or greater. */
    AT_LEAST("At least", "The figure is the value or greater."),
    /** The figure is smaller than the value. */
    FEWER_THAN("Fewer than", "The figure is smaller than the value."),
    /** The figure is the value or smaller. */
    AT_MOST("At most", "The figure is the value or smaller."),
    /** The figure is roughly the value. */
    ABOUT("About", "The figure is roughly the value.");

    private final String label;
    private final String description;

    Bound(String label, String description) {
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
     * Reads a bound from the code a dataset file uses for it.
     *
     * @param code the written code
     * @return the term with that code
     * @throws IllegalArgumentException if no term has it
     */
    public static Bound fromCode(String code) {
        return Vocabulary.fromCode(Bound.class, code);
    }

}
